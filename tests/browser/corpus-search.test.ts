import { existsSync } from "node:fs";
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SeedReport } from "../../scripts/report.ts";
import { projectRoot } from "../site/build-site.ts";
import { browserAvailable, type SiteInBrowser, siteInBrowser } from "./browser.ts";

// Research-only data, read from ../shared and copied only into a temporary folder.
const bbc = resolve(projectRoot, "../shared/corpus/bbc-greene2006");
const present = existsSync(bbc);
if (!present) console.warn(`Skipping the corpus search test: ${bbc} is not here (the corpora live beside the project, in ../shared/corpus).`);

/** A small seeded generator (mulberry32), so the same 20 articles are drawn on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

let site: SiteInBrowser;
let articles: SeedReport[];

describe.skipIf(!present || !browserAvailable())("searching the BBC corpus", { timeout: 300_000 }, () => {
  beforeAll(async () => {
    const seeds = await mkdtemp(join(tmpdir(), "broadsheet-bbc-"));
    await cp(bbc, seeds, { recursive: true });
    site = await siteInBrowser(seeds);
    articles = site.report.seeds.filter((seed) => seed.status === "ok" || seed.status === "warning");
  }, 300_000);
  afterAll(() => site?.close());

  it("returns the article first for its exact headline, in at least 19 of 20 articles drawn at random", async () => {
    const draw = random(2006);
    const chosen = new Set<SeedReport>();
    while (chosen.size < 20) chosen.add(articles[Math.floor(draw() * articles.length)] as SeedReport);
    const page = await site.browser.newPage();
    const misses: string[] = [];
    for (const article of chosen) {
      await page.goto(`${site.url}/search/?q=${encodeURIComponent(article.title ?? "")}`);
      await page.waitForSelector("#search-results[aria-busy=false]", { state: "attached" });
      const first = await page.locator("#search-results h2 a").first().getAttribute("href");
      if (new URL(first ?? "", site.url).pathname !== article.url) misses.push(`${article.title} → ${first}`);
    }
    await page.close();
    console.info(`Exact headline search: ${20 - misses.length} of 20 articles came first.`);
    expect(misses.length, misses.join("\n")).toBeLessThanOrEqual(1);
  });
});
