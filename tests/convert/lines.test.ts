import { describe, expect, it } from "vitest";
import { lines } from "../../scripts/convert/lines.ts";
import { visible } from "../visible.ts";
import { before, diagnostics, reasons } from "./make.ts";

const split = (text: string) => lines(before("lines", visible(text)));
const textsOf = (text: string) => split(text).lines.map((line) => line.text);

describe("lines", () => {
  it.each([
    ["LF", "Headline\n\nFirst.\nSecond."],
    ["CRLF", "Headline␍\n␍\nFirst.␍\nSecond."],
    ["CR", "Headline␍␍First.␍Second."],
    ["mixed", "Headline␍\n␍First.\nSecond."],
  ])("splits %s line endings into the same numbered lines", (_, text) => {
    expect(split(text).lines).toEqual([
      { number: 1, text: "Headline" },
      { number: 2, text: "" },
      { number: 3, text: "First." },
      { number: 4, text: "Second." },
    ]);
  });

  it("splits on Unicode line and paragraph separators", () => {
    expect(textsOf("one\u2028two\u2029three")).toEqual(["one", "two", "three"]);
  });

  it("turns NBSP into a space and removes zero-width spaces", () => {
    expect(textsOf("Rs⍽500 crore for in∅vest∅ment")).toEqual(["Rs 500 crore for investment"]);
  });

  it("expands a leading tab to the next 8-column stop and turns inner tabs into one space", () => {
    expect(textsOf("␉Indented␉by␉tabs\n  ␉Two spaces then a tab")).toEqual(["        Indented by tabs", "        Two spaces then a tab"]);
  });

  it("trims trailing white space but keeps the indent", () => {
    expect(textsOf("  wire copy   ␉⍽\nplain ")).toEqual(["  wire copy", "plain"]);
  });

  it("decodes HTML entities left by scrapes", () => {
    expect(textsOf("Sales &lt;MC.T&gt; rose &amp; fell &quot;sharply&quot;")).toEqual(['Sales <MC.T> rose & fell "sharply"']);
  });

  it("does not start a new line at an encoded line feed", () => {
    expect(split("first&#10;still first\nsecond").lines).toEqual([
      { number: 1, text: "first still first" },
      { number: 2, text: "second" },
    ]);
  });

  it("removes control characters with a warning at their line and column", () => {
    const article = split("The first line of the article.\nThe second\u0007 line\u0085 of it.\nThe third line of the article.");
    expect(article.lines.map((line) => line.text)).toEqual(["The first line of the article.", "The second line of it.", "The third line of the article."]);
    expect(diagnostics(article)).toEqual([{ severity: "warning", rule: "control-character", line: 2 }]);
    expect(article.file.messages[0]?.column).toBe(11);
    expect(reasons(article)).toEqual(["removed 2 control character(s) (U+0007, U+0085)"]);
  });

  it("removes noncharacters in every plane with a warning at their line and column, and keeps their neighbours", () => {
    const article = split(
      "The first line of the article.\nA \uFFFFheadline\uFFFE with \u{10FFFF}\u{1FFFE} and \uFDD0\uFDEF in it.\nKept: \uFDCF\uFDF0\uFFFC\u{1FFFD}.",
    );
    expect(article.lines.map((line) => line.text)).toEqual([
      "The first line of the article.",
      "A headline with  and  in it.",
      "Kept: \uFDCF\uFDF0\uFFFC\u{1FFFD}.",
    ]);
    expect(diagnostics(article)).toEqual([{ severity: "warning", rule: "noncharacter", line: 2 }]);
    expect(article.file.messages[0]?.column).toBe(3);
    expect(reasons(article)).toEqual(["removed 6 Unicode noncharacter(s) (U+FFFF, U+FFFE, U+10FFFF, U+1FFFE, U+FDD0, U+FDEF)"]);
  });

  it("removes noncharacters and control characters that HTML entities decode to", () => {
    const article = split("A &#xFFFF;headline&#xFFFE; with &#1;&#x1FFFF;entities");
    expect(article.lines.map((line) => line.text)).toEqual(["A headline with entities"]);
    expect(diagnostics(article)).toEqual([
      { severity: "warning", rule: "control-character", line: 1 },
      { severity: "warning", rule: "noncharacter", line: 1 },
    ]);
  });

  it("normalises text to NFC", () => {
    const [line] = textsOf("Cafe\u0301 society");
    expect(line).toBe("Caf\u00E9 society");
  });
});
