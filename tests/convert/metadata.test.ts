import { describe, expect, it } from "vitest";
import { metadata } from "../../scripts/convert/metadata.ts";
import { before } from "./make.ts";

const describeSeed = (text: string, relativePath?: string) => metadata(before("metadata", text, relativePath)).metadata;
const catchAll = "Catch all the Business News on Live Mint. Download The Mint News App to get Daily Market Updates.";
const mintSeed = (frontMatter = "") => `${frontMatter}Sensex Rises\n\nShares rose on Monday.\n\nBusiness NewsMarketsNewsSensex Rises\n\n${catchAll}`;

describe("metadata", () => {
  it("describes a plain seed from its text alone", () => {
    expect(describeSeed("Rutte Urges Europe to Step Up\n\nEurope should do more, he said.", "001.txt")).toEqual({
      title: "Rutte Urges Europe to Step Up",
      displayTitle: undefined,
      description: "Europe should do more, he said.",
      source: undefined,
      section: undefined,
      published: undefined,
      author: undefined,
      originalUrl: undefined,
      keywords: [],
      language: undefined,
      wordCount: 6,
      readingMinutes: 1,
      agencyFeed: false,
    });
  });

  it("takes the section from the seed's folder", () => {
    expect(describeSeed("Headline\n\nBody.", "business/001.txt")?.section).toBe("Business");
    expect(describeSeed("Headline\n\nBody.", "sci-tech/001.txt")?.section).toBe("Sci Tech");
  });

  it("prefers the breadcrumb's section to the folder's, and takes the source from the profile", () => {
    const found = describeSeed(mintSeed(), "business/001.txt");
    expect(found?.section).toBe("Markets");
    expect(found?.source).toBe("Live Mint");
  });

  it("prefers front matter to the breadcrumb", () => {
    const found = describeSeed(
      mintSeed("---\nsection: Opinion\ndate: 2025-04-02\nauthor: Jane Roe\ntags: [sensex]\nurl: https://example.com/a\n---\n"),
      "business/001.txt",
    );
    expect(found).toMatchObject({
      section: "Opinion",
      published: "2025-04-02",
      author: "Jane Roe",
      keywords: ["sensex"],
      originalUrl: "https://example.com/a",
    });
  });

  it("records the agency feed and the ALL-CAPS display title", () => {
    const found = describeSeed(
      `SENSEX RISES\n\nShares rose.\n\nThis article was generated from an automated news agency feed without modifications to text.\n\n${catchAll}`,
    );
    expect(found?.agencyFeed).toBe(true);
    expect(found?.displayTitle).toBe("Sensex Rises");
  });

  it("counts words and reading minutes at 230 words a minute", () => {
    const found = describeSeed(`Headline\n\n${"word ".repeat(700)}\n\n${"more ".repeat(100)}`);
    expect(found?.wordCount).toBe(800);
    expect(found?.readingMinutes).toBe(3);
  });

  it("guesses the language of a long enough body", () => {
    const found = describeSeed("Headline\n\nThe government said on Tuesday that it would raise the tax on imported steel by ten percent.");
    expect(found?.language).toBe("en");
  });

  it("cuts the description at a word boundary, with an ellipsis", () => {
    const paragraph =
      "The quick brown fox jumps over the lazy dog and keeps on running through the wide field, past the old barn, over the hill, and far, far away into the distant horizon forever.";
    expect(describeSeed(`Headline\n\n${paragraph}\n\nSecond.`)?.description).toBe(
      "The quick brown fox jumps over the lazy dog and keeps on running through the wide field, past the old barn, over the hill, and far, far away into the distant…",
    );
  });
});
