// `npm run build` as a function of its arguments, streams and environment, returning the exit code:
// scripts/build.ts runs it for the terminal, and the tests run it in their own process.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { printable } from "../convert/diagnostics.ts";
import { buildFailure } from "../stages/failure.ts";
import { RecordUnusable } from "../stages/record-file.ts";
import { recordsOf } from "../stages/report.ts";
import { type BuildHooks, type BuildOptions, runBuild, SeedsFolderUnreadable } from "../stages/run-build.ts";
import { articlesPerSearchPart } from "../stages/search-index.ts";
import { UsageError, wholeNumberFlag } from "./flags.ts";
import { type ProgressOptions, progress, stageTimes, summaryLine } from "./progress.ts";

const usage = `Usage: npm run build -- [options]

  --seeds DIR     folder of seed files, searched recursively for *.txt (default: seeds)
  --keep-going    build every usable seed even when some seeds are errors
  --content DIR   where converted Markdown goes; Eleventy's input (default: content)
  --output DIR    where the site is written (default: _site)
  --report FILE   where the build report is written (default: build-report.json)
  --pathprefix P  build for a site served from the sub-path P, e.g. /archive/ (default: /)
  --cache DIR     where work is kept between builds (default: .cache)
  --batch N       articles Eleventy renders at a time; fewer take less memory (default: 5000)
  --search-part N most articles in one segment of the search index; fewer take less memory (default: ${articlesPerSearchPart})
  --force         build everything even if nothing changed since the last build
  --check-record  leave the archive's records (content/addresses.jsonl, content/topic-addresses.jsonl) as they are, and fail,
                  showing the lines to commit, if this build would change it (for pull requests)
  --quiet         no progress output (the summary, warnings and errors still print)
  --timings FILE  write each stage's start and end times as JSON (for the benchmark)
  --help          show this help

  SITE_URL        the address the site is deployed at, for canonical links, feeds and citations`;

type Stream = ProgressOptions["stream"];

export interface BuildCommandIO {
  stdout: Stream;
  stderr: Stream;
  env: NodeJS.ProcessEnv;
  /** Where the build waits between stages (the kill test holds it there). */
  at?: BuildHooks["at"];
  /**
   * Failures that surfaced outside the build's own promises while it ran: when one of Eleventy's
   * writes fails, its passthrough copy may fail a moment later, unawaited. The write's failure is
   * the one to tell; a late one fails the build only alone.
   */
  late?: readonly unknown[];
}

function optionsFrom(args: string[], env: NodeJS.ProcessEnv): { options: BuildOptions; quiet: boolean; timings?: string; help: boolean } {
  const { values: flags } = parseArgs({
    args,
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
      "check-record": { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      timings: { type: "string" },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  const options: BuildOptions = {
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
    record: flags["check-record"] ? "check" : "write",
    siteUrl: env.SITE_URL ?? "",
  };
  return { options, quiet: flags.quiet, timings: flags.timings, help: flags.help };
}

/**
 * What the build says of the lines it changed in the record: every one when the check fails
 * (they are what to commit), else the first few, as `git diff` shows them all.
 */
function recordChangesSaid(file: string, changes: string[], checking: boolean): string {
  const shown = checking ? changes : changes.slice(0, 10);
  const more = changes.length > shown.length ? [`… and ${changes.length - shown.length} more (git diff ${file})`] : [];
  return [`${file} ${checking ? "would change" : "changed"} (${changes.length} line(s)); commit it:`, ...shown.map(printable), ...more].join("\n");
}

/** Runs a build as `npm run build -- ...args` would, printing to the streams given; returns the exit code. */
export async function buildCommand(args: string[], { stdout, stderr, env, at, late = [] }: BuildCommandIO): Promise<number> {
  const say = (line: string) => stderr.write(`${line}\n`);
  let parsed: ReturnType<typeof optionsFrom>;
  try {
    parsed = optionsFrom(args, env);
  } catch (error) {
    if (!(error instanceof UsageError || (error instanceof TypeError && "code" in error))) throw error;
    say(printable(error.message));
    return 2;
  }
  const { options, quiet, timings, help } = parsed;
  if (help) {
    stdout.write(`${usage}\n`);
    return 0;
  }
  /** The first failure is the one told, said plainly where it can be. */
  const failed = (error: unknown): number => {
    if (error instanceof SeedsFolderUnreadable || error instanceof RecordUnusable) {
      say(printable(error.message));
      return 2;
    }
    const full = buildFailure(error, options.output);
    if (full === undefined) throw error;
    say(printable(full));
    return 1;
  };
  let outcome: Awaited<ReturnType<typeof runBuild>>;
  try {
    outcome = await runBuild(options, { progress: progress({ stream: stderr, quiet }), say, at });
  } catch (error) {
    return failed(error);
  }
  if (late.length > 0) return failed(late[0]);
  if (outcome.skipped) stdout.write(`nothing changed since the last build of ${printable(options.output)}/ (use --force to build it again)\n`);
  stdout.write(`${summaryLine(outcome.report.totals, stageTimes(outcome))}\n`);
  if (timings) await writeFile(timings, `${JSON.stringify({ stages: outcome.stages, skipped: outcome.skipped }, null, 2)}\n`);
  const changed = recordsOf(outcome.report).filter(({ changes }) => changes.length > 0);
  if (!outcome.skipped) for (const { file, changes } of changed) say(recordChangesSaid(printable(file), changes, options.record === "check"));
  if (options.record === "check" && changed.length > 0) return 1;
  return outcome.report.totals.error > 0 && !options.keepGoing ? 1 : 0;
}
