import { describe, expect, it } from "vitest";
import { paragraphs } from "../../scripts/convert/paragraphs.ts";
import { before, diagnostics } from "./make.ts";

const rebuild = (text: string) => paragraphs(before("paragraphs", text));

const wireCopy = [
  "BAHIA COCOA REVIEW",
  "      Showers continued throughout the week in the Bahia cocoa",
  "  zone, alleviating the drought since early January and",
  "  improving prospects for the coming temporao.",
  "      Arrivals have reached 1.2 mln bags so far, the",
  "  review said.",
  "      Final figures for the period to February 28 are:",
  "                      1987        1986",
  "      Sales           1,200       1,100",
  "      Stocks            300         250",
  "      The review added that prices were steady.",
].join("\n");

describe("paragraphs", () => {
  it("separates paragraphs at blank lines and numbers each by its first line", () => {
    const article = rebuild("Headline\n\nFirst paragraph.\n\n\nSecond paragraph.");
    expect(article.paragraphs).toEqual([
      { line: 3, text: "First paragraph." },
      { line: 6, text: "Second paragraph." },
    ]);
    expect(diagnostics(article)).toEqual([]);
  });

  it("keeps lines that end sentences apart", () => {
    expect(rebuild("Headline\nLine one.\nLine two?\nLine three!").paragraphs).toEqual([
      { line: 2, text: "Line one." },
      { line: 3, text: "Line two?" },
      { line: 4, text: "Line three!" },
    ]);
  });

  it("reflows indented wire copy and keeps a column-aligned table as one preformatted paragraph", () => {
    expect(rebuild(wireCopy).paragraphs).toEqual([
      {
        line: 2,
        text: "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January and improving prospects for the coming temporao.",
      },
      { line: 5, text: "Arrivals have reached 1.2 mln bags so far, the review said." },
      { line: 7, text: "Final figures for the period to February 28 are:" },
      {
        line: 8,
        text: ["                1987        1986", "Sales           1,200       1,100", "Stocks            300         250"].join("\n"),
        preformatted: true,
      },
      { line: 11, text: "The review added that prices were steady." },
    ]);
  });

  it("joins plain hard-wrapped lines that end mid-sentence", () => {
    const text = [
      "Headline",
      "",
      "The government said on Tuesday that it would raise the tax on",
      "imported steel by ten percent from next month, in a move that",
      "analysts said would hurt the car industry and the builders who",
      "rely on cheap imports.",
      "",
      "A second paragraph follows here.",
    ].join("\n");
    expect(rebuild(text).paragraphs).toEqual([
      {
        line: 3,
        text: "The government said on Tuesday that it would raise the tax on imported steel by ten percent from next month, in a move that analysts said would hurt the car industry and the builders who rely on cheap imports.",
      },
      { line: 8, text: "A second paragraph follows here." },
    ]);
  });

  it("keeps a hyphen at a wrapped line's end without adding a space", () => {
    const text = "Headline\n\nThe long-awaited report on the state of the nation's well-\nknown railways came out today to little fanfare";
    expect(rebuild(text).paragraphs).toEqual([
      { line: 3, text: "The long-awaited report on the state of the nation's well-known railways came out today to little fanfare" },
    ]);
  });

  it("does not join long lines, which were never hard-wrapped", () => {
    const long = "a".repeat(60);
    const text = `Headline\n\n${long} and then ${long}\n${long} again and ${long}`;
    expect(rebuild(text).paragraphs.map((paragraph) => paragraph.line)).toEqual([3, 4]);
  });

  it("makes a seed with a headline and no body an error", () => {
    const article = rebuild("---\ntitle: Only a headline\n---\nOnly a headline");
    expect(article.paragraphs).toEqual([]);
    expect(diagnostics(article)).toEqual([{ severity: "error", rule: "no-body", line: 4 }]);
  });

  it("measures a table of 200,000 lines without overflowing the call stack", () => {
    // A spread of every line into Math.min overflowed the stack on such a seed.
    const lines = Array.from({ length: 200_000 }, (_, n) => `  line ${n}      ${n * 2}`);
    const article = rebuild(`Many Short Lines\n\n${lines.join("\n")}\n`);
    expect(diagnostics(article).filter((message) => message.severity === "error")).toEqual([]);
    expect(article.paragraphs).toHaveLength(1);
    expect(article.paragraphs[0]?.preformatted).toBe(true);
    expect(article.paragraphs[0]?.text.split("\n")).toHaveLength(200_000);
  });
});
