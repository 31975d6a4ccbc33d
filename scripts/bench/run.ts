// The benchmark: our build cold and warm, beside Hugo, plain Eleventy and a copy of the site, written to bench/RESULTS.md.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { orUsageExit, wholeNumberFlag } from "../cli/flags.ts";
import { projectRoot } from "../cli/site-folder.ts";
import { findSeeds } from "../stages/seed-files.ts";
import { coldBuilds, warmBuilds } from "./cold-and-warm.ts";
import { articlePages, floorFigures, hugoFigures, peerFigures, plainEleventyFigures } from "./comparisons.ts";
import { hugoVersion } from "./hugo.ts";
import { type ResultRow, resultsPage, resultsTables, rowsIn, withRow } from "./results.ts";
import { count } from "./results-tables.ts";
import { searchTransfer, searchTransferPage } from "./search-transfer.ts";
import { copiedSeeds, generatedSeeds, isSharedCorpus, sharedCorpusSeeds } from "./seeds.ts";

const sharedCorpus = resolve(projectRoot, "../shared/corpus");

const usage = `Usage: npm run bench -- [options]

  --seeds DIR      seeds to build (default: ../shared/corpus, its three corpora, about 11,000 seeds)
  --articles N     build N generated seeds instead, e.g. 1000, 10000 or 100000
  --runs N         runs of each measurement; figures are medians (default: 3)
  --label TEXT     the row's name in the results (default: from the input, e.g. "10,000 generated")
  --search         also measure what one search transfers in headless Chromium (/usr/bin/chromium)
  --results FILE   the results page to update (default: bench/RESULTS.md)
  --cold-only      leave out plain Eleventy and the rebuilds (for sizes where they take hours)
  --keep           keep the temporary folders (seeds, site, cache) and print where they are
  --help           show this help

Our build runs cold (fresh cache and output) --runs times, then Hugo, the peer (Hugo with our
taxonomies and lists, then Pagefind), plain Eleventy and a copy of the finished _site/ on the
Markdown it wrote, then rebuilds with no seed changed, with one changed, and after one seed is
added, one headline corrected and one seed deleted, and compares the result with a fresh build.
Each run's figures are printed; the medians replace this input's row in the results.`;

const { values: flags } = parseArgs({
  options: {
    seeds: { type: "string" },
    articles: { type: "string" },
    runs: { type: "string", default: "3" },
    label: { type: "string" },
    search: { type: "boolean", default: false },
    results: { type: "string", default: join(projectRoot, "bench/RESULTS.md") },
    keep: { type: "boolean", default: false },
    "cold-only": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
  strict: true,
});

if (flags.help) {
  console.log(usage);
  process.exit(0);
}
const runs = orUsageExit(() => wholeNumberFlag(flags.runs, "--runs"));
const articles = flags.articles;
const generatedCount = articles === undefined ? undefined : orUsageExit(() => wholeNumberFlag(articles, "--articles"));
const seedsFrom = resolve(flags.seeds ?? sharedCorpus);
if (generatedCount === undefined && !existsSync(seedsFrom)) {
  console.error(`${seedsFrom}: no such folder; pass a seeds folder with --seeds DIR, or --articles N for generated seeds`);
  process.exit(2);
}

// Read before the hours of building, so a results page this cannot update stops the run at once.
const earlier = existsSync(flags.results) ? rowsIn(await readFile(flags.results, "utf8")) : [];
const log = (line: string) => console.log(line);
const scratch = await mkdtemp(join(tmpdir(), "broadsheet-bench-"));
const seeds = join(scratch, "seeds");
const temporary = new Set([scratch]);
try {
  if (generatedCount !== undefined) await generatedSeeds(generatedCount, seeds);
  else if (isSharedCorpus(seedsFrom)) await sharedCorpusSeeds(seedsFrom, seeds);
  else await copiedSeeds(seedsFrom, seeds);
  const seedCount = (await findSeeds(seeds)).length;
  const inputName = generatedCount !== undefined ? "generated" : seedsFrom === sharedCorpus ? "shared corpus" : basename(seedsFrom);
  const label = flags.label ?? (generatedCount !== undefined ? `${count(generatedCount)} generated` : `${inputName} (${count(seedCount)} seeds)`);
  const hugo = await hugoVersion();
  log(`${label}: ${count(seedCount)} seeds, ${runs} run(s) of each measurement`);

  const builds = { seeds, runs, log, temporary };
  const cold = await coldBuilds(builds);
  const markdown = join(cold.site, "content/articles");
  const articles = (await readdir(markdown)).filter((name) => name.endsWith(".md")).length;
  if (articles === 0) throw new Error(`the cold build wrote no articles from ${count(seedCount)} seeds, so there is nothing to compare`);
  const ourPages = await articlePages(join(cold.site, "_site"));
  if (ourPages !== articles) log(`our build wrote ${ourPages} article pages for ${articles} Markdown articles`);
  const compared = { markdown, articles, runs, log };
  if (!hugo) log("Hugo is not installed, so it is left out (apt-get install -y hugo)");
  const hugoMedians = hugo ? await hugoFigures(compared) : null;
  const peer = hugo ? await peerFigures(compared) : null;
  const plainEleventy = flags["cold-only"] ? null : await plainEleventyFigures(compared);
  const floor = await floorFigures(compared, join(cold.site, "_site"));
  const warm = flags["cold-only"] ? null : await warmBuilds(builds, cold);

  await mkdir(dirname(flags.results), { recursive: true });
  let search: ResultRow["search"] = null;
  if (flags.search) {
    const transfers = await searchTransfer(join(cold.site, "_site"));
    const page = searchTransferPage(label, transfers);
    console.log(page);
    await writeFile(join(dirname(flags.results), "search-transfer.md"), page);
    const largest = transfers.reduce((most, transfer) => (transfer.bytes > most.bytes ? transfer : most));
    search = { query: largest.query, bytes: largest.bytes };
  }

  const row: ResultRow = {
    label,
    input: { kind: generatedCount !== undefined ? "generated" : "seeds", seeds: seedCount },
    articles,
    date: new Date().toISOString().slice(0, 10),
    runs,
    machine: { cores: cpus().length, memoryBytes: totalmem(), cpu: cpus()[0]?.model.trim() ?? "unknown", node: process.version, hugo },
    ours: cold.medians,
    hugo: hugoMedians,
    peer,
    plainEleventy,
    floor,
    warm,
    search,
  };
  const rows = withRow(earlier, row);
  await writeFile(flags.results, resultsPage(rows));
  console.log(`\n${resultsTables(rows)}\nwritten to ${flags.results}`);
} finally {
  if (flags.keep) log(`kept: ${[...temporary].join(", ")}`);
  else for (const folder of temporary) await rm(folder, { recursive: true, force: true });
}
