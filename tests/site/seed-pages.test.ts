import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { SeedReport } from "../../scripts/stages/report.ts";
import { type Build, buildSite, fixtureSeeds, projectRoot, text } from "./build-site.ts";

const realSeed = "000_c8afd5a7527161f8.txt";
let build: Build;
let seeds: string;
let bySeed: (name: string) => SeedReport;

beforeAll(async () => {
  seeds = await fixtureSeeds();
  build = await buildSite(seeds);
  const report = await build.report();
  bySeed = (name) => {
    const entry = report.seeds.find((seed) => seed.seed === join(seeds, name));
    if (!entry) throw new Error(`no report entry for ${name}`);
    return entry;
  };
});

async function pageOf(name: string): Promise<Document> {
  const url = bySeed(name).url;
  if (url === null) throw new Error(`${name} has no page`);
  return build.page(url);
}

const paragraphTexts = (page: Document) => [...page.querySelectorAll("article .body > *")].map((element) => (element.textContent ?? "").replace(/\n$/, ""));

describe("the committed Live Mint seed", () => {
  it("shows its headline, source, section and no date", async () => {
    const page = await pageOf(realSeed);
    expect(build.exitCode).toBe(0);
    expect(page.querySelectorAll("h1")).toHaveLength(1);
    expect(text(page.querySelector("h1"))).toBe("NATO Chief Urges Europe to ‘Step Up’ as US Turns Toward Asia");
    expect(text(page.querySelector("article .meta"))).toBe("Live Mint · Politics · Date not stated · 2 min read");
    expect(text(page.querySelector("title"))).toBe("NATO Chief Urges Europe to ‘Step Up’ as US Turns Toward Asia · Broadsheet");
  });

  it("shows all 13 body paragraphs verbatim, with ids p1…p13", async () => {
    const page = await pageOf(realSeed);
    const source = (await readFile(join(projectRoot, "seeds", realSeed), "utf8")).split("\n");
    // Lines 4 to 28 of the seed hold the body, one paragraph a line, some ending in a no-break space.
    const expected = source
      .slice(3, 28)
      .filter((line) => line.trim() !== "")
      .map((line) => line.replace(/\u00A0/g, " ").trim());
    expect(expected).toHaveLength(13);
    expect(paragraphTexts(page)).toEqual(expected);
    expect([...page.querySelectorAll("article .body > p")].map((p) => p.id)).toEqual(expected.map((_, index) => `p${index + 1}`));
  });

  it("keeps the furniture out of the article and lists it, with line numbers, inside <details>", async () => {
    const page = await pageOf(realSeed);
    const article = text(page.querySelector("article"));
    for (const furniture of ["automated news agency feed", "Catch all the", "Business NewsPolitics", "MoreLess", "About The Author"]) {
      expect(article).not.toContain(furniture);
    }
    const removed = [...page.querySelectorAll("details .removed li")].map((item) => text(item));
    expect(removed).toEqual([
      "line 30 This article was generated from an automated news agency feed without modifications to text.",
      "line 32 Catch all the Business News, Politics news,Breaking NewsEvents andLatest News Updates on Live Mint. Download TheMint News App to get Daily Market Updates.",
      "line 34 Business NewsPoliticsNewsNATO Chief Urges Europe to ‘Step Up’ as US Turns Toward Asia",
      "line 36 MoreLess",
      "line 39 About The Author",
    ]);
    expect(text(page.querySelector(".provenance"))).toContain("3,821 bytes");
  });
});

describe("text that looks like markup", () => {
  it("renders every line as the same visible characters, in paragraphs only", async () => {
    const page = await pageOf("markdown-syntax.txt");
    const source = (await readFile(join(projectRoot, "tests/fixtures/seeds/markdown-syntax.txt"), "utf8")).trimEnd().split("\n");
    const expectedBody = source.slice(2).map((line) => line.replace("&amp;amp; shows as &amp;amp;", "&amp; shows as &amp;"));
    expect(text(page.querySelector("h1"))).toBe(source[0]);
    expect(paragraphTexts(page)).toEqual(expectedBody);
    const body = page.querySelector("article .body");
    expect([...(body?.querySelectorAll("*:not(.pilcrow)") ?? [])].map((element) => element.tagName.toLowerCase())).toEqual(expectedBody.map(() => "p"));
    const unasked = ["script", "img", "a:not(.pilcrow)", "h2", "ul", "ol", "blockquote", "table", "hr", "s", "del", "code", "em", "strong"];
    expect(page.querySelectorAll(unasked.map((tag) => `article .body ${tag}`).join(", "))).toHaveLength(0);
    expect(text(page.querySelector("article"))).not.toContain("49");
  });
});

