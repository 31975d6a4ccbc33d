import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import matter from "gray-matter";
import { beforeAll, describe, expect, it } from "vitest";
import { brokenLinks } from "../../scripts/check-site/links.ts";
import type { BuildReport, SeedReport } from "../../scripts/stages/report.ts";
import { browserAvailable, launch, serve } from "../browser/browser.ts";
import { type Build, buildSite, text } from "../site/build-site.ts";
import { accountsForEverySeed, corpora, corpusTimeout, expectEveryHeadline, folderOf, pageHeadline, present } from "./corpora.ts";

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

describe.skipIf(!present)("the BBC corpus (2,225 articles in category folders)", { timeout: corpusTimeout }, () => {
  let build: Build;
  let report: BuildReport;
  beforeAll(async () => {
    build = await buildSite(join(corpora, "bbc-greene2006"));
    report = await build.report();
  }, corpusTimeout);

  it("publishes every article once; the 98 byte-identical copies are duplicates", () => {
    expect(build.exitCode).toBe(0);
    accountsForEverySeed(report, 2225);
    expect(report.totals).toMatchObject({ articles: 2127, duplicate: 98, error: 0 });
  });

  it("gives every page its seed's headline as <h1>", () => expectEveryHeadline(report, pageHeadline(build)));

  // Issue 20: a topic page says who the person is, in the archive's words, linked to the paragraph that says it.
  it("says who ten well-covered people are, each in words a paragraph of theirs holds", async () => {
    const expected: [string, string][] = [
      ["tony-blair", "Prime Minister"],
      ["gordon-brown", "Chancellor"],
      ["michael-howard", "Tory leader"],
      ["jack-straw", "Foreign Secretary"],
      ["charles-clarke", "Home Secretary"],
      ["andy-robinson", "England coach"],
      ["jose-mourinho", "Chelsea boss"],
      ["arsene-wenger", "Arsenal boss"],
      ["mike-ruddock", "Wales coach"],
      ["john-prescott", "Deputy Prime Minister"],
    ];
    for (const [slug, role] of expected) {
      const descriptor = (await build.page(`/topics/people/${slug}/`)).querySelector(".descriptor");
      expect(text(descriptor), slug).toMatch(new RegExp(`^“${role}”, as .+ puts it\\.$`));
      const [url = "", paragraph = ""] = (descriptor?.querySelector("a")?.getAttribute("href") ?? "").split("#");
      expect(text((await build.page(url)).getElementById(paragraph)), slug).toContain(role);
    }
  });

  // Issue 20: /topics/people/ was one 220 KB page of 2,080 names.
  it("splits the topic lists by letter, no page of them over 100 KB", async () => {
    const site = join(build.folder, "_site/topics");
    const lists: string[] = ["index.html"];
    for (const kind of ["people", "organizations", "places"]) {
      lists.push(`${kind}/index.html`);
      for (const letter of await readdir(join(site, kind, "a-z"))) {
        lists.push(`${kind}/a-z/${letter}/index.html`);
        for (const more of await readdir(join(site, kind, "a-z", letter))) if (/^\d+$/.test(more)) lists.push(`${kind}/a-z/${letter}/${more}/index.html`);
      }
    }
    const sizes = await Promise.all(lists.map(async (file) => [file, (await stat(join(site, file))).size] as const));
    const largest = Math.max(...sizes.map(([, size]) => size));
    console.log(`BBC topic lists: ${sizes.length} pages, the largest ${(largest / 1024).toFixed(1)} KB`);
    expect(sizes.length).toBeGreaterThan(30);
    expect(sizes.filter(([, size]) => size > 100 * 1024)).toEqual([]);
  });

  it("keeps pagination, counts and links whole at this size", async () => {
    expect(await brokenLinks(join(build.folder, "_site"))).toEqual([]);
    // Lists show each story once: near-copies of another article are listed under it.
    const listed = report.seeds.filter((entry) => (entry.status === "ok" || entry.status === "warning") && entry.repeatOf === null);
    // Full pages of 50 counted from the oldest; the front page shows the rest and the newest full page.
    const numbered = Math.floor(listed.length / 50) - 1;
    const home = await build.page("/");
    expect(text(home.querySelector(".counts"))).toBe(`${listed.length.toLocaleString("en-GB")} articles in 5 sections.`);
    const links = [numbered, numbered - 1, numbered - 2].map(String);
    expect([...home.querySelectorAll(".pagination li")].map((item) => text(item))).toEqual(["Latest", ...links, "…", "1"]);
    expect(home.querySelectorAll(".article-list > li")).toHaveLength(listed.length - numbered * 50);
    for (const number of [1, numbered]) expect((await build.page(`/page/${number}/`)).querySelectorAll(".article-list > li")).toHaveLength(50);
    const perFolder = new Map<string, number>();
    for (const seed of listed) perFolder.set(folderOf(seed.seed), (perFolder.get(folderOf(seed.seed)) ?? 0) + 1);
    const sections = [...(await build.page("/sections/")).querySelectorAll(".groups li")].map((item) => text(item));
    expect(sections).toEqual([...perFolder].sort().map(([folder, count]) => `${folder[0]?.toUpperCase()}${folder.slice(1)} ${count} articles`));
  });

  it("finds the near-copies among its stories, beyond the byte-identical ones", () => {
    const repeats = report.seeds.filter((entry) => entry.repeatOf !== null);
    console.log(`BBC near-copies: ${repeats.length} articles listed under the story they repeat`);
    expect(repeats.length).toBeGreaterThan(0);
    for (const repeat of repeats) expect(repeat.messages.map((message) => message.rule)).toContain("near-duplicate");
  });

  it("relates articles mostly within their category: precision@5 of at least 0.8", async () => {
    // Read from the front matter the converter wrote: the related links every article page renders.
    const articles = join(build.folder, "content/articles");
    const folderAt = new Map<string, string>();
    const relatedOf = new Map<string, string[]>();
    for (const name of await readdir(articles)) {
      const { data } = matter(await readFile(join(articles, name), "utf8"));
      folderAt.set(data.permalink, folderOf(data.seed.file));
      relatedOf.set(data.permalink, data.related);
    }
    let same = 0;
    let all = 0;
    for (const [url, related] of relatedOf) {
      all += related.length;
      same += related.filter((other) => folderAt.get(other) === folderAt.get(url)).length;
    }
    const precision = same / all;
    console.log(`BBC related articles: precision@5 ${precision.toFixed(3)} (${same} of ${all} links share the article's category)`);
    expect(all).toBeGreaterThan(relatedOf.size * 4);
    expect(precision).toBeGreaterThanOrEqual(0.8);
  });

  it("shows the £ of the Latin-1 file sport/199.txt", async () => {
    const seed = report.seeds.find((entry) => entry.seed.endsWith("sport/199.txt"));
    const page = await build.page(seed?.url ?? "");
    expect(text(page.querySelector("article .body"))).toContain("£");
    expect(text(page.querySelector("article"))).not.toContain("\uFFFD");
    expect(text(page.querySelector("article .meta"))).toContain("Sport");
  });

  // In the same file as the build, so the 2,225 articles are built once for both kinds of check.
  describe.skipIf(!browserAvailable())("searched in a browser", () => {
    it("returns the article first for its exact headline, in at least 19 of 20 articles drawn at random", async () => {
      const draw = random(2006);
      const articles = report.seeds.filter((seed) => seed.status === "ok" || seed.status === "warning");
      const chosen = new Set<SeedReport>();
      while (chosen.size < 20) chosen.add(articles[Math.floor(draw() * articles.length)] as SeedReport);
      const site = await serve(join(build.folder, "_site"));
      const browser = await launch();
      const page = await browser.newPage();
      await page.goto(`${site.url}/search/`);
      // The search box listens once the index is open, when the search app is shown.
      await page.waitForSelector("#search-app:not([hidden])");
      const misses: string[] = [];
      // One page, searched again and again as a reader does: each search submitted from the search box.
      for (const article of chosen) {
        await page.fill("#search-query", article.title ?? "");
        await page.press("#search-query", "Enter");
        await page.waitForSelector("#search-results[aria-busy=false]", { state: "attached" });
        const first = await page.locator("#search-results h2 a").first().getAttribute("href");
        if (new URL(first ?? "", site.url).pathname !== article.url) misses.push(`${article.title} → ${first}`);
      }
      await browser.close();
      await site.close();
      console.info(`Exact headline search: ${20 - misses.length} of 20 articles came first.`);
      expect(misses.length, misses.join("\n")).toBeLessThanOrEqual(1);
    });
  });
});
