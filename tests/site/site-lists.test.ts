import { describe, expect, it } from "vitest";
import { siteLists } from "../../scripts/site/site-lists.ts";
import { article } from "./article-item.ts";

const person = { name: "Mark Rutte", slug: "mark-rutte", mentions: 2 };
const items = [
  article("/old/", { title: "Old", published: "2024-01-02", source: "Live Mint", people: [person] }),
  article("/copy/", { title: "Copy", published: "2025-03-01", source: "Wire", repeatOf: "/new/", people: [person] }),
  article("/new/", { title: "New", published: "2025-03-01", source: "Live Mint", section: "Politics", alsoPublishedAs: ["/copy/"], people: [person] }),
];
const urls = (list: { url: string }[]) => list.map((item) => item.url);

describe("siteLists", () => {
  const lists = siteLists(items);

  it("holds every article newest first (of one date, the later to enter first), and lists only one of each set of near-copies", () => {
    expect(urls(lists.everyArticle)).toEqual(["/new/", "/copy/", "/old/"]);
    expect(urls(lists.articles)).toEqual(["/new/", "/old/"]);
  });

  it("groups the listed articles by source, section, year and topic", () => {
    expect(lists.sources.map((group) => [group.name, urls(group.items)])).toEqual([["Live Mint", ["/new/", "/old/"]]]);
    expect(lists.sections.map((group) => [group.name, urls(group.items)])).toEqual([
      ["Politics", ["/new/"]],
      ["Section not stated", ["/old/"]],
    ]);
    expect(lists.years.map((year) => [year.year, urls(year.items)])).toEqual([
      ["2025", ["/new/"]],
      ["2024", ["/old/"]],
    ]);
    expect(lists.topics.people.map((topic) => topic.name)).toEqual(["Mark Rutte"]);
  });

  it("has a page for the home list, each group, year, month and topic", () => {
    expect(lists.pages.map((page) => page.url)).toContain("/");
    expect(lists.pages.map((page) => page.kind).sort()).toEqual(["home", "month", "month", "section", "section", "source", "topic", "year", "year"]);
  });

  it("is frozen, so Eleventy gives every page the same lists instead of a copy each", () => {
    expect(Object.isFrozen(lists)).toBe(true);
  });
});
