import { describe, expect, it } from "vitest";
import { shorten } from "../../scripts/convert/shorten.ts";

describe("shorten", () => {
  it("keeps text that fits, with its white space collapsed", () => {
    expect(shorten("  Short   text\n here ", 20)).toBe("Short text here");
  });

  it("cuts at the last word boundary and drops trailing punctuation before the ellipsis", () => {
    expect(shorten("word, ".repeat(40), 160)).toBe(`${"word, ".repeat(25)}word…`);
    expect(shorten("Rutte said on Wednesday that allies – all of them – agreed", 40)).toBe("Rutte said on Wednesday that allies…");
  });

  it("cuts a single overlong word at the length", () => {
    expect(shorten("a".repeat(200), 160)).toBe(`${"a".repeat(160)}…`);
  });
});
