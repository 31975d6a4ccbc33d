// The one orchestrator: parse flags, run the stages in order, print the summary, set the exit code.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { lastBuild } from "./last-build.ts";
import { progress, type StageTime, summaryLine } from "./progress.ts";
import { type BuildReport, buildReport, diagnosticLines } from "./report.ts";
import { articlesPerSearchPart, indexSite, searchParts } from "./search-index.ts";
import { findSeeds, readSeeds } from "./seed-files.ts";
import { wholeNumberFlag } from "./whole-number-flag.ts";

const usage = `Usage: npm run build -- [options]

  --seeds DIR     folder of seed files, searched recursively for *.txt (default: seeds)
  --keep-going    build every usable seed even when some seeds are errors
  --content DIR   where converted Markdown goes; Eleventy's input (default: content)
  --output DIR    where the site is written (default: _site)
  --report FILE   where the build report is written (default: build-report.json)
  --pathprefix P  build for a site served from the sub-path P, e.g. /archive/ (default: /)
  --cache DIR     where work is kept between builds (default: .cache)
  --batch N       articles Eleventy renders at a time; fewer take less memory (default: 5000)
  --search-part N articles per part of the search index; fewer take less memory (default: ${articlesPerSearchPart})
  --force         build everything even if nothing changed since the last build
  --quiet         no progress output (the summary, warnings and errors still print)
  --timings FILE  write each stage's start and end times as JSON (for the benchmark)
  --help          show this help`;

const { values: flags } = parseArgs({
  options: {
    seeds: { type: "string", default: "seeds" },
    "keep-going": { type: "boolean", default: false },
    content: { type: "string", default: "content" },
    output: { type: "string", default: "_site" },
    report: { type: "string", default: "build-report.json" },
    pathprefix: { type: "string", default: "/" },
    cache: { type: "string", default: ".cache" },
    batch: { type: "string", default: "5000" },
    "search-part": { type: "string", default: String(articlesPerSearchPart) },
    force: { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
    timings: { type: "string" },
    help: { type: "boolean", default: false },
  },
  strict: true,
});

if (flags.help) {
  console.log(usage);
  process.exit(0);
}
const batch = wholeNumberFlag(flags.batch, "--batch");
const searchPart = wholeNumberFlag(flags["search-part"], "--search-part");

const show = progress({ stream: process.stderr, quiet: flags.quiet });
const stages: Array<{ name: string; start: number; end: number }> = [];

/** Runs one stage of the build, keeping its start and end for the summary and `--timings`. */
async function stage<T>(name: string, run: () => Promise<T>): Promise<T> {
  const start = Date.now();
  const result = await run();
  stages.push({ name, start, end: Date.now() });
  return result;
}

async function finish(report: BuildReport, skipped: boolean): Promise<never> {
  const times: StageTime[] = stages.map(({ name, start, end }) => ({ name, seconds: (end - start) / 1000 }));
  const { totals } = report;
  console.log(summaryLine(totals, times));
  if (flags.timings) await writeFile(flags.timings, `${JSON.stringify({ stages, skipped }, null, 2)}\n`);
  process.exit(totals.error > 0 && !flags["keep-going"] ? 1 : 0);
}

/**
 * Where a build can be held, half done, for the test that kills builds (`tests/site/atomic-publish.test.ts`):
 * with BROADSHEET_HOLD_AT set to a point's name, the build says so and waits there to be killed.
 */
async function point(name: string): Promise<void> {
  if (process.env.BROADSHEET_HOLD_AT !== name) return;
  console.log(`held at ${name}`);
  await new Promise(() => setInterval(() => {}, 60_000));
}

const seedsFolder = flags.seeds;
const relativePaths = await findSeeds(seedsFolder).catch((error: NodeJS.ErrnoException) => {
  console.error(`${seedsFolder}: cannot read the seeds folder (${error.code ?? error.message}); pass an existing folder with --seeds DIR`);
  process.exit(2);
});
const seeds = await readSeeds(seedsFolder, relativePaths);

// Nothing changed since the last build wrote this site: it is already what this build would write.
const last = await lastBuild(join(flags.cache, "last-build.json"), seeds, { ...flags, searchPart });
if (!flags.force && last.unchanged && existsSync(flags.output) && existsSync(flags.report)) {
  const report = JSON.parse(await readFile(flags.report, "utf8")) as BuildReport;
  for (const line of diagnosticLines(report)) console.error(line);
  console.log(`nothing changed since the last build of ${flags.output}/ (use --force to build it again)`);
  await finish(report, true);
}

// The converter, Eleventy and Pagefind load only when there is work: a build with nothing to do is quick.
const [{ convertReadingTopics, publishedDocuments }, { replaceFolder, writeArticles }, { render }, { TopicsCache }, { topicsInWorkers }] = await Promise.all([
  import("./convert/pipeline.ts"),
  import("./publish.ts"),
  import("./render.ts"),
  import("./topics-cache.ts"),
  import("./topics-in-workers.ts"),
]);

/** Seeds → Markdown files; returns only the report, so the articles can be let go before rendering. */
async function convertSeeds(): Promise<BuildReport> {
  const bar = show.stage("convert", "articles");
  const cache = await TopicsCache.open(join(flags.cache, "topics.json"), last.converterVersion);
  const advance = (count: number) => bar.advance(count);
  const readTopics = cache.around(topicsInWorkers(advance), advance);
  // The language model's reading is most of the converter's time, so its progress is the stage's.
  const articles = await convertReadingTopics(seeds.splice(0), (requests) => {
    bar.setTotal(requests.length);
    return readTopics(requests);
  });
  bar.done();
  const report = buildReport(articles);
  for (const line of diagnosticLines(report)) console.error(line);
  await writeFile(flags.report, `${JSON.stringify(report, null, 2)}\n`);
  if (report.totals.seeds === 0) console.error(`${seedsFolder}: no *.txt seed files found`);
  if (report.totals.error > 0 && !flags["keep-going"]) {
    console.error(`stopped: ${report.totals.error} seed(s) cannot become articles (see above). Fix them, or build the rest with --keep-going`);
    return report;
  }
  await point("converted");
  await writeArticles(join(flags.content, "articles"), publishedDocuments(articles), () => point("articles written"));
  await cache.save();
  return report;
}

const report = await stage("convert", convertSeeds);
if (report.totals.error > 0 && !flags["keep-going"]) await finish(report, false);

await replaceFolder(flags.output, async (staging) => {
  const lists = await stage("render", async () => {
    const bar = show.stage("render", "pages");
    const lists = await render({
      content: flags.content,
      output: staging,
      pathPrefix: flags.pathprefix,
      articlesPerRun: batch,
      pages: { total: (count) => bar.setTotal(count), written: () => bar.advance() },
    });
    bar.done();
    return lists;
  });
  await point("site rendered");
  await stage("index", async () => {
    const bar = show.stage("index", "articles", lists.articles.length);
    await indexSite(staging, searchParts(lists.articles, searchPart), (count) => bar.advance(count));
    bar.done();
  });
  await point("site indexed");
});
await last.save();
await finish(report, false);
