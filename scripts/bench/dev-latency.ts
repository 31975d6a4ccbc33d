// How long an edit to one seed takes to show in `npm run dev`: in the page open in a browser, and
// in the archive's search. Run on the shared corpus (or --seeds DIR); writes bench/dev-latency.md.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { launch } from "../check-site/browser.ts";
import { orUsageExit, wholeNumberFlag } from "../cli/flags.ts";
import { projectRoot, siteFolder, typeScriptCommand, writingOnlyInto } from "../cli/site-folder.ts";
import { fileOf } from "../site/urls.ts";
import type { BuildReport } from "../stages/report.ts";
import { count, seconds, table } from "./results-tables.ts";
import { copiedSeeds, isSharedCorpus, publishedSeeds, sharedCorpusSeeds } from "./seeds.ts";

const usage = `Usage: npx tsx scripts/bench/dev-latency.ts [--seeds DIR] [--edits N] [--oldest]

Starts \`npm run dev\` on a copy of the seeds (default: ../shared/corpus), opens an article in
headless Chromium (the one that entered the archive last, as one being written; with --oldest,
one of the first, whose search segment is the largest), then edits that article's seed --edits
times (default 5), one after another,
adding a sentence with a word of its own. For each edit it times how long until the open page
shows the sentence (the dev server rebuilds, and the page reloads itself), and until a search for
the word finds the article. Writes bench/dev-latency.md.`;

const { values: flags } = parseArgs({
  options: {
    seeds: { type: "string" },
    edits: { type: "string", default: "5" },
    oldest: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
  strict: true,
});
if (flags.help) {
  console.log(usage);
  process.exit(0);
}
const edits = orUsageExit(() => wholeNumberFlag(flags.edits, "--edits"));
const from = resolve(flags.seeds ?? join(projectRoot, "../shared/corpus"));

/** Polls `found` every 20 ms until it gives a value, or fails after `seconds`. */
async function eventually<T>(what: string, found: () => Promise<T | undefined>, limit = 300): Promise<T> {
  const until = Date.now() + limit * 1000;
  while (Date.now() < until) {
    const value = await found().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((wait) => setTimeout(wait, 20));
  }
  throw new Error(`waited ${limit} s for ${what}`);
}

/** Whether the open page shows `text` now; a page in the middle of reloading does not. */
const pageShows = (page: Page, text: string) => page.evaluate((wanted) => document.body?.innerText.includes(wanted) ?? false, text).catch(() => false);

/** Whether a search for `word` on the search page lists the article at `url`. */
async function searchFinds(page: Page, origin: string, word: string, url: string): Promise<boolean> {
  await page.goto(`${origin}/search/?q=${word}`);
  return page
    .waitForSelector(`#search-results a[href*="${url}"]`, { timeout: 3000 })
    .then(() => true)
    .catch(() => false);
}

const scratch = await mkdtemp(join(tmpdir(), "broadsheet-dev-latency-"));
const root = await siteFolder();
let dev: ChildProcess | undefined;
try {
  const seeds = join(scratch, "seeds");
  if (isSharedCorpus(from)) await sharedCorpusSeeds(from, seeds);
  else await copiedSeeds(from, seeds);
  const report = join(root, ".cache/dev-build-report.json");
  let said = "";
  const started = Date.now();
  dev = spawn(process.execPath, typeScriptCommand(["scripts/dev.ts", "--seeds", seeds, ...writingOnlyInto(root), "--port", "8181"]), {
    cwd: projectRoot,
    detached: true,
  });
  dev.stderr?.on("data", (chunk: Buffer) => {
    said += chunk.toString();
  });
  dev.stdout?.resume();
  const origin = await eventually("the dev server to start", async () => said.match(/^Serving (http:\/\/[^/\s]+)\//m)?.[1], 1800);
  console.log(`dev server up after its first build: ${seconds(Date.now() - started)} s`);
  const built = JSON.parse(await readFile(report, "utf8")) as BuildReport;
  // A near-copy is in no search segment, and the search page looks first in the index of the
  // reader's language: the article edited is one in no other's place, in English, as the words added.
  const urlOf = (path: string) => built.seeds.find((each) => each.seed === path)?.url ?? "";
  const english = async (path: string) => (await readFile(join(root, "_site", fileOf(urlOf(path))), "utf8")).includes('<html lang="en"');
  const candidates = publishedSeeds(built.seeds.filter((each) => each.repeatOf === null));
  const ordered = flags.oldest ? candidates.slice(1) : candidates.reverse();
  let seed: string | undefined;
  for (const path of ordered)
    if (await english(path)) {
      seed = path;
      break;
    }
  const url = seed && urlOf(seed);
  if (!seed || !url) throw new Error("the dev server's first build published too few articles to edit one");

  const browser = await launch();
  const [reader, searcher] = [await browser.newPage(), await browser.newPage()];
  await reader.goto(`${origin}${url}`);
  const rows: string[][] = [];
  for (let edit = 1; edit <= edits; edit++) {
    // Letters only, and a start no English word has: a search for it matches no other word's prefix.
    const word = `qzjx${[...(Date.now() + edit).toString(26).slice(-5)].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 26))).join("")}`;
    const sentence = `The keeper signed the logbook as ${word}.`;
    const start = Date.now();
    await appendFile(seed, `\n${sentence}\n`);
    await eventually("the page to show the edit", async () => ((await pageShows(reader, sentence)) ? true : undefined), 120);
    const shown = Date.now() - start;
    await eventually("search to find the edit", async () => ((await searchFinds(searcher, origin, word, url)) ? true : undefined), 120);
    const searched = Date.now() - start;
    console.log(`edit ${edit}: in the page after ${seconds(shown)} s, found by search after ${seconds(searched)} s`);
    rows.push([String(edit), seconds(shown), seconds(searched)]);
    // The next edit waits for the dev server to be idle, as an editor between saves.
    await new Promise((wait) => setTimeout(wait, 1000));
  }
  await browser.close();

  const sorted = (column: number) => rows.map((row) => Number(row[column])).sort((a, b) => a - b);
  const median = (values: number[]) => values[Math.floor(values.length / 2)] ?? Number.NaN;
  const label = isSharedCorpus(from) ? "the shared corpus" : from;
  const page = [
    "# An edit in `npm run dev`",
    "",
    `Written by \`npx tsx scripts/bench/dev-latency.ts${flags.oldest ? " --oldest" : ""}\` on ${new Date().toISOString().slice(0, 10)}, on ${label} (${count(built.totals.seeds)} seeds, ${count(built.totals.articles)} articles), ${cpus().length} cores. The article edited is ${flags.oldest ? "one of the first to enter the archive, in its largest search segment" : "the last to enter the archive, as one being written"}. Each edit adds a sentence with a word of its own to one article's seed; the clock runs from the write until the page open in headless Chromium shows the sentence (the dev server rebuilds, and the page reloads itself), and until a search for the word lists the article. Median: ${median(sorted(1)).toFixed(2)} s in the page, ${median(sorted(2)).toFixed(2)} s in search.`,
    "",
    table(["edit", "in the page s", "found by search s"], rows),
    "",
  ].join("\n");
  await writeFile(join(projectRoot, "bench/dev-latency.md"), page);
  console.log(`\n${page}`);
} finally {
  if (dev?.pid) process.kill(-dev.pid, "SIGTERM");
  for (const folder of [scratch, root]) if (existsSync(folder)) await rm(folder, { recursive: true, force: true });
}
