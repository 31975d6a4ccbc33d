import { describe, expect, it } from "vitest";
import { highlightWords, isActive, matchedParagraph, readState, resultLink, searchOptions, writeState } from "../../content/assets/search-state.js";

const empty = { source: [], section: [], year: [] };

describe("the search page's state", () => {
  it("reads the query, facets and sort from the URL, ignoring what it does not know", () => {
    expect(readState("?q=+steel+porcupine+&source=Live+Mint&source=Reuters&year=2025&sort=newest&page=3")).toEqual({
      query: "steel porcupine",
      filters: { source: ["Live Mint", "Reuters"], section: [], year: ["2025"] },
      sort: "newest",
    });
    expect(readState("")).toEqual({ query: "", filters: empty, sort: "relevance" });
    expect(readState("?sort=oldest").sort).toBe("relevance");
  });

  it("writes a URL that restores the same state", () => {
    const state = { query: '"steel porcupine"', filters: { source: ["Live Mint"], section: ["Politics"], year: [] }, sort: "newest" as const };
    const url = writeState(state);
    expect(url).toBe("?q=%22steel+porcupine%22&source=Live+Mint&section=Politics&sort=newest");
    expect(readState(url)).toEqual(state);
    expect(writeState({ query: "", filters: empty, sort: "relevance" })).toBe("");
  });

  it("is active with words or a chosen facet value", () => {
    expect(isActive({ query: "", filters: empty, sort: "relevance" })).toBe(false);
    expect(isActive({ query: "", filters: { ...empty, year: ["2024"] }, sort: "relevance" })).toBe(true);
    expect(isActive({ query: "nato", filters: empty, sort: "relevance" })).toBe(true);
  });

  it("asks Pagefind for any chosen value within a facet, and for the newest first when sorted by date", () => {
    expect(searchOptions({ query: "x", filters: { source: ["A", "B"], section: [], year: ["2025"] }, sort: "newest" })).toEqual({
      filters: { source: { any: ["A", "B"] }, year: { any: ["2025"] } },
      sort: { date: "desc" },
    });
    expect(searchOptions({ query: "x", filters: empty, sort: "relevance" })).toEqual({ filters: {} });
  });
});

describe("a result's link", () => {
  const anchors = [
    { id: "p1", location: 12 },
    { id: "cite-this", location: 30 },
    { id: "p2", location: 40 },
    { id: "p3", location: 90 },
  ];

  it("points at the paragraph of the first match", () => {
    expect(matchedParagraph({ locations: [95, 41], anchors })).toBe("p2");
    expect(matchedParagraph({ locations: [90], anchors })).toBe("p3");
  });

  it("points at no paragraph when the match is in the headline, or there is none", () => {
    expect(matchedParagraph({ locations: [3], anchors })).toBe(undefined);
    expect(matchedParagraph({ locations: [], anchors })).toBe(undefined);
  });

  it("asks the article to highlight each word of the query, quotes dropped", () => {
    expect(highlightWords('"steel porcupine" – NATO')).toEqual(["steel", "porcupine", "NATO"]);
    expect(resultLink("/articles/x/", '"steel porcupine"', "p11")).toBe("/articles/x/?highlight=steel&highlight=porcupine#p11");
    expect(resultLink("/articles/x/", "", undefined)).toBe("/articles/x/");
  });
});
