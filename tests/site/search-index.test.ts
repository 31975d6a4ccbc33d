import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { searchPartFolder } from "../../scripts/site/urls.ts";
import { indexSite, searchParts } from "../../scripts/stages/search-index.ts";
import { article } from "./article-item.ts";

describe("searchParts", () => {
  it("puts the articles' pages in parts of the size given, in the order given", () => {
    const articles = ["/articles/c/", "/articles/a/", "/articles/b/"].map((url) => article(url));
    expect(searchParts(articles, 2)).toEqual([["/articles/c/index.html", "/articles/a/index.html"], ["/articles/b/index.html"]]);
    expect(searchParts(articles, 10)).toHaveLength(1);
    expect(searchParts([], 10)).toEqual([]);
  });

  it("names the first part's folder pagefind/, where an index of one part has always been", () => {
    expect([1, 2, 3].map(searchPartFolder)).toEqual(["pagefind/", "pagefind-2/", "pagefind-3/"]);
  });
});

describe("indexSite", () => {
  async function siteWith(pages: Record<string, string>): Promise<string> {
    const site = await mkdtemp(join(tmpdir(), "broadsheet-index-"));
    for (const [file, text] of Object.entries(pages)) {
      await mkdir(join(site, file, ".."), { recursive: true });
      await writeFile(join(site, file), text);
    }
    return site;
  }
  const page = (words: string) => `<!doctype html><html lang="en"><body><main data-pagefind-body><h1>${words}</h1></main></body></html>`;

  it("writes each part as a Pagefind bundle of its own, and the list of parts", async () => {
    const site = await siteWith({ "a/index.html": page("harbour tides"), "b/index.html": page("ferry timetable"), "c/index.html": page("harbour ferry") });
    let indexed = 0;
    await indexSite(site, [["/a/index.html", "/b/index.html"], ["/c/index.html"]], (count) => {
      indexed += count;
    });
    expect(indexed).toBe(3);
    expect(JSON.parse(await readFile(join(site, "pagefind/parts.json"), "utf8"))).toEqual({ parts: ["pagefind/", "pagefind-2/"] });
    const pageCount = async (part: string) => JSON.parse(await readFile(join(site, part, "pagefind-entry.json"), "utf8")).languages.en.page_count;
    expect([await pageCount("pagefind/"), await pageCount("pagefind-2/")]).toEqual([2, 1]);
  });

  it("says which part Pagefind failed on, and what it said", async () => {
    const site = await siteWith({ "a/index.html": page("harbour") });
    await expect(indexSite(site, [["/a/index.html"], []])).rejects.toThrow(
      /^Pagefind stopped with exit code 1 while indexing part 2 of 2 \(0 articles\); .*It said:\n.*/s,
    );
  });
});