describe("seeds of every shape", () => {
  it("reflows hard-wrapped wire copy and keeps its table's lines", async () => {
    const page = await pageOf("wire-hard-wrapped.txt");
    expect(text(page.querySelector("h1"))).toBe("HARBOUR AUTHORITY SETS NEW TOLLS FOR 1988");
    expect(text(page.querySelector("title"))).toBe("Harbour Authority Sets New Tolls for 1988 · Broadsheet");
    expect(paragraphTexts(page)).toEqual([
      "The harbour authority said it will raise tolls for container ships by eight pct from January, its first increase since 1984.",
      "The authority said the rise reflects higher dredging costs and the long-term cost of the new northern quay.",
      "Tolls by vessel class, in dlrs per call:",
      "Class        1987     1988\nFeeder        410      443\nPanamax       980    1,058",
      "Shipping lines said they would study the proposal before commenting.",
    ]);
  });

  it("decodes a BOM with CRLF, and Windows-1252, into the right characters", async () => {
    const bom = await pageOf("crlf-bom.txt");
    expect(text(bom.querySelector("h1"))).toBe("A headline saved with a byte-order mark");
    expect(paragraphTexts(bom)).toEqual([
      "The first paragraph ends with Windows line endings.",
      "The second paragraph has a non breaking space and a zerowidth one.",
    ]);
    const legacy = await pageOf("cp1252.txt");
    expect(text(legacy.querySelector("h1"))).toBe("Prices rise in “Windows-1252” text");
    expect(paragraphTexts(legacy)).toEqual(["A pint now costs £4.20, or € 5, said the landlord – who was not amused."]);
    expect(bySeed("cp1252.txt").messages.map((message) => message.rule)).toEqual(["encoding"]);
  });

  it("takes metadata from front matter, but never keys that steer the site generator", async () => {
    const entry = bySeed("front-matter.txt");
    expect(entry.url).toMatch(/^\/articles\/council-approves-the-new-library-[0-9a-f]{6}\/$/);
    const ignored = entry.messages.filter((message) => message.rule === "front-matter").map((message) => [message.line, message.message.split(":")[0]]);
    expect(ignored).toEqual([
      [9, 'ignored front-matter key "permalink"'],
      [10, 'ignored front-matter key "layout"'],
      [11, 'ignored front-matter key "eleventyComputed"'],
    ]);
    const page = await pageOf("front-matter.txt");
    expect(text(page.querySelector("h1"))).toBe("Council approves the new library");
    expect(text(page.querySelector("article .meta"))).toBe("Town Crier · Local · 2 April 2025 · 1 min read");
    expect(page.querySelector("article time")?.getAttribute("datetime")).toBe("2025-04-02");
    expect(paragraphTexts(page)).toHaveLength(2);
  });

  it("takes the section from the seed's folder, and keeps single-newline paragraphs apart", async () => {
    const page = await pageOf("business/section-from-folder.txt");
    expect(text(page.querySelector("article .meta"))).toBe("Source not stated · Business · Date not stated · 1 min read");
    expect(paragraphTexts(page)).toHaveLength(2);
  });

  it("gives two seeds with one headline two URLs, and publishes a byte-identical copy once", async () => {
    expect(bySeed("same-headline-a.txt").url).not.toBe(bySeed("same-headline-b.txt").url);
    const duplicate = bySeed("wire-twin.txt");
    expect(duplicate.status).toBe("duplicate");
    expect(duplicate.url).toBe(bySeed("wire-hard-wrapped.txt").url);
  });

  it("gives a seed without a headline line one from its first sentence, and a warning", async () => {
    const entry = bySeed("single-line.txt");
    expect(entry.status).toBe("warning");
    expect(entry.title).toBe("A seed that is one long line of text with no headline of its own, as scrapes of some sites are.");
    expect(paragraphTexts(await pageOf("single-line.txt"))).toHaveLength(1);
  });

  it("keeps a Hindi headline readable in its URL", async () => {
    const entry = bySeed("hindi.txt");
    expect(decodeURI(entry.url ?? "")).toMatch(/^\/articles\/मानसून-ने-केरल-में-दस्तक-दी-[0-9a-f]{6}\/$/);
    expect((await pageOf("hindi.txt")).documentElement.getAttribute("lang")).toBe("hi");
  });
});

describe("the home page and the report", () => {
  it("lists every article once, each linking to its page, and a near-copy under the article it copies", async () => {
    const report = await build.report();
    const home = await build.page("/");
    const links = [...home.querySelectorAll(".article-list h2 a")].map((link) => link.getAttribute("href"));
    const published = report.seeds.filter((seed) => (seed.status === "ok" || seed.status === "warning") && seed.repeatOf === null).map((seed) => seed.url);
    const copy = bySeed("near-copy-again.txt");
    expect(copy.repeatOf).toBe(bySeed("near-copy-first.txt").url);
    const entry = home.querySelector(`.article-list h2 a[href="${copy.repeatOf}"]`)?.closest("li");
    expect([...(entry?.querySelectorAll(".copies a") ?? [])].map((link) => link.getAttribute("href"))).toEqual([copy.url]);
    expect([...links].sort()).toEqual([...published].sort());
    expect(new Set(links).size).toBe(links.length);
  });

  it("accounts for every seed, and its totals add up", async () => {
    const { seeds: entries, totals } = await build.report();
    expect(entries).toHaveLength(15);
    expect(totals.seeds).toBe(15);
    expect(totals.ok + totals.warning + totals.duplicate + totals.error).toBe(totals.seeds);
    expect(totals.duplicate).toBe(1);
    expect(totals.error).toBe(0);
  });

  it("prints problems like a compiler: file:line:column: severity: message [rule]", () => {
    expect(build.stderr).toContain(`${join(seeds, realSeed)}:36:1: warning: removed site furniture "MoreLess" [boilerplate]`);
  });
});
