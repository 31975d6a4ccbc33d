import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { differingFiles } from "../../scripts/check-site/site-files.ts";
import { searchSegmentFolder } from "../../scripts/site/urls.ts";
import { indexSite, searchSegmentSizes, searchSegments } from "../../scripts/stages/search-index.ts";
import { article } from "./article-item.ts";

describe("searchSegments", () => {
  it("puts the articles' pages in segments as the layout cuts their places in the archive's order, each in a folder named for its first place", () => {
    const articles = ["/articles/a/", "/articles/b/", "/articles/c/", "/articles/d/", "/articles/e/"].map((url, index) => article(url, { entered: index + 1 }));
    expect(searchSegments(articles, 2)).toEqual([
      { folder: "pagefind/segments/1/", pages: ["/articles/a/index.html", "/articles/b/index.html"] },
      { folder: "pagefind/segments/3/", pages: ["/articles/c/index.html", "/articles/d/index.html"] },
      { folder: "pagefind/segments/5/", pages: ["/articles/e/index.html"] },
    ]);
    expect(searchSegments([], 10)).toEqual([]);
  });

  it("leaves the gap of an article withdrawn (or a near-copy) in its own segment, moving no other article, and leaves out a segment of gaps", () => {
    const articles = [1, 2, 4, 7].map((entered) => article(`/articles/${entered}/`, { entered }));
    expect(searchSegments(articles, 2)).toEqual([
      { folder: "pagefind/segments/1/", pages: ["/articles/1/index.html", "/articles/2/index.html"] },
      { folder: "pagefind/segments/3/", pages: ["/articles/4/index.html"] },
      { folder: "pagefind/segments/7/", pages: ["/articles/7/index.html"] },
    ]);
  });

  it("keeps the newest segment, which every new article rewrites, below 64 articles", () => {
    expect(searchSegmentSizes(10_000)).toEqual({ largest: 10_000, smallest: 64 });
    expect(searchSegmentSizes(4)).toEqual({ largest: 4, smallest: 4 });
  });

  it("names a segment's folder by its first article's place alone, so the newest keeps it as it grows", () => {
    expect(searchSegmentFolder({ first: 20_001 })).toBe("pagefind/segments/20001/");
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
  const pages = { "a/index.html": page("harbour tides"), "b/index.html": page("ferry timetable"), "c/index.html": page("harbour ferry") };
  const segments = [
    { folder: "pagefind/segments/1/", pages: ["/a/index.html", "/b/index.html"] },
    { folder: "pagefind/segments/3/", pages: ["/c/index.html"] },
  ];

  it("writes each segment as a Pagefind bundle of its own, and lists them newest articles first", async () => {
    const site = await siteWith(pages);
    let indexed = 0;
    await indexSite(site, segments, (count) => {
      indexed += count;
    });
    expect(indexed).toBe(3);
    expect(JSON.parse(await readFile(join(site, "pagefind/segments.json"), "utf8"))).toEqual({
      segments: ["pagefind/segments/3/", "pagefind/segments/1/"],
    });
    const pageCount = async (folder: string) => JSON.parse(await readFile(join(site, folder, "pagefind-entry.json"), "utf8")).languages.en.page_count;
    expect([await pageCount("pagefind/segments/1/"), await pageCount("pagefind/segments/3/")]).toEqual([2, 1]);
    // The article page's highlighting loads Pagefind's script from pagefind/.
    expect(await readFile(join(site, "pagefind/pagefind-highlight.js"), "utf8")).toContain("highlight");
  });

  it("writes a segment whose articles did not change in the same bytes, whatever the other segments hold", async () => {
    const [one, other] = [await siteWith(pages), await siteWith({ ...pages, "c/index.html": page("lighthouse keeper") })];
    await indexSite(one, segments);
    await indexSite(other, segments);
    expect(await differingFiles(join(one, "pagefind/segments/1"), join(other, "pagefind/segments/1"))).toEqual([]);
    expect(await differingFiles(join(one, "pagefind/segments/3"), join(other, "pagefind/segments/3"))).not.toEqual([]);
  });

  it("says which segment Pagefind failed on, and what it said", async () => {
    const site = await siteWith({ "a/index.html": page("harbour") });
    await expect(
      indexSite(site, [
        { folder: "pagefind/segments/1/", pages: ["/a/index.html"] },
        { folder: "pagefind/segments/2/", pages: [] },
      ]),
    ).rejects.toThrow(/^Pagefind stopped with exit code 1 while indexing segment 2 of 2 \(0 articles\); .*It said:\n.*/s);
  });
});
