import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { furniture } from "../../scripts/convert/furniture.ts";
import { before, diagnostics, reasons } from "./make.ts";

const strip = (text: string | Uint8Array) => furniture(before("furniture", text));

const headline = "NATO Chief Urges Europe to ‘Step Up’ as US Turns Toward Asia";
const disclaimer = "This article was generated from an automated news agency feed without modifications to text.";
const catchAll =
  "Catch all the Business News, Politics news,Breaking NewsEvents andLatest News Updates on Live Mint. Download TheMint News App to get Daily Market Updates.";
const breadcrumb = `Business NewsPoliticsNews${headline}`;

describe("furniture (Live Mint)", () => {
  it("removes each piece of site furniture, records it and warns at its line", () => {
    const text = [headline, "", "The body.", "", disclaimer, "", catchAll, "", breadcrumb, "", "MoreLess", "", "About The Author"].join("\n");
    const article = strip(text);
    expect(article.paragraphs).toEqual([{ line: 3, text: "The body." }]);
    expect(article.furniture).toEqual([
      { line: 5, text: disclaimer, rule: "boilerplate" },
      { line: 7, text: catchAll, rule: "boilerplate" },
      { line: 9, text: breadcrumb, rule: "breadcrumb" },
      { line: 11, text: "MoreLess", rule: "boilerplate" },
      { line: 13, text: "About The Author", rule: "boilerplate" },
    ]);
    expect(diagnostics(article)).toEqual([5, 7, 9, 11, 13].map((line) => ({ severity: "warning", rule: "boilerplate", line })));
    expect(reasons(article)).toEqual([disclaimer, catchAll, breadcrumb, "MoreLess", "About The Author"].map((line) => `removed site furniture "${line}"`));
  });

  it("keeps what the furniture said: the breadcrumb's section and the agency feed", () => {
    const article = strip([headline, "", "The body.", "", disclaimer, "", catchAll, "", breadcrumb].join("\n"));
    expect(article.facts).toEqual({ agencyFeed: true, section: "Politics" });
  });

  it("takes the first section of a breadcrumb with several", () => {
    const article = strip(["Sensex Rises", "", "The body.", "", "Business NewsMarketsStock MarketsNewsSensex Rises", "", catchAll].join("\n"));
    expect(article.facts).toEqual({ section: "Markets" });
  });

  it("keeps a paragraph that only resembles furniture", () => {
    const article = strip([headline, "", "Read more about the author below.", "", "Business News is a section name.", "", catchAll].join("\n"));
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Read more about the author below.", "Business News is a section name."]);
  });

  it("makes a seed that is only furniture an error", () => {
    const article = strip([disclaimer, "", catchAll, "", "MoreLess", "", "About The Author"].join("\n"));
    expect(article.paragraphs).toEqual([]);
    expect(diagnostics(article)).toEqual([
      ...[3, 5, 7].map((line) => ({ severity: "warning", rule: "boilerplate", line })),
      { severity: "error", rule: "no-body", line: 1 },
    ]);
  });

  it("cleans the whole sample seed down to its 13 body paragraphs", () => {
    const article = strip(readFileSync(new URL("../../seeds/000_c8afd5a7527161f8.txt", import.meta.url)));
    expect(article.headline?.text).toBe(headline);
    expect(article.paragraphs).toHaveLength(13);
    expect(article.paragraphs[0]?.text).toMatch(/^NATO Secretary General Mark Rutte said /);
    expect(article.paragraphs.at(-1)?.text).toMatch(/^The Trump administration’s outreach to Moscow /);
    expect(article.furniture.map((removed) => [removed.line, removed.rule])).toEqual([
      [30, "boilerplate"],
      [32, "boilerplate"],
      [34, "breadcrumb"],
      [36, "boilerplate"],
      [39, "boilerplate"],
    ]);
    expect(article.facts).toEqual({ agencyFeed: true, section: "Politics" });
  });
});
