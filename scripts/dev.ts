// `npm run dev`, the maintainer's loop: build, serve on loopback, and build again on every change
// to a seed, a layout, a content page or the CSS, with the same runner as `npm run build`. A
// seed's problems print as in a build; a build that fails leaves the last site served.
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { orUsageExit, wholeNumberFlag } from "./cli/flags.ts";
import { progress, stageTimes, summaryLine } from "./cli/progress.ts";
import { printable } from "./convert/diagnostics.ts";
import { reloadScript, serveSite } from "./dev/serve.ts";
import { inBatches, watchSeeds, watchTemplates } from "./dev/watch.ts";
import { buildFailure } from "./stages/failure.ts";
import { runBuild, SeedsFolderUnreadable } from "./stages/run-build.ts";
import { articlesPerSearchPart } from "./stages/search-index.ts";

const usage = `Usage: npm run dev -- [options]

  --seeds DIR     folder of seed files, watched (default: seeds)
  --content DIR   where converted Markdown goes; Eleventy's input (default: content)
  --output DIR    where the served site is written (default: .cache/dev-site)
  --cache DIR     where work is kept between runs (default: .cache)
  --host ADDRESS  the address to listen on (default: 127.0.0.1, this machine only)
  --port N        the port to serve on; the next free one if taken (default: 8080)
  --help          show this help`;

const { values: flags } = parseArgs({
  options: {
    seeds: { type: "string", default: "seeds" },
    content: { type: "string", default: "content" },
    output: { type: "string", default: join(".cache", "dev-site") },
    cache: { type: "string", default: ".cache" },
    host: { type: "string", default: "127.0.0.1" },
    port: { type: "string", default: "8080" },
    help: { type: "boolean", default: false },
  },
  strict: true,
});

if (flags.help) {
  console.log(usage);
  process.exit(0);
}

const options = {
  seeds: resolve(flags.seeds),
  content: flags.content,
  output: flags.output,
  // The dev server's own report: build-report.json stays what the last `npm run build` published.
  report: join(flags.cache, "dev-build-report.json"),
  cache: flags.cache,
  pathPrefix: "/",
  batch: 5000,
  searchPart: articlesPerSearchPart,
  // A seed that is an error is left out, and the rest is served; every change is a reason to build.
  keepGoing: true,
  force: true,
  // Draft headlines must never become permanent addresses: only `npm run build` writes the record.
  record: "read" as const,
  siteUrl: process.env.SITE_URL ?? "",
  reloadScript,
};
const port = orUsageExit(() => wholeNumberFlag(flags.port, "--port"));
const say = (line: string) => console.error(line);

/** Builds the site once; a failure is told and the last site stays served. Returns whether it built. */
async function build(): Promise<boolean> {
  try {
    const outcome = await runBuild(options, { progress: progress({ stream: process.stderr, quiet: true }), say });
    console.log(summaryLine(outcome.report.totals, stageTimes(outcome)));
    return true;
  } catch (error) {
    if (error instanceof SeedsFolderUnreadable) throw error;
    const why = buildFailure(error, options.output) ?? (error instanceof Error ? error.message : String(error));
    say(printable(`the site could not be built, so the last one is still served: ${why}`));
    return false;
  }
}

// When one of Eleventy's writes fails, its passthrough copy may fail a moment later, unawaited: the build that failed has said so, and the server goes on.
process.on("unhandledRejection", (reason) =>
  say(printable(`a build step failed after the build ended: ${reason instanceof Error ? reason.message : String(reason)}`)),
);

try {
  await build();
} catch (error) {
  if (!(error instanceof SeedsFolderUnreadable)) throw error;
  say(printable(error.message));
  process.exit(2);
}
if (flags.host !== "127.0.0.1" && flags.host !== "localhost" && flags.host !== "::1") {
  say(`warning: serving on ${printable(flags.host)}: anyone who can reach this machine there can read the archive being edited`);
}
const server = await serveSite(options.output, { host: flags.host, port, problem: say });
console.error(`Serving ${server.url} · watching ${printable(flags.seeds)}, ${printable(flags.content)} and the layouts · Ctrl+C stops`);

// Changes that arrive together (an editor's save, a `git checkout`) make one build; one that arrives during a build makes the next.
const changed = inBatches(async () => {
  if (await build()) server.reload();
}, 100);
watchSeeds(options.seeds, (path) => changed(`seed:${path}`));
watchTemplates(options.content, resolve(import.meta.dirname, "../layouts"), (path) => changed(`template:${path}`));
