import { describe, expect, it } from "vitest";
import { navigation } from "../../scripts/site/navigation.ts";

const current = (pageUrl: string) => navigation(pageUrl).flatMap((item) => (item.current ? [item.label] : []));

describe("navigation", () => {
  it("lists the site's sections in order, each at its address", () => {
    expect(navigation("/").map((item) => `${item.label} ${item.url}`)).toEqual([
      "Latest /",
      "Sources /sources/",
      "Sections /sections/",
      "Archive /archive/",
      "Topics /topics/",
      "Search /search/",
      "About /about/",
    ]);
  });

  it("marks the page the reader is on, and the section a page is below", () => {
    expect(current("/")).toEqual(["Latest"]);
    expect(current("/sources/")).toEqual(["Sources"]);
    expect(current("/sources/live-mint/page/2/")).toEqual(["Sources"]);
    expect(current("/topics/people/mark-rutte/")).toEqual(["Topics"]);
  });

  it("marks nothing on a page outside every section, such as an article or the home list's later pages", () => {
    expect(current("/articles/nato-chief-urges-europe-e4c07a/")).toEqual([]);
    expect(current("/page/2/")).toEqual([]);
  });
});
