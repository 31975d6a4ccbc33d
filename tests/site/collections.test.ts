import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { archiveYears, datedCount } from "../../scripts/site/archive.ts";
import { type ArticleItem, articlesAt, feedUpdated, neighbours, newestFirst, sitemapParts, sitePages } from "../../scripts/site/collections.ts";
import { groupSlug, groupsBy } from "../../scripts/site/groups.ts";
import { article } from "./article-item.ts";

const urls = (items: ArticleItem[]) => items.map((item) => item.url);

describe("newestFirst", () => {
  it("puts dated articles by date, and an undated one where it entered: after the newest date that entered before it", () => {
    const items = [
      article("/undated-first/"),
      article("/old/", { published: "2024-12-31" }),
      article("/morning/", { published: "2025-04-02T09:30:00+01:00" }),
      article("/undated-later/"),
      article("/day/", { published: "2025-04-02" }),
      article("/older/", { published: "2020-01-01" }),
    ];
    expect(urls(newestFirst(items))).toEqual(["/undated-later/", "/morning/", "/day/", "/old/", "/older/", "/undated-first/"]);
  });

  it("breaks ties by entry, the later first, whatever order the articles come in", () => {
    const first = article("/b/", { title: "Zulu", published: "2025-04-02" });
    const second = article("/a/", { title: "Alpha", published: "2025-04-02" });
    const third = article("/c/", { title: "Bravo" });
    const expected = ["/c/", "/a/", "/b/"];
    expect(urls(newestFirst([first, second, third]))).toEqual(expected);
    expect(urls(newestFirst([third, first, second]))).toEqual(expected);
  });

  test.prop([
    fc.array(fc.option(fc.date({ min: new Date("2000-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }), { nil: undefined }), { maxLength: 30 }),
  ])("never moves an article already listed when another enters, and puts a new undated one first", (dates) => {
    const items = dates.map((date, index) => article(`/${index}/`, { entered: index + 1, published: date?.toISOString().slice(0, 10) }));
    for (let count = 0; count < items.length; count++) {
      const before = urls(newestFirst(items.slice(0, count)));
      const after = urls(newestFirst(items.slice(0, count + 1)));
      expect(after.filter((url) => url !== `/${count}/`)).toEqual(before);
      if (dates[count] === undefined) expect(after[0]).toBe(`/${count}/`);
    }
  });

  it("leaves the list it was given as it was", () => {
    const items = [article("/old/", { published: "2024-01-01" }), article("/new/", { published: "2025-01-01" })];
    newestFirst(items);
    expect(urls(items)).toEqual(["/old/", "/new/"]);
  });

  // Compared as text, a later instant written with a larger offset would sort as older.
  it("orders date-times with different offsets by the instant they name", () => {
    const items = [article("/earlier/", { published: "2025-04-02T00:30:00+05:00" }), article("/later/", { published: "2025-04-01T20:00:00Z" })];
    expect(urls(newestFirst(items))).toEqual(["/later/", "/earlier/"]);
  });
});

describe("groupSlug", () => {
  it("makes URL words of a name, and `not-stated` of none", () => {
    expect(groupSlug("Live Mint")).toBe("live-mint");
    expect(groupSlug("Économie & Société")).toBe("economie-and-societe");
    expect(groupSlug("दैनिक भास्कर")).toBe("दैनिक-भास्कर");
    expect(groupSlug(undefined)).toBe("not-stated");
  });
});

describe("groupsBy", () => {
  const items = newestFirst([
    article("/mint-new/", { source: "Live Mint", section: "Politics", published: "2025-04-02" }),
    article("/none-new/", { section: "Politics", published: "2025-03-01" }),
    article("/mint-old/", { source: "Live Mint", published: "2024-01-01" }),
    article("/eco/", { source: "Économie", section: "Business", published: "2024-06-01" }),
    article("/herald/", { source: "Deccan Herald", published: "2023-05-05" }),
    article("/hindi/", { source: "दैनिक भास्कर" }),
    article("/none-undated/"),
  ]);
  const summary = (field: "source" | "section") =>
    groupsBy(items, field).map((group) => ({ name: group.name, slug: group.slug, unstated: group.unstated, urls: urls(group.items) }));

  it("lists sources A–Z, the unstated group last, each keeping the newest-first order", () => {
    expect(summary("source")).toEqual([
      { name: "Deccan Herald", slug: "deccan-herald", unstated: false, urls: ["/herald/"] },
      { name: "Économie", slug: "economie", unstated: false, urls: ["/eco/"] },
      { name: "Live Mint", slug: "live-mint", unstated: false, urls: ["/mint-new/", "/mint-old/"] },
      { name: "दैनिक भास्कर", slug: "दैनिक-भास्कर", unstated: false, urls: ["/hindi/"] },
      // Undated articles that entered the archive last stand before every date.
      { name: "Source not stated", slug: "not-stated", unstated: true, urls: ["/none-undated/", "/none-new/"] },
    ]);
  });

  it("names the group of articles without a section “Section not stated”", () => {
    expect(summary("section")).toEqual([
      { name: "Business", slug: "business", unstated: false, urls: ["/eco/"] },
      { name: "Politics", slug: "politics", unstated: false, urls: ["/mint-new/", "/none-new/"] },
      { name: "Section not stated", slug: "not-stated", unstated: true, urls: ["/none-undated/", "/hindi/", "/mint-old/", "/herald/"] },
    ]);
  });

  // A name with no letters or digits has no URL words of its own.
  it("keeps a source whose name has no word characters apart from the unstated group", () => {
    const groups = groupsBy([article("/emoji/", { source: "📰" }), article("/none/")], "source");
    expect(groups.map((group) => ({ name: group.name, unstated: group.unstated, urls: urls(group.items) }))).toEqual([
      { name: "📰", unstated: false, urls: ["/emoji/"] },
      { name: "Source not stated", unstated: true, urls: ["/none/"] },
    ]);
    expect(new Set(groups.map((group) => group.slug)).size).toBe(2);
  });

  // A source named "Not stated" would otherwise take the unstated group's slug.
  it("keeps a source named “Not stated” apart from the unstated group", () => {
    const groups = groupsBy([article("/none/"), article("/named/", { source: "Not stated" })], "source");
    expect(groups.map((group) => ({ name: group.name, unstated: group.unstated, urls: urls(group.items) }))).toEqual([
      { name: "Not stated", unstated: false, urls: ["/named/"] },
      { name: "Source not stated", unstated: true, urls: ["/none/"] },
    ]);
  });
});

describe("archiveYears", () => {
  const items = [
    article("/undated/"),
    article("/dec/", { published: "2024-12-31" }),
    article("/apr-morning/", { published: "2025-04-02T09:30:00+01:00" }),
    article("/jan/", { published: "2025-01-15" }),
    article("/apr-end/", { published: "2025-04-30" }),
    // 30 April in UTC, but the source states 1 May, which is the day the page shows.
    article("/may-first/", { published: "2025-05-01T00:30:00+02:00" }),
  ];
  const summary = (list: ArticleItem[]) =>
    archiveYears(list).map((year) => ({
      year: year.year,
      page: year.url,
      urls: urls(year.items),
      months: year.months.map((month) => ({ key: month.key, name: month.name, page: month.url, urls: urls(month.items) })),
    }));

  it("groups dated articles by year and month, newest first, and leaves undated ones out", () => {
    expect(summary(items)).toEqual([
      {
        year: "2025",
        page: "/archive/2025/",
        urls: ["/may-first/", "/apr-end/", "/apr-morning/", "/jan/"],
        months: [
          { key: "2025-05", name: "May 2025", page: "/archive/2025/05/", urls: ["/may-first/"] },
          { key: "2025-04", name: "April 2025", page: "/archive/2025/04/", urls: ["/apr-end/", "/apr-morning/"] },
          { key: "2025-01", name: "January 2025", page: "/archive/2025/01/", urls: ["/jan/"] },
        ],
      },
      {
        year: "2024",
        page: "/archive/2024/",
        urls: ["/dec/"],
        months: [{ key: "2024-12", name: "December 2024", page: "/archive/2024/12/", urls: ["/dec/"] }],
      },
    ]);
  });

  it("has no years when no article is dated", () => {
    expect(archiveYears([article("/a/"), article("/b/")])).toEqual([]);
  });

  it("counts the dated articles", () => {
    expect(datedCount(archiveYears(items))).toBe(5);
    expect(datedCount(archiveYears([article("/a/")]))).toBe(0);
  });
});

describe("neighbours", () => {
  const [first, middle, last] = [article("/first/"), article("/middle/"), article("/last/")];
  const list = [first, middle, last];

  it("gives the articles before and after by position", () => {
    expect(neighbours(list, "/middle/")).toEqual({ previous: first, next: last });
    expect(neighbours(list, "/first/")).toEqual({ next: middle });
    expect(neighbours(list, "/last/")).toEqual({ previous: middle });
  });

  it("gives nothing for a URL not in the list", () => {
    expect(neighbours(list, "/elsewhere/")).toStrictEqual({});
  });

  it("reads each list on its own", () => {
    expect(neighbours([last, middle, first], "/last/")).toEqual({ next: middle });
    expect(neighbours(list, "/last/")).toEqual({ previous: middle });
  });
});

describe("feedUpdated", () => {
  it("is the newest stated date, as RFC 3339 in UTC", () => {
    expect(feedUpdated([article("/a/", { published: "2024-12-31" }), article("/b/", { published: "2025-04-02T09:30:00+01:00" }), article("/c/")])).toBe(
      "2025-04-02T08:30:00Z",
    );
    expect(feedUpdated([article("/a/", { published: "2025-04-02" }), article("/b/", { published: "2024-12-31" })])).toBe("2025-04-02T00:00:00Z");
  });

  it("is the start of the Unix epoch when no article is dated", () => {
    expect(feedUpdated([article("/a/"), article("/b/")])).toBe("1970-01-01T00:00:00Z");
    expect(feedUpdated([])).toBe("1970-01-01T00:00:00Z");
  });

  // Compared as text, offsets would mislead the choice of the newest date.
  it("picks the newest instant when dates are written with different offsets", () => {
    expect(feedUpdated([article("/a/", { published: "2025-04-02T00:30:00+05:00" }), article("/b/", { published: "2025-04-01T20:00:00Z" })])).toBe(
      "2025-04-01T20:00:00Z",
    );
  });

  it("finds the newest of more dated articles than a function may take arguments", () => {
    const many = Array.from({ length: 200_000 }, (_, index) => article(`/a${index}/`, { published: index === 123_456 ? "2030-01-02" : "2020-01-01" }));
    expect(feedUpdated(many)).toBe("2030-01-02T00:00:00Z");
  });
});

describe("articlesAt", () => {
  const [first, middle, last] = [article("/first/"), article("/middle/"), article("/last/")];
  const list = [first, middle, last];

  it("gives the articles at the URLs in the order of the URLs", () => {
    expect(articlesAt(list, ["/last/", "/first/"])).toEqual([last, first]);
  });

  it("skips URLs no article in the list has", () => {
    expect(articlesAt(list, ["/gone/", "/middle/", "/elsewhere/"])).toEqual([middle]);
    expect(articlesAt(list, [])).toEqual([]);
  });

  it("answers each lookup in the same list from its own URLs", () => {
    expect(articlesAt(list, ["/middle/"])).toEqual([middle]);
    expect(articlesAt(list, ["/last/", "/middle/", "/first/"])).toEqual([last, middle, first]);
  });

  // The index of a list is kept with that list: another list must not be read through it.
  it("reads each list on its own", () => {
    const other = article("/last/", { title: "Another article at the same URL" });
    expect(articlesAt([middle], ["/first/", "/middle/"])).toEqual([middle]);
    expect(articlesAt([other, first], ["/last/", "/first/"])).toEqual([other, first]);
    expect(articlesAt(list, ["/last/"])).toEqual([last]);
  });
});

describe("sitePages", () => {
  const pages = [{ url: "/search/" }, { url: "/about/" }];
  const articles = [article("/articles/b/"), article("/articles/a/")];

  it("lists the site's own pages in URL order, and no article even when Eleventy's pages hold it", () => {
    expect(sitePages([...pages, articles[0] as ArticleItem], articles)).toEqual([{ url: "/about/" }, { url: "/search/" }]);
  });
});

describe("sitemapParts", () => {
  const parts = (items: ArticleItem[]) => sitemapParts(items, 2).map((part) => [part.url, urls(part.articles)]);

  it("fills each part with a stretch of the order articles entered the archive, each in URL order", () => {
    const items = [article("/d/", { entered: 1 }), article("/c/", { entered: 2 }), article("/b/", { entered: 3 }), article("/a/", { entered: 5 })];
    expect(parts(items)).toEqual([
      ["/sitemaps/articles-1.xml", ["/c/", "/d/"]],
      ["/sitemaps/articles-2.xml", ["/b/"]],
      ["/sitemaps/articles-3.xml", ["/a/"]],
    ]);
  });

  it("changes only the newest part when an article enters, and only its own when one leaves", () => {
    const items = [1, 2, 3, 4, 5].map((entered) => article(`/${entered}/`, { entered }));
    const before = parts(items);
    expect(parts([...items, article("/6/", { entered: 6 })]).slice(0, 2)).toEqual(before.slice(0, 2));
    expect(parts(items.filter((item) => item.url !== "/2/"))).toEqual([["/sitemaps/articles-1.xml", ["/1/"]], ...before.slice(1)]);
  });
});
