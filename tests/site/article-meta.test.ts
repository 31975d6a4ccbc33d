import { describe, expect, it } from "vitest";
import { articleMeta } from "../../scripts/site/article-meta.ts";

describe("articleMeta", () => {
  it("links a stated source and section to their lists, and writes a stated date readably, with its year for search", () => {
    expect(articleMeta({ source: "Live Mint", section: "Politics", published: "2025-04-02T09:30:00+05:30", readingMinutes: 3 })).toEqual({
      source: { name: "Live Mint", url: "/sources/live-mint/", stated: true },
      section: { name: "Politics", url: "/sections/politics/" },
      date: { text: "2 April 2025", iso: "2025-04-02T09:30:00+05:30", year: "2025" },
      readingMinutes: 3,
    });
  });

  it("says plainly what the source did not state, and links the unstated source's list; it names no section it was not given", () => {
    expect(articleMeta({ readingMinutes: 1 })).toEqual({
      source: { name: "Source not stated", url: "/sources/not-stated/", stated: false },
      date: { text: "Date not stated" },
      readingMinutes: 1,
    });
  });
});
