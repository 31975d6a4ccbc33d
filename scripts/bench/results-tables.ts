// The tables of bench/RESULTS.md, as Markdown.
import type { Figures } from "./figures.ts";
import type { ResultRow } from "./results.ts";

export const count = (value: number) => value.toLocaleString("en-US");
export const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
export const bytes = (value: number) => (value >= 1e9 ? `${(value / 1e9).toFixed(2)} GB` : `${Math.round(value / 1e6)} MB`);
export const ratio = (ours: number, theirs: number) => `${(ours / theirs).toFixed(2)}×`;
const perSecond = (rate: number) => (rate < 10 ? rate.toFixed(1) : count(Math.round(rate)));
const gibibytes = (value: number) => `${(value / 2 ** 30).toFixed(1)} GiB`;
const none = "—";

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

const runs = ({ runs }: ResultRow) => (runs === 1 ? "1 run" : `${runs} runs`);
const machineOf = ({ machine }: ResultRow) =>
  `${machine.cores} cores, ${gibibytes(machine.memoryBytes)} memory, ${machine.cpu}, Node ${machine.node}, Hugo ${machine.hugo ?? "not installed"}`;

/** Where and when the rows were measured: one line when every row shares a machine, else one line a row. */
export function machineLines(rows: ResultRow[]): string[] {
  const machines = new Set(rows.map(machineOf));
  if (machines.size <= 1)
    return [`Machine: ${[...machines][0] ?? none}. Measured: ${rows.map((row) => `${row.label} on ${row.date} (${runs(row)})`).join("; ")}.`];
  return ["Rows were measured on different machines:", "", ...rows.map((row) => `- ${row.label}, on ${row.date} (${runs(row)}): ${machineOf(row)}`)];
}

const stageCell = (stage: Figures | null) => (stage ? seconds(stage.wallMs) : none);
const againstHugo = (ms: number, hugo: Figures | null) => `${seconds(ms)}${hugo ? ` (${ratio(ms, hugo.wallMs)} Hugo)` : ""}`;

const changesCell = (changes: { added: Figures; corrected: Figures; deleted: Figures }, peer: Figures | null | undefined) =>
  [changes.added, changes.corrected, changes.deleted].map((figures) => seconds(figures.wallMs)).join(" / ") +
  (peer ? ` (${[changes.added, changes.corrected, changes.deleted].map((figures) => ratio(figures.wallMs, peer.wallMs)).join(" / ")} peer)` : "");

export function mainTable(rows: ResultRow[]): string {
  const header = [
    "input",
    "articles",
    "convert s",
    "render s",
    "index s",
    "total s",
    "CPU s",
    "peak RSS",
    "articles/s",
    "Hugo s",
    "peer s",
    "plain Eleventy s",
    "floor s",
    "ours/Hugo",
    "ours/plain Eleventy",
    "rebuild, none changed s",
    "rebuild, one changed s",
    "files changed, one added",
    "add / correct / delete s",
    "= fresh",
    "search",
  ];
  return table(
    header,
    rows.map(({ label, articles, ours, hugo, peer, plainEleventy, floor, warm, search }) => [
      label,
      count(articles),
      stageCell(ours.convert),
      stageCell(ours.render),
      stageCell(ours.index),
      seconds(ours.total.wallMs),
      seconds(ours.total.cpuMs),
      bytes(ours.total.peakRssBytes),
      perSecond(articles / (ours.total.wallMs / 1000)),
      hugo ? seconds(hugo.wallMs) : none,
      peer ? seconds(peer.wallMs) : none,
      plainEleventy ? seconds(plainEleventy.wallMs) : none,
      seconds(floor.wallMs),
      hugo ? ratio(ours.total.wallMs, hugo.wallMs) : none,
      plainEleventy ? ratio(ours.total.wallMs, plainEleventy.wallMs) : none,
      warm ? againstHugo(warm.unchanged.wallMs, hugo) : none,
      warm ? againstHugo(warm.oneChanged.wallMs, hugo) : none,
      warm?.oneAdded ? count(warm.oneAdded.changedFiles) : none,
      warm?.changes ? changesCell(warm.changes, peer) : none,
      warm?.sameAsFresh === undefined ? none : warm.sameAsFresh ? "yes" : "**no**",
      search ? `${(search.bytes / 1024).toFixed(1)} KB` : none,
    ]),
  );
}

/** Wall time, CPU time and peak memory of everything measured, one line each. */
export function stageTable(rows: ResultRow[]): string {
  const lines = rows.flatMap(({ label, ours, hugo, peer, plainEleventy, floor, warm }) => {
    const stages = [ours.convert, ours.render, ours.index].filter((stage) => stage !== null);
    const sum = (figure: "wallMs" | "cpuMs") => stages.reduce((total, stage) => total + stage[figure], 0);
    // Starting node and tsx, reading the seeds and deciding whether anything changed happen before the first stage.
    const outside =
      stages.length > 0
        ? [label, "outside the stages (start-up, reading seeds)", seconds(ours.total.wallMs - sum("wallMs")), seconds(ours.total.cpuMs - sum("cpuMs")), none]
        : [];
    const measured: Array<[string, Figures | null]> = [
      ["convert", ours.convert],
      ["render", ours.render],
      ["index", ours.index],
      ["whole build", ours.total],
      ["Hugo", hugo],
      ["peer: Hugo with taxonomies + Pagefind", peer ?? null],
      ["plain Eleventy", plainEleventy],
      ["floor", floor],
      ["rebuild, none changed", warm?.unchanged ?? null],
      ["rebuild, one changed", warm?.oneChanged ?? null],
      ["rebuild, one added", warm?.changes?.added ?? null],
      ["rebuild, one headline corrected", warm?.changes?.corrected ?? null],
      ["rebuild, one deleted", warm?.changes?.deleted ?? null],
    ];
    const lines = measured.flatMap(([what, figures]) =>
      figures ? [[label, what, seconds(figures.wallMs), seconds(figures.cpuMs), bytes(figures.peakRssBytes)]] : [],
    );
    return outside.length > 0 ? [...lines.slice(0, stages.length), outside, ...lines.slice(stages.length)] : lines;
  });
  return table(["input", "measured", "wall s", "CPU s", "peak RSS"], lines);
}
