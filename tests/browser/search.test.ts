import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureSeeds } from "../site/build-site.ts";
import { axeViolations, browserAvailable, type SiteInBrowser, siteInBrowser } from "./browser.ts";

let site: SiteInBrowser;
let natoUrl: string;

/** The fixture seeds, the committed seed, and 24 harbour stories: enough results to page through. */
async function seeds(): Promise<string> {
  const folder = await fixtureSeeds();
  for (let n = 1; n <= 24; n++) {
    const date = n % 3 === 0 ? "" : `date: 2024-${String((n % 12) + 1).padStart(2, "0")}-10\n`;
    await writeFile(
      join(folder, `harbour-${n}.txt`),
      `---\n${date}source: Harbour Gazette\n---\nHarbour note ${n}\n\nThe harbour master posted notice ${n} about the tides.\n`,
    );
  }
  return folder;
}

/** Waits until the page has shown the results of its latest search. */
const settled = (page: Page) => page.waitForSelector("#search-results[aria-busy=false]", { state: "attached" });

async function search(page: Page, query: string, on: SiteInBrowser = site): Promise<void> {
  await page.goto(`${on.url}/search/${query}`);
  await settled(page);
}

const titles = (page: Page) => page.locator("#search-results h2").allInnerTexts();

const browserHere = browserAvailable();
let folder: string;

// One site for the file: the index in segments is compared with it, built from the same seeds.
beforeAll(async () => {
  if (!browserHere) return;
  folder = await seeds();
  site = await siteInBrowser(folder);
  natoUrl = site.urlOf("000_c8afd5a7527161f8.txt");
});
afterAll(() => site?.close());

