import { describe, expect, it } from "vitest";
import { type ArticleItem, newestFirst } from "../../scripts/site/collections.ts";
import { type ListPage, listPages, type PageLink, pageLinks, paginate } from "../../scripts/site/list-pages.ts";
import { article } from "./article-item.ts";

const urlOf = (number: number) => (number === 1 ? "/x/" : `/x/page/${number}/`);
/** `[5]` is the current page, `…` a gap. */
const shape = (links: PageLink[]) => links.map((link) => ("gap" in link ? "…" : link.current ? `[${link.number}]` : link.number));
const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe("pageLinks", () => {
  it("links a lone page to itself", () => {
    expect(pageLinks(1, 1, urlOf)).toEqual([{ number: 1, url: "/x/", current: true }]);
  });

  it("shows the first, the last and two either side of the current page, with gaps between", () => {
    expect(pageLinks(5, 20, urlOf)).toEqual([
      { number: 1, url: "/x/", current: false },
      { gap: true },
      { number: 3, url: "/x/page/3/", current: false },
      { number: 4, url: "/x/page/4/", current: false },
      { number: 5, url: "/x/page/5/", current: true },
      { number: 6, url: "/x/page/6/", current: false },
      { number: 7, url: "/x/page/7/", current: false },
      { gap: true },
      { number: 20, url: "/x/page/20/", current: false },
    ]);
    expect(shape(pageLinks(1, 20, urlOf))).toEqual(["[1]", 2, 3, "…", 20]);
    expect(shape(pageLinks(20, 20, urlOf))).toEqual([1, "…", 18, 19, "[20]"]);
  });

  it("puts no gap between adjacent numbers", () => {
    expect(shape(pageLinks(4, 20, urlOf))).toEqual([1, 2, 3, "[4]", 5, 6, "…", 20]);
    expect(shape(pageLinks(4, 7, urlOf))).toEqual([1, 2, 3, "[4]", 5, 6, 7]);
    expect(shape(pageLinks(2, 3, urlOf))).toEqual([1, "[2]", 3]);
  });
});

describe("paginate", () => {
  const list = (count: number) => ({ kind: "home" as const, title: "Latest articles", url: "/x/", items: numbers(count) });

  it("cuts a list into pages of 50 at `/x/`, `/x/page/2/`, …", () => {
    const pages = paginate(list(120));
    expect(pages.map((page) => [page.url, page.number, page.pageCount, page.total, page.items.length])).toEqual([
      ["/x/", 1, 3, 120, 50],
      ["/x/page/2/", 2, 3, 120, 50],
      ["/x/page/3/", 3, 3, 120, 20],
    ]);
    expect(pages[1]?.items.at(0)).toBe(51);
    expect(pages[2]).toEqual({
      kind: "home",
      title: "Latest articles",
      url: "/x/page/3/",
      number: 3,
      pageCount: 3,
      pageTitle: "Latest articles, page 3",
      total: 120,
      items: numbers(120).slice(100),
      links: [
        { number: 1, url: "/x/", current: false },
        { number: 2, url: "/x/page/2/", current: false },
        { number: 3, url: "/x/page/3/", current: true },
      ],
    });
  });

  it("starts a second page at the 51st item, not the 50th", () => {
    expect(paginate(list(50)).map((page) => page.items.length)).toEqual([50]);
    expect(paginate(list(51)).map((page) => page.items.length)).toEqual([50, 1]);
  });

  it("gives an empty list its one page", () => {
    expect(paginate(list(0))).toEqual([
      {
        kind: "home",
        title: "Latest articles",
        url: "/x/",
        number: 1,
        pageCount: 1,
        pageTitle: undefined,
        total: 0,
        items: [],
        links: [{ number: 1, url: "/x/", current: true }],
      },
    ]);
  });

  it("titles a list by its name, and its later pages by their number too", () => {
    const pages = paginate({ kind: "source", title: "Live Mint", url: "/sources/live-mint/", items: numbers(60) });
    expect(pages.map((page) => page.pageTitle)).toEqual(["Live Mint", "Live Mint, page 2"]);
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
      { kind: "home", title: "Latest articles", url: "/", parent: undefined, urls: ["/april/", "/march/", "/december/", "/undated/"] },
      { kind: "source", title: "Live Mint", url: "/sources/live-mint/", parent: sources, urls: ["/april/", "/march/"] },
      { kind: "source", title: "Source not stated", url: "/sources/not-stated/", parent: sources, urls: ["/december/", "/undated/"] },
      { kind: "section", title: "Business", url: "/sections/business/", parent: sections, urls: ["/december/"] },
      { kind: "section", title: "Politics", url: "/sections/politics/", parent: sections, urls: ["/april/"] },
      { kind: "section", title: "Section not stated", url: "/sections/not-stated/", parent: sections, urls: ["/march/", "/undated/"] },
      { kind: "year", title: "2025", url: "/archive/2025/", parent: archive, urls: ["/april/", "/march/"] },
      { kind: "month", title: "April 2025", url: "/archive/2025/04/", parent: { title: "2025", url: "/archive/2025/" }, urls: ["/april/"] },
      { kind: "month", title: "March 2025", url: "/archive/2025/03/", parent: { title: "2025", url: "/archive/2025/" }, urls: ["/march/"] },
      { kind: "year", title: "2024", url: "/archive/2024/", parent: archive, urls: ["/december/"] },
      { kind: "month", title: "December 2024", url: "/archive/2024/12/", parent: { title: "2024", url: "/archive/2024/" }, urls: ["/december/"] },
    ]);
  });

  it("pages 120 articles onto home pages 1–3", () => {
    const articles = newestFirst(numbers(120).map((number) => article(`/articles/${String(number).padStart(3, "0")}/`, { source: "Live Mint" })));
    const home = listPages(articles).filter((page) => page.kind === "home");
    expect(home.map((page) => [page.url, page.number, page.pageCount, page.items.length])).toEqual([
      ["/", 1, 3, 50],
      ["/page/2/", 2, 3, 50],
      ["/page/3/", 3, 3, 20],
    ]);
    expect(home[2]?.items.at(-1)?.url).toBe("/articles/120/");
  });

  it("has only the home page, with no items, for an empty archive", () => {
    expect(summary(listPages([]))).toEqual([{ kind: "home", title: "Latest articles", url: "/", parent: undefined, urls: [] }]);
  });
});
