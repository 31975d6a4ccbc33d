import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { document } from "../../scripts/convert/document.ts";
import { frontMatterSchema } from "../../scripts/convert/schema.ts";
import { after, before } from "./make.ts";

const seedText = [
  "---",
  "date: 2025-04-02",
  "author: Jane Roe",
  "tags: [nato, 'yes', '2024']",
  "---",
  "NATO: ‘STEP UP’ NOW",
  "",
  "# Rutte & the allies met.",
  "",
  "MoreLess",
  "",
  "Catch all the Business News on Live Mint. Download The Mint News App to get Daily Market Updates.",
].join("\n");

describe("document", () => {
  const written = after("document", seedText, "world/nato.txt").document ?? "";
  const { data, content } = matter(written);

  it("writes front matter that reads back to the same values", () => {
    expect(data).toEqual({
      title: "NATO: ‘STEP UP’ NOW",
      displayTitle: "Nato: ‘Step Up’ Now",
      description: "# Rutte & the allies met.",
      source: "Live Mint",
      section: "World",
      published: "2025-04-02",
      author: "Jane Roe",
      keywords: ["nato", "yes", "2024"],
      wordCount: 4,
      readingMinutes: 1,
      agencyFeed: false,
      // The lexicon knows NATO and Rutte, so the topics hold even in text too short to tell its language.
      people: [{ name: "Mark Rutte", slug: "mark-rutte", mentions: 1 }],
      organizations: [{ name: "NATO", slug: "nato", mentions: 1 }],
      places: [],
      related: [],
      alsoPublishedAs: [],
      // The first article of an archive with no record yet.
      entered: 1,
      seed: {
        file: "world/nato.txt",
        bytes: new TextEncoder().encode(seedText).byteLength,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        encoding: "utf-8",
      },
      furniture: [
        { line: 10, text: "MoreLess", rule: "boilerplate" },
        { line: 12, text: "Catch all the Business News on Live Mint. Download The Mint News App to get Daily Market Updates.", rule: "boilerplate" },
      ],
      permalink: expect.stringMatching(/^\/articles\/nato-step-up-now-[0-9a-f]{6}\/$/),
      layout: "article.njk",
    });
    expect(content).toBe("\\# Rutte \\& the allies met.\n");
  });

  it("writes keys in the schema's order, title first and layout last, and no undefined keys", () => {
    const order = Object.keys(frontMatterSchema.shape);
    expect(Object.keys(data)).toEqual(order.filter((key) => key in data));
    expect(Object.keys(data)[0]).toBe("title");
    expect(Object.keys(data).at(-1)).toBe("layout");
    expect(Object.values(data).filter((value) => value === undefined)).toEqual([]);
    expect(written).not.toMatch(/^(language|originalUrl):/m);
  });

  it("keeps dates as strings", () => {
    expect(typeof data.published).toBe("string");
    expect(written).toContain("published: '2025-04-02'\n");
  });

  it("throws when called on an article that was not converted", () => {
    expect(() => document(before("metadata", "Headline\n\nBody."))).toThrow(
      "document() needs a converted article; seeds/example.txt reached it without metadata, markdown, slug or bytes",
    );
  });
});