describe.skipIf(!browserHere)("search", () => {
  it("finds the NATO article by a word, linking to the paragraph and asking it to highlight the word", async () => {
    const page = await site.browser.newPage();
    await search(page, "?q=porcupine");
    expect(await titles(page)).toEqual(["NATO Chief Urges Europe to ‘Step Up’ as US Turns Toward Asia"]);
    expect(await page.locator("#search-status").innerText()).toBe("1 result for “porcupine”.");
    expect(await page.locator("#search-results a").getAttribute("href")).toBe(`${natoUrl}?highlight=porcupine#p11`);
    expect(await page.locator("#search-results mark").first().innerText()).toContain("porcupine");
    await page.locator("#search-results a").click();
    await page.waitForSelector("article .body mark");
    expect(await page.locator("article .body mark").first().innerText()).toBe("porcupine");
    expect(new URL(page.url()).hash).toBe("#p11");
    await page.close();
  });

  it("finds a quoted phrase only where the words stand together, in that order", async () => {
    const page = await site.browser.newPage();
    await search(page, `?q=${encodeURIComponent('"steel porcupine"')}`);
    expect(await titles(page)).toEqual(["NATO Chief Urges Europe to ‘Step Up’ as US Turns Toward Asia"]);
    await search(page, `?q=${encodeURIComponent('"porcupine steel"')}`);
    expect(await page.locator("#search-status").innerText()).toBe('No results for “"porcupine steel"”.');
    await page.close();
  });

  it("narrows by a facet, keeps the state in the URL, and restores it from the URL", async () => {
    const page = await site.browser.newPage();
    await search(page, "?q=the");
    const before = Number((await page.locator("#search-status").innerText()).split(" ")[0]);
    await page.getByLabel(/^Live Mint/).check();
    await page.waitForFunction((count) => !document.querySelector("#search-status")?.textContent?.startsWith(`${count} `), before);
    await settled(page);
    expect(await titles(page)).toEqual(["NATO Chief Urges Europe to ‘Step Up’ as US Turns Toward Asia"]);
    expect(new URL(page.url()).search).toBe("?q=the&source=Live+Mint");

    const shared = await site.browser.newPage();
    await search(shared, "?q=the&source=Live+Mint");
    expect(await shared.getByLabel(/^Live Mint/).isChecked()).toBe(true);
    expect(await titles(shared)).toEqual(await titles(page));
    await page.goBack();
    await page.waitForFunction((count) => document.querySelector("#search-status")?.textContent?.startsWith(`${count} `), before);
    await settled(page);
    expect(await page.getByLabel(/^Live Mint/).isChecked()).toBe(false);
    await page.close();
    await shared.close();
  });

  it("on a phone, shows the results above the filters' fold, and opens the filters when some are chosen", async () => {
    const phone = { width: 390, height: 844 };
    const page = await site.browser.newPage({ viewport: phone });
    await search(page, "?q=harbour");
    expect((await page.locator("#search-results li").first().boundingBox())?.y).toBeLessThan(phone.height);
    expect(await page.getByLabel(/^Harbour Gazette/).isVisible()).toBe(false);
    await page.getByText("Narrow the results").click();
    expect(await page.getByLabel(/^Harbour Gazette/).isVisible()).toBe(true);
    await search(page, "?q=harbour&source=Harbour+Gazette");
    expect(await page.getByLabel(/^Harbour Gazette/).isChecked()).toBe(true);
    expect(await page.getByLabel(/^Harbour Gazette/).isVisible()).toBe(true);
    await page.close();
  });

  it("sorts newest first without losing undated articles, and pages through results", async () => {
    const page = await site.browser.newPage();
    await search(page, "?q=harbour&sort=newest");
    // The 24 notes, the wire story and the first of the two ferry stories: its near-copy is not indexed.
    expect(await page.locator("#search-status").innerText()).toBe("26 results for “harbour”.");
    expect(await page.locator("#search-results > li").count()).toBe(10);
    await page.getByRole("button", { name: "Show more results" }).click();
    await page.getByRole("button", { name: "Show more results" }).click();
    await page.waitForFunction(() => document.querySelectorAll("#search-results > li").length === 26);
    const dates = await page.locator("#search-results .meta").allInnerTexts();
    const undated = dates.filter((meta) => meta.endsWith("Date not stated"));
    expect(undated).toHaveLength(9);
    expect(dates.slice(-9)).toEqual(undated);
    expect(await page.getByRole("button", { name: "Show more results" }).isHidden()).toBe(true);
    await page.close();
  });

  it("narrows by a person, with people, organisations and places as facets of their own", async () => {
    const page = await site.browser.newPage();
    await search(page, "?q=the");
    const legends = await page.locator("#search-facets legend").allTextContents();
    expect(legends).toEqual(expect.arrayContaining(["People", "Organisations", "Places"]));
    await page.getByLabel(/^Mark Rutte/).check();
    await page.waitForURL((url) => url.search === "?q=the&person=Mark+Rutte");
    await settled(page);
    expect(await titles(page)).toEqual(["NATO Chief Urges Europe to ‘Step Up’ as US Turns Toward Asia"]);
    expect(await page.getByLabel(/^The Hague/).isVisible()).toBe(true);
    await page.close();
  });

  it("finds a story published twice once: the first copy, not its near-copy", async () => {
    const page = await site.browser.newPage();
    await search(page, "?q=ferry+timetable");
    expect(await titles(page)).toEqual(["Harbour Council Approves New Ferry Timetable"]);
    await page.close();
  });

  it.each([
    ["मानसून", "मानसून ने केरल में दस्तक दी"],
    ["人工智能", "北京举行国际科技博览会"],
    ["博览会", "北京举行国际科技博览会"],
  ])("finds an article in its own script: %s", async (word, headline) => {
    const page = await site.browser.newPage();
    await search(page, `?q=${encodeURIComponent(word)}`);
    expect(await titles(page)).toEqual([headline]);
    await page.close();
  });

  it("indexes only headline and text, not navigation, citations or the source-file block", async () => {
    const page = await site.browser.newPage();
    for (const word of ["SHA-256", "BibTeX", "Skip"]) {
      await search(page, `?q=${word}`);
      expect(await page.locator("#search-status").innerText()).toBe(`No results for “${word}”.`);
    }
    await page.close();
  });

  it("shows markup in an excerpt as text, never as markup", async () => {
    const page = await site.browser.newPage();
    await search(page, "?q=bold");
    expect(await page.locator("#search-results .description").first().innerText()).toContain("<b>bold</b>");
    expect(await page.locator("#search-results b, #search-results script").count()).toBe(0);
    await page.close();
  });

  it("is reached from the search box in every page's header", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/about/`);
    await page.getByRole("searchbox", { name: "Search the archive" }).fill("porcupine");
    await page.getByRole("searchbox", { name: "Search the archive" }).press("Enter");
    await page.waitForURL(/\/search\/\?q=porcupine$/);
    await page.waitForSelector("#search-results li");
    expect(await page.locator("#search-query").inputValue()).toBe("porcupine");
    await page.close();
  });

  it("says plainly, without JavaScript, that search needs it, and points to the browse pages", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/search/?q=porcupine`);
    const notice = page.locator(".notice");
    expect(await notice.innerText()).toContain("Search needs JavaScript");
    expect(await notice.locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href")))).toEqual([
      "/sources/",
      "/sections/",
      "/archive/",
      "/",
    ]);
    await context.close();
  });

  it("works under the pages' content security policy, which the browser reports no breach of", async () => {
    const page = await site.browser.newPage();
    const breaches: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) breaches.push(message.text());
    });
    await search(page, "?q=porcupine");
    await page.locator("#search-results a").click();
    await page.waitForSelector("article .body mark");
    expect(await page.locator("meta[http-equiv=Content-Security-Policy]").getAttribute("content")).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(breaches).toEqual([]);
    await page.close();
  });

  it("has no axe violations with results and facets shown", async () => {
    const page = await site.browser.newPage({ bypassCSP: true });
    await search(page, "?q=harbour&source=Harbour+Gazette");
    expect(await page.locator("#search-facets input:checked").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!browserHere)("search over an index in segments", () => {
  const largest = 4;
  let whole: SiteInBrowser;
  let parted: SiteInBrowser;
  beforeAll(async () => {
    whole = site;
    parted = await siteInBrowser(folder, { flags: ["--search-part", String(largest)] });
  });
  afterAll(() => parted?.close());

  /** Every result's headline and meta line for a search, all pages of results shown, and the facets' counts. */
  async function everyResult(on: SiteInBrowser, query: string): Promise<{ status: string; results: string[]; facets: string[] }> {
    const page = await on.browser.newPage();
    await search(page, query, on);
    const status = await page.locator("#search-status").innerText();
    const facets = await page.locator("#search-facets label").allInnerTexts();
    const more = page.getByRole("button", { name: "Show more results" });
    while (await more.isVisible()) {
      const before = await page.locator("#search-results > li").count();
      await more.click();
      await page.waitForFunction((count) => document.querySelectorAll("#search-results > li").length > count, before);
    }
    const results = await page
      .locator("#search-results > li")
      .evaluateAll((items) => items.map((item) => `${item.querySelector("h2")?.textContent} | ${item.querySelector(".meta")?.textContent}`));
    await page.close();
    return { status, results, facets };
  }

  it("finds what one index finds, as many, with the same facet counts", async () => {
    for (const query of ["?q=harbour", "?q=the&source=Harbour+Gazette", "?q=porcupine"]) {
      const [one, segments] = [await everyResult(whole, query), await everyResult(parted, query)];
      expect(segments.status).toBe(one.status);
      expect([...segments.results].sort()).toEqual([...one.results].sort());
      expect(segments.facets).toEqual(one.facets);
    }
  });

  it("finds articles from every segment they are in", async () => {
    const page = await parted.browser.newPage();
    const segmentsRead = new Set<string>();
    page.on("requestfinished", (request) => {
      const [, segment] = /\/pagefind\/segments\/([^/]+)\/fragment\//.exec(request.url()) ?? [];
      if (segment) segmentsRead.add(segment);
    });
    await search(page, "?q=harbour", parted);
    while (await page.getByRole("button", { name: "Show more results" }).isVisible()) {
      const before = await page.locator("#search-results > li").count();
      await page.getByRole("button", { name: "Show more results" }).click();
      await page.waitForFunction((count) => document.querySelectorAll("#search-results > li").length > count, before);
    }
    expect(await page.locator("#search-results > li").count()).toBe(26);
    // No segment holds more than `largest` articles, so 26 results come from at least 7 of them.
    expect(segmentsRead.size).toBeGreaterThanOrEqual(Math.ceil(26 / largest));
    await page.close();
  });

  it("sorts newest first across the segments, undated articles last", async () => {
    const { status, results } = await everyResult(parted, "?q=harbour&sort=newest");
    expect(status).toBe("26 results for “harbour”.");
    const dates = results.map((result) => result.split(" · ").at(-1) ?? "");
    const dated = dates.filter((date) => date !== "Date not stated").map((date) => Date.parse(date));
    expect(dated.every((date) => Number.isFinite(date))).toBe(true);
    expect(dated).toEqual([...dated].sort((a, b) => b - a));
    expect(dates.slice(dated.length).every((date) => date === "Date not stated")).toBe(true);
  });
});
