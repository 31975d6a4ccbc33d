import { describe, expect, it } from "vitest";
import { words } from "../../scripts/convert/similarity/words.ts";

describe("words", () => {
  it("lower-cases words and keeps inner apostrophes, dots and digit groups, dropping punctuation", () => {
    expect(words("The U.S. Fed's chair can’t say: 1,000 or 5.93 pct (6-3/8)? E-mail naïve café.")).toEqual([
      "the",
      "u.s",
      "fed's",
      "chair",
      "can’t",
      "say",
      "1,000",
      "or",
      "5.93",
      "pct",
      "6",
      "3",
      "8",
      "e",
      "mail",
      "naïve",
      "café",
    ]);
  });

  it("lower-cases by the rules of the text's language", () => {
    expect(words("İSTANBUL", "tr")).toEqual(["istanbul"]);
  });

  it("splits Chinese, written without spaces, into dictionary words, and keeps spaced words around it", () => {
    expect(words("国务院总理今天会见了客人", "zh")).toEqual(["国务院", "总理", "今天", "会见", "了", "客人"]);
    expect(words("NATO 北大西洋公约组织 chief")).toEqual(["nato", "北大西洋", "公约", "组织", "chief"]);
  });

  it("finds no words in punctuation and space", () => {
    expect(words(" — … !? ")).toEqual([]);
  });
});
