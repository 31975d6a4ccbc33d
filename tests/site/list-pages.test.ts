import { describe, expect, it } from "vitest";
import { type ArticleItem, newestFirst } from "../../scripts/site/collections.ts";
import { type ListPage, listPages, type PageLink, pageLinks, paginate } from "../../scripts/site/list-pages.ts";
import { article } from "./article-item.ts";

const urlOf = (number: number) => `/x/page/${number}/`;
/** `[5]` is the current page, `…` a gap. */
const shape = (links: PageLink[]) => links.map((link) => ("gap" in link ? "…" : link.current ? `[${link.label}]` : link.label));
const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe("pageLinks", () => {
  it("leads from the front page to the newest numbered pages and the oldest", () => {
    expect(pageLinks(undefined, 1, urlOf, "/x/")).toEqual([
      { label: "Latest", description: "Latest articles", url: "/x/", current: true },
      { label: "1", description: "Page 1", url: "/x/page/1/", current: false },
    ]);
    expect(shape(pageLinks(undefined, 20, urlOf, "/x/"))).toEqual(["[Latest]", "20", "19", "18", "…", "1"]);
  });

  it("shows a numbered page two either side of itself, the front page and the oldest, with gaps between", () => {
    expect(shape(pageLinks(10, 20, urlOf, "/x/"))).toEqual(["Latest", "…", "12", "11", "[10]", "9", "8", "…", "1"]);
    expect(shape(pageLinks(1, 20, urlOf, "/x/"))).toEqual(["Latest", "…", "3", "2", "[1]"]);
    expect(shape(pageLinks(20, 20, urlOf, "/x/"))).toEqual(["Latest", "[20]", "19", "18", "…", "1"]);
    expect(shape(pageLinks(3, 4, urlOf, "/x/"))).toEqual(["Latest", "4", "[3]", "2", "1"]);
  });

  it("gives a numbered page the same links however many newer pages follow it", () => {
    for (const last of [15, 16, 40, 900]) expect(pageLinks(10, last, urlOf, "/x/")).toEqual(pageLinks(10, 14, urlOf, "/x/"));
  });
});

describe("paginate", () => {
  const list = (count: number) => ({ kind: "source" as const, title: "Live Mint", url: "/x/", items: numbers(count).reverse() });
  const pagesOf = (count: number) => paginate(list(count)).map((page) => [page.url, page.items.length, page.items[0], page.items.at(-1)]);

  it("numbers full pages from the oldest, and shows the rest and the newest full page on the front page", () => {
    expect(pagesOf(120)).toEqual([
      ["/x/", 70, 120, 51],
      ["/x/page/1/", 50, 50, 1],
    ]);
    expect(pagesOf(150)).toEqual([
      ["/x/", 50, 150, 101],
      ["/x/page/1/", 50, 50, 1],
      ["/x/page/2/", 50, 100, 51],
    ]);
  });

  it("keeps every numbered page's articles as the list grows", () => {
    const pages = (count: number) => new Map(paginate(list(count)).flatMap((page) => (page.number ? [[page.url, page.items]] : [])));
    for (let count = 100; count < 260; count++) {
      const before = pages(count);
      for (const [url, items] of pages(count + 1)) if (before.has(url)) expect(items).toEqual(before.get(url));
    }
  });

  it("puts a list of fewer than two pages' worth on its front page alone", () => {
    expect(pagesOf(0)).toEqual([["/x/", 0, undefined, undefined]]);
    expect(pagesOf(99)).toEqual([["/x/", 99, 99, 1]]);
  });

  it("titles a list by its name, its numbered pages by their number too, and gives the total to the front page only", () => {
    // A numbered page that held the total would change with every article added to the list.
    const pages = paginate(list(160));
    expect(pages.map((page) => [page.pageTitle, page.number, page.total])).toEqual([
      ["Live Mint", undefined, 160],
      ["Live Mint, page 1", 1, undefined],
      ["Live Mint, page 2", 2, undefined],
    ]);
    expect(paginate({ ...list(10), kind: "home", title: "Articles" })[0]?.pageTitle).toBeUndefined();
  });
});

describe("listPages", () => {
  const summary = (pages: ListPage<ArticleItem>[]) =>
    pages.map((page) => ({ kind: page.kind, title: page.title, url: page.url, parent: page.parent, urls: page.items.map((item) => item.url) }));

  it("makes the home page, each source, each section, and each year and month", () => {
    const articles = newestFirst([
      article("/april/", { source: "Live Mint", section: "Politics", published: "2025-04-02" }),
      article("/march/", { source: "Live Mint", published: "2025-03-10" }),
      article("/december/", { section: "Business", published: "2024-12-31" }),
      article("/undated/"),
    ]);
    const sources = { title: "Sources", url: "/sources/" };
    const sections = { title: "Sections", url: "/sections/" };
    const archive = { title: "Archive", url: "/archive/" };
    expect(summary(listPages(articles))).toEqual([
      { kind: "home", title: "Articles", url: "/", parent: undefined, urls: ["/undated/", "/april/", "/march/", "/december/"] },
      { kind: "source", title: "Live Mint", url: "/sources/live-mint/", parent: sources, urls: ["/april/", "/march/"] },
      { kind: "source", title: "Source not stated", url: "/sources/not-stated/", parent: sources, urls: ["/undated/", "/december/"] },
      { kind: "section", title: "Business", url: "/sections/business/", parent: sections, urls: ["/december/"] },
      { kind: "section", title: "Politics", url: "/sections/politics/", parent: sections, urls: ["/april/"] },
      { kind: "section", title: "Section not stated", url: "/sections/not-stated/", parent: sections, urls: ["/undated/", "/march/"] },
      { kind: "year", title: "2025", url: "/archive/2025/", parent: archive, urls: ["/april/", "/march/"] },
      { kind: "month", title: "April 2025", url: "/archive/2025/04/", parent: { title: "2025", url: "/archive/2025/" }, urls: ["/april/"] },
      { kind: "month", title: "March 2025", url: "/archive/2025/03/", parent: { title: "2025", url: "/archive/2025/" }, urls: ["/march/"] },
      { kind: "year", title: "2024", url: "/archive/2024/", parent: archive, urls: ["/december/"] },
      { kind: "month", title: "December 2024", url: "/archive/2024/12/", parent: { title: "2024", url: "/archive/2024/" }, urls: ["/december/"] },
    ]);
  });

  it("pages 160 articles onto the home page and numbered pages 1–2, the first holding the oldest", () => {
    const articles = newestFirst(numbers(160).map((number) => article(`/articles/${String(number).padStart(3, "0")}/`, { source: "Live Mint" })));
    const home = listPages(articles).filter((page) => page.kind === "home");
    expect(home.map((page) => [page.url, page.number, page.items.length])).toEqual([
      ["/", undefined, 60],
      ["/page/1/", 1, 50],
      ["/page/2/", 2, 50],
    ]);
    expect(home[1]?.items.at(-1)?.url).toBe("/articles/001/");
  });

  it("has only the home page, with no items, for an empty archive", () => {
    expect(summary(listPages([]))).toEqual([{ kind: "home", title: "Articles", url: "/", parent: undefined, urls: [] }]);
  });
});
