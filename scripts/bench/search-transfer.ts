// Bytes a reader's browser transfers for one search, on a built archive (run by `npm run bench -- --search`).
import { launch } from "../check-site/browser.ts";
import { serve } from "../check-site/serve.ts";

export const queries = ["porcupine", "economy", "election results", '"prime minister"', "champions league final"];

export interface QueryTransfer {
  query: string;
  requests: number;
  bytes: number;
  /** What the search page says it found, e.g. "12 results for economy". */
  results: string;
}

/**
 * Serves `site` (a built `_site/`), opens its search page in headless Chromium and, for each
 * query, counts what the browser fetches after the page has loaded: Pagefind's index chunks
 * and result fragments.
 */
export async function searchTransfer(site: string): Promise<QueryTransfer[]> {
  const server = await serve(site);
  const browser = await launch();
  try {
    const transfers: QueryTransfer[] = [];
    for (const query of queries) {
      const page = await browser.newPage();
      await page.goto(`${server.url}/search/`);
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
      transfers.push({ query, requests, bytes, results: await page.locator("#search-status").innerText() });
      await page.close();
    }
    return transfers;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** `bench/search-transfer.md`: each query's figures, on a build of the input named `label`. */
export function searchTransferPage(label: string, transfers: QueryTransfer[]): string {
  const rows = transfers.map(({ query, requests, bytes, results }) => `| \`${query}\` | ${requests} | ${(bytes / 1024).toFixed(1)} KB | ${results} |`);
  const table = ["| query | requests | transferred | results |", "| --- | --- | --- | --- |", ...rows].join("\n");
  return `# Search transfer\n\nBytes fetched by the browser for one search, after the search page has loaded (Pagefind index chunks and result fragments), on a build of ${label}. Written by \`npm run bench -- --search\`.\n\n${table}\n`;
}
