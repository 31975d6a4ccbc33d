// `npm run build`: parse the flags, run the build, print the summary, set the exit code.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { progress, stageTimes, summaryLine } from "./cli/progress.ts";
import { wholeNumberFlag } from "./cli/whole-number-flag.ts";
import { printable } from "./convert/diagnostics.ts";
import { buildFailure } from "./stages/failure.ts";
import { type BuildHooks, type BuildOutcome, runBuild, SeedsFolderUnreadable } from "./stages/run-build.ts";
import { articlesPerSearchPart } from "./stages/search-index.ts";

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

/**
 * Where a build can be held, half done, for the test that kills builds (`tests/site/atomic-publish.test.ts`):
 * with BROADSHEET_HOLD_AT set to a point's name, the build says so and waits there to be killed.
 */
const holdAt = process.env.BROADSHEET_HOLD_AT;
const at: BuildHooks["at"] = async (point) => {
  if (holdAt !== point) return;
  console.log(`held at ${point}`);
  await new Promise(() => setInterval(() => {}, 60_000));
};

const options = {
  seeds: flags.seeds,
  content: flags.content,
  output: flags.output,
  report: flags.report,
  cache: flags.cache,
  pathPrefix: flags.pathprefix,
  batch: wholeNumberFlag(flags.batch, "--batch"),
  searchPart: wholeNumberFlag(flags["search-part"], "--search-part"),
  keepGoing: flags["keep-going"],
  force: flags.force,
};

/** Ends the build on a failure, said plainly where it can be; the first failure is the one told. */
function failed(error: unknown): never {
  if (error instanceof SeedsFolderUnreadable) {
    console.error(printable(error.message));
    process.exit(2);
  }
  const full = buildFailure(error, options.output);
  if (full === undefined) throw error;
  console.error(printable(full));
  process.exit(1);
}
// When one of Eleventy's writes fails, its passthrough copy may fail a moment later, unawaited, once the
// half-written site is removed: the write's failure is the one to tell, and a late one fails the build only alone.
const late: unknown[] = [];
process.on("unhandledRejection", (reason) => late.push(reason));

let outcome: BuildOutcome;
try {
  outcome = await runBuild(options, { progress: progress({ stream: process.stderr, quiet: flags.quiet }), say: (line) => console.error(line), at });
} catch (error) {
  failed(error);
}
if (late.length > 0) failed(late[0]);
if (outcome.skipped) console.log(`nothing changed since the last build of ${printable(options.output)}/ (use --force to build it again)`);
console.log(summaryLine(outcome.report.totals, stageTimes(outcome)));
if (flags.timings) await writeFile(flags.timings, `${JSON.stringify({ stages: outcome.stages, skipped: outcome.skipped }, null, 2)}\n`);
process.exit(outcome.report.totals.error > 0 && !options.keepGoing ? 1 : 0);
