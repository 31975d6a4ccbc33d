// The one orchestrator: parse flags, run the stages in order, print the summary, set the exit code.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { convert, isPublished } from "./convert/pipeline.ts";
import { replaceFolder, writeArticles } from "./publish.ts";
import { render } from "./render.ts";
import { buildReport, diagnosticLines } from "./report.ts";
import { indexSite } from "./search-index.ts";
import { findSeeds, readSeeds } from "./seed-files.ts";

const usage = `Usage: npm run build -- [options]

  --seeds DIR     folder of seed files, searched recursively for *.txt (default: seeds)
  --keep-going    build every usable seed even when some seeds are errors
  --content DIR   where converted Markdown goes; Eleventy's input (default: content)
  --output DIR    where the site is written (default: _site)
  --report FILE   where the build report is written (default: build-report.json)
  --pathprefix P  build for a site served from the sub-path P, e.g. /archive/ (default: /)
  --help          show this help`;

const { values: flags } = parseArgs({
  options: {
    seeds: { type: "string", default: "seeds" },
    "keep-going": { type: "boolean", default: false },
    content: { type: "string", default: "content" },
    output: { type: "string", default: "_site" },
    report: { type: "string", default: "build-report.json" },
    pathprefix: { type: "string", default: "/" },
    help: { type: "boolean", default: false },
  },
  strict: true,
});

if (flags.help) {
  console.log(usage);
  process.exit(0);
}

const seedsFolder = flags.seeds;
const relativePaths = await findSeeds(seedsFolder).catch((error: NodeJS.ErrnoException) => {
  console.error(`${seedsFolder}: cannot read the seeds folder (${error.code ?? error.message}); pass an existing folder with --seeds DIR`);
  process.exit(2);
});
const articles = convert(await readSeeds(seedsFolder, relativePaths));
const report = buildReport(articles);
for (const line of diagnosticLines(articles)) console.error(line);
await writeFile(flags.report, `${JSON.stringify(report, null, 2)}\n`);

const { totals } = report;
console.log(
  `${totals.seeds} seeds: ${totals.articles} articles (${totals.warning} with warnings), ${totals.duplicate} duplicates, ${totals.error} errors; report in ${flags.report}`,
);
if (totals.seeds === 0) console.error(`${seedsFolder}: no *.txt seed files found`);
if (totals.error > 0 && !flags["keep-going"]) {
  console.error(`stopped: ${totals.error} seed(s) cannot become articles (see above). Fix them, or build the rest with --keep-going`);
  process.exit(1);
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

await point("converted");
const published = articles.filter(isPublished).flatMap(({ slug, document }) => (slug && document ? [{ slug, document }] : []));
await writeArticles(join(flags.content, "articles"), published, () => point("articles written"));
await replaceFolder(flags.output, async (staging) => {
  await render({ content: flags.content, output: staging, pathPrefix: flags.pathprefix });
  await point("site rendered");
  await indexSite(staging);
  await point("site indexed");
});
console.log(`wrote ${published.length} article pages and their search index to ${flags.output}/`);
