import { writeFile } from "node:fs/promises";
import { type Article, articleUrl } from "../convert/article.ts";
import { formatDiagnostic, isUnusable, type PositionedMessage, positioned, printable } from "../convert/diagnostics.ts";

export type Status = "ok" | "warning" | "duplicate" | "error";

export interface SeedReport {
  seed: string;
  status: Status;
  url: string | null;
  title: string | null;
  /** For a near-copy of another seed's article: the URL lists and search show in its place. */
  repeatOf: string | null;
  messages: PositionedMessage[];
}

export interface BuildReport {
  seeds: SeedReport[];
  totals: Record<Status | "seeds" | "articles" | "warnings", number>;
  /** Whether this build published its site; one stopped by errors published nothing, and the last site stands. */
  published: boolean;
  /** The archive's record, and the lines this build changes in it (`-` gone, `+` new): what the maintainer commits. */
  record?: RecordChanges;
  /** The same of the archive's record of topic addresses. */
  topicRecord?: RecordChanges;
  /**
   * What the build made again, of the site's pages of articles and lists and of its search
   * segments: the rest were unchanged since the last build, and stayed as they were.
   */
  remade?: { pages: number; of: number; segments: number; ofSegments: number };
}

/** What a build made again: the pages and search segments it has keys for, less those it kept from the last site. */
export const remadeOf = (site: { pages: Record<string, string>; kept: string[] }, index: { segments: Record<string, string>; kept: string[] }) => ({
  pages: Object.keys(site.pages).length - site.kept.length,
  of: Object.keys(site.pages).length,
  segments: Object.keys(index.segments).length - index.kept.length,
  ofSegments: Object.keys(index.segments).length,
});

export function statusOf(article: Article): Status {
  if (isUnusable(article)) return "error";
  if (article.duplicateOf !== undefined) return "duplicate";
  return article.file.messages.some((message) => message.fatal === false) ? "warning" : "ok";
}

const urlOf = (article: Article | undefined) => (article?.slug === undefined ? null : articleUrl(article));

/** The build report: one entry per seed, in seed order, whatever became of it, and totals that add up. */
export function buildReport(articles: Article[]): BuildReport {
  const byPath = new Map(articles.map((article) => [article.seed.path, article]));
  const seeds = articles.map((article): SeedReport => {
    const status = statusOf(article);
    const published = article.duplicateOf === undefined ? article : byPath.get(article.duplicateOf);
    return {
      seed: article.seed.path,
      status,
      url: status === "error" ? null : urlOf(published),
      title: article.headline?.text ?? published?.headline?.text ?? null,
      repeatOf: article.repeatOf ?? null,
      messages: article.file.messages.map(positioned),
    };
  });
  const count = (status: Status) => seeds.filter((seed) => seed.status === status).length;
  const totals = {
    seeds: seeds.length,
    articles: count("ok") + count("warning"),
    ok: count("ok"),
    warning: count("warning"),
    duplicate: count("duplicate"),
    error: count("error"),
    warnings: seeds.reduce((sum, seed) => sum + seed.messages.filter((message) => message.severity === "warning").length, 0),
  };
  return { seeds, totals, published: false };
}

/** Compiler-style lines for the terminal, errors and warnings only (`seeds/x.txt:36:1: warning: … [rule]`). */
export function diagnosticLines(report: BuildReport): string[] {
  return report.seeds.flatMap((seed) => seed.messages.filter((message) => message.severity !== "info").map((message) => formatDiagnostic(seed.seed, message)));
}

/** A fence longer than any run of backticks in `text`, so seed text can never close it early. */
const fenceFor = (text: string) => "`".repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map(([run]) => run.length + 1)));

/**
 * The report as Markdown for a CI job summary: the totals as a table, then the errors and
 * warnings (at most `limit`) as compiler-style lines. Those lines quote seed text, which is
 * untrusted, so they go in a code block: a summary renders Markdown, never the seed's.
 */
export function reportMarkdown(report: BuildReport, limit = 100): string {
  const { totals } = report;
  const rows: Array<[string, number]> = [
    ["Seeds", totals.seeds],
    ["Articles", totals.articles],
    ["Articles with warnings", totals.warning],
    ["Duplicates", totals.duplicate],
    ["Errors", totals.error],
  ];
  const table = ["| | |", "| --- | ---: |", ...rows.map(([name, value]) => `| ${name} | ${value.toLocaleString("en")} |`)];
  const lines = diagnosticLines(report);
  const shown = lines.slice(0, limit).join("\n");
  const fence = fenceFor(shown);
  const more = lines.length > limit ? [`… and ${(lines.length - limit).toLocaleString("en")} more in build-report.json`] : [];
  const problems = lines.length === 0 ? [] : ["", "#### Errors and warnings", "", `${fence}text`, shown, fence, ...more];
  return [`### Build report`, "", ...table, ...problems, ...recordsOf(report).flatMap(recordMarkdown), ""].join("\n");
}

/** A record file, and the lines a build changes in it (`-` gone, `+` new). */
export interface RecordChanges {
  file: string;
  changes: string[];
}

/** The archive's records a report speaks of: its addresses, and its topics' addresses. */
export const recordsOf = (report: Pick<BuildReport, "record" | "topicRecord">): RecordChanges[] =>
  [report.record, report.topicRecord].filter((record) => record !== undefined);

/** The lines the build changed in the archive's record, to commit; they quote headlines, so they too go in a code block. */
function recordMarkdown(record: RecordChanges): string[] {
  if (record.changes.length === 0) return [];
  const diff = record.changes.map(printable).join("\n");
  const fence = fenceFor(diff);
  return ["", `#### ${record.changes.length.toLocaleString("en")} line(s) of \`${printable(record.file)}\` to commit`, "", `${fence}diff`, diff, fence];
}

/** Writes the report beside its place, to be swapped in with the site it describes; returns where. */
export async function stageReport(file: string, report: BuildReport): Promise<string> {
  await writeFile(`${file}.next`, `${JSON.stringify(report, null, 2)}\n`);
  return `${file}.next`;
}
