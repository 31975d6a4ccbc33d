import { describe, expect, it } from "vitest";
import type { ArticleData } from "../../scripts/site/collections.ts";
import { siteLists } from "../../scripts/site/site-lists.ts";
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
