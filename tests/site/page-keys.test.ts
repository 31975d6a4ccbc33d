import { describe, expect, it } from "vitest";
import type { FrontMatter } from "../../scripts/convert/schema.ts";
import type { ArticleData } from "../../scripts/site/collections.ts";
import { siteLists } from "../../scripts/site/site-lists.ts";
import { articleFileOf } from "../../scripts/stages/article-files.ts";
import { articlePageKey, listPageKey } from "../../scripts/stages/page-keys.ts";
import { article } from "./article-item.ts";

/** An article file as the lists hold it: its listed fields, its related articles, and the hash of its file (here, of its fields). */
const file = (url: string, data: Partial<ArticleData>, related: string[] = []) => ({ ...article(url, data), related, digest: JSON.stringify(data) });

/** Sixty articles of one source, the first related to the second. */
const archive = (change: (n: number) => Partial<ArticleData> = () => ({})) =>
  Array.from({ length: 60 }, (_, index) =>
    file(
      `/articles/${index + 1}/`,
      { entered: index + 1, source: "Coast Courier", title: `Story ${index + 1}`, ...change(index + 1) },
      index === 0 ? ["/articles/2/"] : [],
    ),
  );

const keys = (files: ReturnType<typeof archive>) => {
  const lists = siteLists(files);
  return new Map([
    ...files.map((item) => [item.url, articlePageKey("v1", lists, item)] as const),
    ...lists.pages.map((list) => [list.url, listPageKey("v1", lists, list)] as const),
  ]);
};

/** The pages whose keys differ between two versions of the archive. */
function changedPages(a: ReturnType<typeof archive>, b: ReturnType<typeof archive>): string[] {
  const [before, after] = [keys(a), keys(b)];
  return [...new Set([...before.keys(), ...after.keys()])].filter((url) => before.get(url) !== after.get(url)).sort();
}

describe("page keys", () => {
  it("change for the pages that show a changed headline, and for no other", () => {
    const changed = changedPages(
      archive(),
      archive((n) => (n === 2 ? { title: "Story two, corrected" } : {})),
    );
    // Its own page, the page that lists it as related, its neighbours (1 and 3), and the lists it is on.
    expect(changed).toEqual(["/", "/articles/1/", "/articles/2/", "/articles/3/", "/sections/not-stated/", "/sources/coast-courier/"]);
  });

  it("leave a list's numbered pages alone when an article is added at its front", () => {
    const grown = [...archive(), file("/articles/61/", { entered: 61, source: "Coast Courier", title: "Story 61" })];
    const changed = changedPages(archive(), grown);
    expect(changed.filter((url) => url.includes("/page/"))).toEqual([]);
    expect(changed).toContain("/");
  });

  it("all change with the site's version", () => {
    const lists = siteLists(archive());
    const [first] = lists.pages;
    if (!first) throw new Error("no list page");
    expect(listPageKey("v1", lists, first)).not.toBe(listPageKey("v2", lists, first));
  });
});

/** An article's front matter with the fields a test does not care about filled in. */
const frontMatter = {
  title: "Harbour reopens",
  description: "",
  wordCount: 1,
  readingMinutes: 1,
  keywords: [],
  agencyFeed: false,
  people: [],
  organizations: [],
  places: [],
  related: [],
  alsoPublishedAs: [],
  entered: 1,
  permalink: "/articles/a/",
  layout: "article.njk",
};

describe("what the search index reads of an article", () => {
  const data = (changes: Partial<FrontMatter>) => ({ ...frontMatter, ...changes }) as FrontMatter;
  const indexed = (changes: Partial<FrontMatter>, body = "One.\n") => articleFileOf("a.md", `---\ntitle: x\n---\n${body}`, data(changes)).indexed;

  it("is the same when only the article's links to others change, and differs when its headline, topics or body do", () => {
    const base = indexed({});
    expect(indexed({ related: ["/articles/b/"], alsoPublishedAs: ["/articles/c/"], entered: 7 })).toBe(base);
    expect(indexed({ title: "Another headline" })).not.toBe(base);
    expect(indexed({ places: [{ name: "Oban", slug: "oban", mentions: 2 }] })).not.toBe(base);
    expect(indexed({}, "Two.\n")).not.toBe(base);
  });
});
