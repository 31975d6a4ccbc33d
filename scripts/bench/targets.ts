// The performance targets, checked against whichever rows have the figures for them.

import type { ResultRow } from "./results.ts";
import { bytes, count, ratio, table } from "./results-tables.ts";

interface Check {
  target: string;
  input: string;
  measured: string;
  met: boolean;
}

const againstHugo =
  (target: string, limit: number, ms: (row: ResultRow) => number | undefined) =>
  (row: ResultRow): Check[] => {
    const measured = ms(row);
    if (!row.hugo || measured === undefined) return [];
    return [{ target, input: row.label, measured: `${ratio(measured, row.hugo.wallMs)} Hugo`, met: measured <= limit * row.hugo.wallMs }];
  };

/** Each incremental rebuild against the peer's full build, and the rebuilds' site against a fresh one. */
function incremental(row: ResultRow): Check[] {
  const changes = row.warm?.changes;
  const checks: Check[] = [];
  if (changes && row.peer) {
    for (const [what, figures] of [
      ["adding one seed", changes.added],
      ["correcting one headline", changes.corrected],
      ["deleting one seed", changes.deleted],
    ] as const) {
      const measured = `${ratio(figures.wallMs, row.peer.wallMs)} peer`;
      checks.push({ target: `${what} ≤ 0.2× the peer's full build`, input: row.label, measured, met: figures.wallMs <= 0.2 * row.peer.wallMs });
    }
  }
  const same = row.warm?.sameAsFresh;
  if (same !== undefined)
    checks.push({ target: "rebuilt site = fresh build, byte for byte", input: row.label, measured: same ? "identical" : "differs", met: same });
  return checks;
}

const perRow = [
  againstHugo("cold build ≤ 6× Hugo", 6, (row) => row.ours.total.wallMs),
  againstHugo("rebuild, none changed ≤ 1.5× Hugo", 1.5, (row) => row.warm?.unchanged.wallMs),
  againstHugo("rebuild, one changed ≤ 2× Hugo", 2, (row) => row.warm?.oneChanged.wallMs),
  oneAddedChanges,
  incremental,
];

/** Adding one seed rewrites a bounded set of the site's files, whatever the archive's size. */
function oneAddedChanges(row: ResultRow): Check[] {
  const added = row.warm?.oneAdded;
  if (!added) return [];
  return [{ target: "adding one seed changes ≤ 60 files", input: row.label, measured: `${count(added.changedFiles)} files`, met: added.changedFiles <= 60 }];
}

const generated = (rows: ResultRow[], seeds: number) => rows.find((row) => row.input.kind === "generated" && row.input.seeds === seeds);
const msPerArticle = (row: ResultRow) => row.ours.total.wallMs / row.articles;

/** Targets at 100,000 generated articles, some measured against 10,000. */
function atScale(rows: ResultRow[]): Check[] {
  const large = generated(rows, 100_000);
  if (!large) return [];
  const medium = generated(rows, 10_000);
  const input = large.label;
  const sixGigabytes = 6e9;
  return [
    { target: "peak RSS < 6 GB", input, measured: bytes(large.ours.total.peakRssBytes), met: large.ours.total.peakRssBytes < sixGigabytes },
    ...(medium
      ? [
          {
            target: `time per article ≤ 1.3× that at ${count(medium.articles)}`,
            input,
            measured: ratio(msPerArticle(large), msPerArticle(medium)),
            met: msPerArticle(large) <= 1.3 * msPerArticle(medium),
          },
        ]
      : []),
    ...(large.search
      ? [
          {
            target: "one search transfers < 400 KB",
            input,
            measured: `${(large.search.bytes / 1024).toFixed(1)} KB (\`${large.search.query}\`)`,
            met: large.search.bytes < 400 * 1024,
          },
        ]
      : []),
  ];
}

export function targetsTable(rows: ResultRow[]): string {
  const checks = [...rows.flatMap((row) => perRow.flatMap((check) => check(row))), ...atScale(rows)];
  return table(
    ["target", "input", "measured", "met"],
    checks.map(({ target, input, measured, met }) => [target, input, measured, met ? "yes" : "**no**"]),
  );
}
