// Benchmark: bytes a reader's browser transfers for one search, on a built archive.
// Usage: npm run bench -- [--seeds DIR] (default: ../shared/corpus/bbc-greene2006)
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { siteInBrowser } from "../../tests/browser/browser.ts";

const root = resolve(import.meta.dirname, "../..");
const { values } = parseArgs({ options: { seeds: { type: "string", default: resolve(root, "../shared/corpus/bbc-greene2006") } } });
if (!existsSync(values.seeds)) {
  console.error(`${values.seeds}: no such folder; pass a seeds folder with --seeds DIR`);
  process.exit(2);
}
const queries = ["porcupine", "economy", "election results", '"prime minister"', "champions league final"];

const site = await siteInBrowser(values.seeds, { flags: ["--keep-going"] });
const rows: string[] = [];
for (const query of queries) {
  const page = await site.browser.newPage();
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
await site.close();

const table = ["| query | requests | transferred | results |", "| --- | --- | --- | --- |", ...rows].join("\n");
console.log(table);
await mkdir(join(root, "bench"), { recursive: true });
await writeFile(
  join(root, "bench/search-transfer.md"),
  `# Search transfer\n\nBytes fetched by the browser for one search, after the search page has loaded (Pagefind index chunks and result fragments), on a build of \`${values.seeds.replace(`${resolve(root, "..")}/`, "../")}\`.\n\n${table}\n`,
);
