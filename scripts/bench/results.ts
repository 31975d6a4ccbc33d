// bench/RESULTS.md: one row per input, kept across runs. The page is rendered from data it carries
// in a comment, so a run can replace its own row without parsing the tables back.
import { z } from "zod";
import { machineLines, mainTable, stageTable } from "./results-tables.ts";
import { targetsTable } from "./targets.ts";

const figures = z.object({ wallMs: z.number(), cpuMs: z.number(), peakRssBytes: z.number() });

export const rowSchema = z.object({
  /** Names the input in the reader's words, e.g. "10,000 generated"; a run replaces the row with its label. */
  label: z.string(),
  input: z.object({ kind: z.enum(["generated", "seeds"]), seeds: z.number() }),
  articles: z.number(),
  /** YYYY-MM-DD */
  date: z.string(),
  runs: z.number(),
  machine: z.object({ cores: z.number(), memoryBytes: z.number(), cpu: z.string(), node: z.string(), hugo: z.string().nullable() }),
  /** Cold builds; a stage is null when the build did not report it. */
  ours: z.object({ convert: figures.nullable(), render: figures.nullable(), index: figures.nullable(), total: figures }),
  /** Null when Hugo is not installed. */
  hugo: figures.nullable(),
  /** The peer: Hugo with our taxonomies and lists, then Pagefind; null without Hugo, absent in rows from before it was measured. */
  peer: figures.nullable().optional(),
  /** Null when the run was `--cold-only`. */
  plainEleventy: figures.nullable(),
  /** Copying the finished site: no generator can write it faster. */
  floor: figures,
  /** Null when the run was `--cold-only`. */
  warm: z
    .object({
      unchanged: figures,
      oneChanged: figures,
      /** Files of the site that adding one seed changed, added or removed (as `diff -rq` counts them); absent in rows from before it was measured. */
      oneAdded: z.object({ changedFiles: z.number() }).optional(),
      /** Rebuilds after one seed is added, one headline corrected, one seed deleted. */
      changes: z.object({ added: figures, corrected: figures, deleted: figures }).optional(),
      /** Whether the site those rebuilds left is, byte for byte, the one a fresh build of the same seeds and record makes. */
      sameAsFresh: z.boolean().optional(),
    })
    .nullable(),
  /** The query that transferred the most, when `--search` measured it. */
  search: z.object({ query: z.string(), bytes: z.number() }).nullable(),
});

export type ResultRow = z.infer<typeof rowSchema>;

const dataStart = "<!-- bench-data";
const dataPattern = /<!-- bench-data\n([\s\S]*?)\n-->/;

/** The rows an earlier RESULTS.md carries; none for a page without them. */
export function rowsIn(markdown: string): ResultRow[] {
  const data = dataPattern.exec(markdown)?.[1];
  if (data === undefined) return [];
  const parsed = z.array(rowSchema).safeParse(JSON.parse(data));
  if (!parsed.success) throw new Error(`bench/RESULTS.md carries rows this benchmark cannot read (${parsed.error.message}); move it aside to start afresh`);
  return parsed.data;
}

/** The rows with `row` in place of any of the same label, smallest input first. */
export function withRow(rows: ResultRow[], row: ResultRow): ResultRow[] {
  return [...rows.filter((kept) => kept.label !== row.label), row].sort((a, b) => a.articles - b.articles || a.label.localeCompare(b.label));
}

/** The page as a reader sees it, without the data it carries. */
export function resultsTables(rows: ResultRow[]): string {
  return [
    "# Benchmark",
    "",
    "Written by `npm run bench`; each run replaces its own row. Times are wall-clock seconds, each figure the median of the row's runs. CPU is user + system time of the whole process tree; peak RSS is the largest sum of resident memory over the tree, sampled every 50 ms. Hugo, the peer (Hugo with the same taxonomies and lists of 50 a page, then Pagefind over its output), plain Eleventy and the floor (copying the finished site) work on the same Markdown our converter wrote; ratios divide our cold build by theirs. Rebuilds reuse the cold build's cache and output; adding, correcting and deleting are compared with the peer's full build, as neither Hugo nor Eleventy rebuilds incrementally from a cold start.",
    "",
    ...machineLines(rows),
    "",
    mainTable(rows),
    "",
    "## Targets",
    "",
    targetsTable(rows),
    "",
    "## By stage",
    "",
    stageTable(rows),
    "",
  ].join("\n");
}

export function resultsPage(rows: ResultRow[]): string {
  // One row a line, so a run's change is one line of diff. Every figure is whole milliseconds or bytes.
  // A ">" inside a string could close the comment; JSON reads the escape back as ">".
  const data = rows.map((row) =>
    JSON.stringify(row, (_, value: unknown) => (typeof value === "number" ? Math.round(value) : value)).replaceAll(">", "\\u003e"),
  );
  return `${resultsTables(rows)}\n${dataStart}\n[\n${data.join(",\n")}\n]\n-->\n`;
}
