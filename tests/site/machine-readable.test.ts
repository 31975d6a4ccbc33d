import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { htmlProblems } from "../../scripts/check-site/html.ts";
import { htmlProblem, problemLine } from "../../scripts/check-site/problems.ts";
import { fileOf, siteFiles } from "../../scripts/check-site/site-files.ts";
import type { BuildReport } from "../../scripts/stages/report.ts";
import { type Build, buildSite, fixtureSeeds, text } from "./build-site.ts";
import { xmlProblems } from "./strict-xml.ts";

// Built as deployed: SITE_URL gives the absolute address of every page.
const siteUrl = "https://news.example.org/";
let build: Build;
let report: BuildReport;
let articleUrls: string[];
const file = (path: string) => readFile(join(build.folder, "_site", path), "utf8");
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["entry", "url", "link", "sitemap"].includes(name) });

/** A headline holding noncharacters, as such and as an entity; kept out of tests/fixtures/seeds/ so other builds keep their article counts. */
const noncharacterSeed =
  "Harbour ferry\uFFFF service resumes after the &#xFFFE;strike\n\nThe harbour ferry ran again on Monday, a week after its crews walked out over pay.\n";

beforeAll(async () => {
  const seeds = await fixtureSeeds();
  await writeFile(join(seeds, "noncharacters.txt"), noncharacterSeed);
  build = await buildSite(seeds, { env: { SITE_URL: siteUrl } });
  report = await build.report();
  // Feeds, like lists, give a story once: near-copies of another article are left out.
  articleUrls = report.seeds.filter((seed) => (seed.status === "ok" || seed.status === "warning") && seed.repeatOf === null).map((seed) => seed.url ?? "");
});

describe("feeds, sitemap and robots.txt", () => {
  it("writes a well-formed Atom feed of the newest articles, each linking to its page", async () => {
    const atom = await file("feed.xml");
    expect(xmlProblems(atom)).toEqual([]);
    const feed = xml.parse(atom).feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.updated).toBe("2025-04-02T00:00:00Z");
    const links = feed.entry.map((entry: { link: Array<{ "@_href": string }> }) => entry.link[0]?.["@_href"]);
    expect([...links].sort()).toEqual(articleUrls.map((url) => new URL(url.slice(1), siteUrl).href).sort());
    // In the order of the home page's list, newest first.
    const home = await build.page("/");
    const listed = [...home.querySelectorAll(".article-list h2 a")].map((link) => new URL((link.getAttribute("href") ?? "").slice(1), siteUrl).href);
    expect(links).toEqual(listed);
    const dated = feed.entry.find((entry: { title: string }) => entry.title === "Council approves the new library");
    expect(dated.published).toBe("2025-04-02T00:00:00Z");
  });

  it("gives a headline with noncharacters its text without them, in both feeds", async () => {
    const url = new URL(report.seeds.find((seed) => seed.seed.endsWith("/noncharacters.txt"))?.url?.slice(1) ?? "", siteUrl).href;
    const atom = await file("feed.xml");
    expect(xmlProblems(atom)).toEqual([]);
    const entry = xml.parse(atom).feed.entry.find((entry: { id: string }) => entry.id === url);
    expect(entry?.title).toBe("Harbour ferry service resumes after the strike");
    const item = JSON.parse(await file("feed.json")).items.find((item: { id: string }) => item.id === url);
    expect(item?.title).toBe("Harbour ferry service resumes after the strike");
  });

  it("writes a JSON Feed 1.1 with absolute URLs of real articles", async () => {
    const feed = JSON.parse(await file("feed.json"));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.feed_url).toBe(`${siteUrl}feed.json`);
    const files = await siteFiles(join(build.folder, "_site"));
    for (const item of feed.items) expect(files.has(fileOf(decodeURIComponent(new URL(item.url).pathname))), item.url).toBe(true);
    expect(feed.items).toHaveLength(articleUrls.length);
  });

  it("lists every page in the sitemap's parts, which its index lists, and robots.txt points to the index", async () => {
    const index = await file("sitemap.xml");
    expect(xmlProblems(index)).toEqual([]);
    const partUrls: string[] = xml.parse(index).sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc);
    expect(partUrls).toEqual([`${siteUrl}sitemaps/pages.xml`, `${siteUrl}sitemaps/articles-1.xml`]);
    const locs: string[] = [];
    for (const part of partUrls) {
      const sitemap = await file(new URL(part).pathname.slice(1));
      expect(xmlProblems(sitemap)).toEqual([]);
      locs.push(...xml.parse(sitemap).urlset.url.map((entry: { loc: string }) => entry.loc));
    }
    const files = await siteFiles(join(build.folder, "_site"));
    const pages = [...files]
      .filter((path) => path.endsWith(".html") && path !== "/404.html")
      .map((path) => new URL(path.replace(/index\.html$/, "").slice(1), siteUrl).href);
    expect([...locs].sort()).toEqual(pages.sort());
    expect(await file("robots.txt")).toContain(`Sitemap: ${siteUrl}sitemap.xml`);
  });
});

describe("article metadata", () => {
  it("carries canonical, Open Graph and valid NewsArticle JSON-LD on every article page", async () => {
    for (const url of articleUrls) {
      const page = await build.page(url);
      const absolute = new URL(url.slice(1), siteUrl).href;
      expect(page.querySelector("link[rel=canonical]")?.getAttribute("href")).toBe(absolute);
      expect(page.querySelector("meta[property='og:url']")?.getAttribute("content")).toBe(absolute);
      const data = JSON.parse(page.querySelector("script[type='application/ld+json']")?.textContent ?? "");
      expect(data).toMatchObject({ "@context": "https://schema.org", "@type": "NewsArticle", headline: text(page.querySelector("h1")), url: absolute });
      expect("datePublished" in data).toBe(page.querySelector("article time") !== null);
    }
  });

  it("cites an undated article as n.d., with its URL", async () => {
    const page = await build.page(articleUrls.find((url) => url.includes("nato-chief")) ?? "");
    const apa = page.querySelector("#cite-apa")?.textContent;
    expect(apa).toBe(
      `Live Mint. (n.d.). NATO Chief Urges Europe to ‘Step Up’ as US Turns Toward Asia. ${siteUrl}${articleUrls.find((url) => url.includes("nato-chief"))?.slice(1)}`,
    );
    expect(page.querySelector("#cite-bibtex")?.textContent).toContain("year = {n.d.}");
  });
});

describe("HTML", () => {
  it("validates on every page with the project's html-validate rules", async () => {
    const problems = await htmlProblems(join(build.folder, "_site"));
    expect(problems.map(htmlProblem).map(problemLine)).toEqual([]);
  });
});
