import { describe, expect, it } from "vitest";
import { displayForm, headline } from "../../scripts/convert/headline.ts";
import { before, diagnostics } from "./make.ts";

const find = (text: string) => headline(before("headline", text));
const longLine =
  "Showers continued throughout the week in the Bahia cocoa zone. The drought since early January eased and prospects for the coming temporao improved, although normal humidity levels have not been restored.";

describe("headline", () => {
  it("takes the first line with letters and leaves the rest as body", () => {
    const article = find("Rutte Urges Europe to Step Up\n\nBody text.");
    expect(article.headline).toEqual({ text: "Rutte Urges Europe to Step Up", line: 1, derived: false, display: undefined });
    expect(article.lines).toEqual([
      { number: 2, text: "" },
      { number: 3, text: "Body text." },
    ]);
    expect(diagnostics(article)).toEqual([]);
  });

  it("removes lines without letters above the headline as furniture, with a warning each", () => {
    const article = find("***\n12:30\n\nRutte Urges Europe to Step Up\nBody text.");
    expect(article.headline?.text).toBe("Rutte Urges Europe to Step Up");
    expect(article.headline?.line).toBe(4);
    expect(article.furniture).toEqual([
      { line: 1, text: "***", rule: "before-headline" },
      { line: 2, text: "12:30", rule: "before-headline" },
    ]);
    expect(diagnostics(article)).toEqual([
      { severity: "warning", rule: "before-headline", line: 1 },
      { severity: "warning", rule: "before-headline", line: 2 },
    ]);
    expect(article.lines).toEqual([{ number: 5, text: "Body text." }]);
  });

  it("derives a headline from the first sentence of a seed that is one long line, and keeps the line as body", () => {
    const article = find(longLine);
    expect(article.headline).toEqual({ text: "Showers continued throughout the week in the Bahia cocoa zone.", line: 1, derived: true });
    expect(article.lines).toEqual([{ number: 1, text: longLine }]);
    expect(diagnostics(article)).toEqual([{ severity: "warning", rule: "no-headline", line: 1 }]);
  });

  it("cuts a long first sentence at a word boundary", () => {
    const sentence =
      "The central bank said on Tuesday that it would keep its main interest rate unchanged for a third month, citing inflation that remained well above its target, and warned that the outlook was uncertain";
    expect(find(sentence).headline?.text).toBe("The central bank said on Tuesday that it would keep its main interest rate unchanged for a third…");
  });

  // Intl.Segmenter breaks sentences after any full stop before a capital ("U.S.", "Mr.").
  it("does not end the derived headline at an abbreviation", () => {
    const text = `U.S. Treasury Secretary Janet Yellen warned Congress on Monday. ${longLine}`;
    expect(find(text).headline?.text).toBe("U.S. Treasury Secretary Janet Yellen warned Congress on Monday.");
  });

  it("keeps an ALL-CAPS headline's text and adds a readable display form", () => {
    expect(find("BAHIA COCOA REVIEW\n\nBody.").headline).toEqual({ text: "BAHIA COCOA REVIEW", line: 1, derived: false, display: "Bahia Cocoa Review" });
    expect(find("U.S. TREASURY SAYS\n\nBody.").headline?.display).toBe("U.S. Treasury Says");
  });

  it.each([
    ["BANK OF ENGLAND OFFERS HELP", "Bank of England Offers Help"],
    ["GM TO CUT OUTPUT IN U.K. AND U.S.", "GM to Cut Output in U.K. and U.S."],
    ["FED'S VOLCKER SAYS", "Fed's Volcker Says"],
    ["NON-OIL EXPORTS RISE", "Non-Oil Exports Rise"],
  ])("display form of %s is %s", (caps, display) => {
    expect(displayForm(caps)).toBe(display);
  });

  it("gives no display form to a headline in mixed case", () => {
    expect(displayForm("Rutte Urges Europe")).toBe(undefined);
  });

  it("capitalises both parts of a word joined by a slash", () => {
    expect(displayForm("SHEARSON/AMERICAN EXPRESS")).toBe("Shearson/American Express");
  });

  it("title-cases the word joined to an abbreviation", () => {
    expect(displayForm("U.S.-JAPAN TALKS")).toBe("U.S.-Japan Talks");
  });

  it("uses the front-matter title and consumes a first line that repeats it", () => {
    const article = find("---\ntitle: The Real Title\n---\nThe  Real Title\n\nBody.");
    expect(article.headline).toEqual({ text: "The Real Title", line: 4, derived: false, display: undefined });
    expect(article.lines).toEqual([
      { number: 5, text: "" },
      { number: 6, text: "Body." },
    ]);
  });

  it("keeps a first line that differs from the front-matter title as body", () => {
    const article = find("---\ntitle: The Real Title\n---\nA first paragraph.\n\nBody.");
    expect(article.headline?.text).toBe("The Real Title");
    expect(article.lines[0]).toEqual({ number: 4, text: "A first paragraph." });
  });

  it("makes a seed without letters an error", () => {
    const article = find("12345\n---\n!!!");
    expect(article.headline).toBe(undefined);
    expect(diagnostics(article)).toEqual([{ severity: "error", rule: "no-text", line: 1 }]);
  });
});
