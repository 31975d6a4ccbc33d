import { describe, expect, it } from "vitest";
import {
  dateOrder,
  facets,
  highlightWords,
  isActive,
  matchedParagraph,
  mergeSearches,
  readState,
  resultLink,
  searchOptions,
  shortFacetLength,
  shownValues,
  sumCounts,
  writeState,
} from "../../content/assets/search-state.js";
import { topicFacets, topicKindNames, topicKinds } from "../../scripts/convert/topics/kinds.ts";

const empty = { source: [], section: [], year: [], person: [], organisation: [], place: [] };

describe("the search page's state", () => {
  it("reads the query, facets and sort from the URL, ignoring what it does not know", () => {
    expect(readState("?q=+steel+porcupine+&source=Live+Mint&source=Reuters&year=2025&person=Mark+Rutte&sort=newest&page=3")).toEqual({
      query: "steel porcupine",
      filters: { ...empty, source: ["Live Mint", "Reuters"], year: ["2025"], person: ["Mark Rutte"] },
      sort: "newest",
    });
    expect(readState("")).toEqual({ query: "", filters: empty, sort: "relevance" });
    expect(readState("?sort=oldest").sort).toBe("relevance");
  });

  it("writes a URL that restores the same state", () => {
    const state = {
      query: '"steel porcupine"',
      filters: { ...empty, source: ["Live Mint"], section: ["Politics"], place: ["The Hague"] },
      sort: "newest" as const,
    };
    const url = writeState(state);
    expect(url).toBe("?q=%22steel+porcupine%22&source=Live+Mint&section=Politics&place=The+Hague&sort=newest");
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

describe("the values a facet shows", () => {
  it("shows every source, section and year: A–Z, and the newest year first", () => {
    expect(shownValues("source", ["Reuters", "BBC", "Live Mint"], {}, [])).toEqual(["BBC", "Live Mint", "Reuters"]);
    expect(shownValues("year", ["2023", "2025", "2024"], {}, [])).toEqual(["2025", "2024", "2023"]);
  });

  it("shows the chosen people first, then the most frequent in the results, up to a few, leaving out those with none", () => {
    const names = Array.from({ length: 30 }, (_, index) => `Person ${String(index).padStart(2, "0")}`);
    const counts = Object.fromEntries(names.map((name, index) => [name, index % 3 === 0 ? 0 : index]));
    const shown = shownValues("person", names, counts, ["Person 03"]);
    expect(shown).toHaveLength(shortFacetLength);
    expect(shown[0]).toBe("Person 03");
    expect(shown.slice(1)).toEqual(["Person 29", "Person 28", "Person 26", "Person 25", "Person 23", "Person 22", "Person 20", "Person 19", "Person 17"]);
  });

  it("breaks ties in frequency A–Z, and drops a chosen value the index no longer has", () => {
    expect(shownValues("place", ["Oslo", "Bergen", "Tromsø"], { Oslo: 2, Bergen: 2, Tromsø: 5 }, ["Gone"])).toEqual(["Tromsø", "Bergen", "Oslo"]);
  });

  it("counts a value named like an object's own property only by its own count", () => {
    expect(shownValues("place", ["constructor", "toString", "Oslo"], { Oslo: 1 }, [])).toEqual(["Oslo"]);
    expect(shownValues("place", ["constructor", "Oslo"], { constructor: 4, Oslo: 1 }, [])).toEqual(["constructor", "Oslo"]);
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

describe("mergeSearches", () => {
  /** A result whose data is loaded on demand, as Pagefind's is; `loaded` records which were. */
  const loaded: string[] = [];
  const found = (id: string, score: number, date: string) => ({
    score,
    data: async () => {
      loaded.push(id);
      return { id, meta: { title: id, date } };
    },
  });
  // Two segments of the index, listed newest articles first; each segment's results come newest first when sorted so.
  const newer = {
    results: [found("n1", 0.4, "3 March 2024"), found("n2", 0.9, "Date not stated")],
    filters: { source: { Wire: 2 } },
    totalFilters: { source: { Wire: 2, Mint: 1 } },
  };
  const older = {
    results: [found("o1", 0.7, "12 May 2024"), found("o2", 0.4, "1 January 2019"), found("o3", 0.1, "Date not stated")],
    filters: { source: { Wire: 1, Mint: 1 } },
    totalFilters: { source: { Wire: 1 } },
  };
  const ids = (data: { id: string }[]) => data.map((each) => each.id);

  it("orders by score across the segments, the newer segment first among equal scores", async () => {
    const merged = mergeSearches([newer, older], "relevance");
    expect(merged.count).toBe(5);
    expect(ids(await merged.next(3))).toEqual(["n2", "o1", "n1"]);
    expect(ids(await merged.next(10))).toEqual(["o2", "o3"]);
    expect(ids(await merged.next(10))).toEqual([]);
  });

  it("sorted newest first, merges the segments by date, undated articles last, loading only what it must", async () => {
    loaded.length = 0;
    const merged = mergeSearches([newer, older], "newest");
    expect(ids(await merged.next(2))).toEqual(["o1", "n1"]);
    // The two shown, and each segment's next result, to know which comes next.
    expect([...loaded].sort()).toEqual(["n1", "n2", "o1", "o2"]);
    expect(ids(await merged.next(10))).toEqual(["o2", "n2", "o3"]);
  });

  it("adds up the facet counts of every segment", () => {
    const merged = mergeSearches([newer, older], "relevance");
    expect(merged.filters).toEqual({ source: { Wire: 3, Mint: 1 } });
    expect(merged.totalFilters).toEqual({ source: { Wire: 3, Mint: 1 } });
  });
});

describe("dateOrder", () => {
  it("orders the dates the article pages show, newest largest, undated below every date", () => {
    const order = (date: string) => dateOrder({ meta: { date } });
    expect(order("2 April 2025")).toBeGreaterThan(order("31 March 2025"));
    expect(order("1 January 2025")).toBeGreaterThan(order("31 December 2024"));
    expect(order("1 January 1900")).toBeGreaterThan(order("Date not stated"));
    expect(dateOrder({ meta: {} })).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe("sumCounts", () => {
  it("adds up the counts of each facet's values, a part without counts adding nothing", () => {
    expect(sumCounts([{ year: { "2024": 2 } }, undefined, { year: { "2024": 1, "2023": 4 }, place: { Kyiv: 1 } }])).toEqual({
      year: { "2024": 3, "2023": 4 },
      place: { Kyiv: 1 },
    });
  });

  it("adds up values named like an object's own properties as any other value", () => {
    const parts = JSON.parse('[{ "source": { "__proto__": 2, "constructor": 1 } }, { "source": { "__proto__": 1, "constructor": 5 } }]');
    const sums = sumCounts(parts);
    expect(Object.entries(sums.source ?? {})).toEqual([
      ["__proto__", 3],
      ["constructor", 6],
    ]);
  });
});

describe("the facets the search page offers", () => {
  it("name each kind of topic as the site does, with the facet its pages fill", () => {
    for (const kind of topicKinds) expect(facets).toContainEqual([topicFacets[kind], topicKindNames[kind]]);
  });
});
