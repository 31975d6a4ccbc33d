// Benchmark: bytes a reader's browser transfers for one search, on a built archive.
// Usage: npm run bench -- [--seeds DIR] (default: ../shared/corpus/bbc-greene2006)
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { launch, serve } from "../../tests/browser/browser.ts";

const root = resolve(import.meta.dirname, "../..");
const { values } = parseArgs({ options: { seeds: { type: "string", default: resolve(root, "../shared/corpus/bbc-greene2006") } } });
if (!existsSync(values.seeds)) {
  console.error(`${values.seeds}: no such folder; pass a seeds folder with --seeds DIR`);
  process.exit(2);
}
const queries = ["porcupine", "economy", "election results", '"prime minister"', "champions league final"];

const work = await mkdtemp(join(tmpdir(), "broadsheet-bench-"));
await cp(join(root, "content"), join(work, "content"), { recursive: true, filter: (source) => !source.includes(`${join("content", "articles")}`) });
const build = ["scripts/build.ts", "--seeds", values.seeds, "--keep-going", "--content", join(work, "content"), "--output", join(work, "_site"), "--report", join(work, "report.json")];
execFileSync(join(root, "node_modules/.bin/tsx"), build, { cwd: root, stdio: ["ignore", "ignore", "inherit"] });

const site = await serve(join(work, "_site"));
const browser = await launch();
const rows: string[] = [];
for (const query of queries) {
  const page = await browser.newPage();
  await page.goto(`${site.url}/search/`);
  await page.waitForSelector("#search-app:not([hidden])");
  let bytes = 0;
  let requests = 0;
  page.on("requestfinished", async (request) => {
    const sizes = await request.sizes();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    requests++;
  });
  await page.fill("#search-query", query);
  await page.press("#search-query", "Enter");
  await page.waitForSelector("#search-results[aria-busy=false]", { state: "attached" });
  await page.waitForLoadState("networkidle");
  const results = await page.locator("#search-status").innerText();
  rows.push(`| \`${query}\` | ${requests} | ${(bytes / 1024).toFixed(1)} KB | ${results} |`);
  await page.close();
}
await browser.close();
await site.close();

const table = ["| query | requests | transferred | results |", "| --- | --- | --- | --- |", ...rows].join("\n");
console.log(table);
await mkdir(join(root, "bench"), { recursive: true });
await writeFile(
  join(root, "bench/search-transfer.md"),
  `# Search transfer\n\nBytes fetched by the browser for one search, after the search page has loaded (Pagefind index chunks and result fragments), on a build of \`${values.seeds.replace(`${resolve(root, "..")}/`, "../")}\`.\n\n${table}\n`,
);
