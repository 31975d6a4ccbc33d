import { describe, expect, it } from "vitest";
import { duplicates } from "../../scripts/convert/duplicates.ts";
import { allBefore, diagnostics, reasons, seed } from "./make.ts";

const check = (...seeds: Array<[content: string, relativePath: string]>) =>
  duplicates(
    allBefore(
      "duplicates",
      seeds.map(([content, relativePath]) => seed(content, relativePath)),
    ),
  );

describe("duplicates", () => {
  it("publishes the first of byte-identical seeds by path and points the others at it", () => {
    const articles = check(["Same\n\nText.", "c.txt"], ["Same\n\nText.", "a.txt"], ["Other\n\nText.", "b.txt"], ["Same\n\nText.", "d/a.txt"]);
    expect(articles.map((article) => [article.seed.relativePath, article.duplicateOf])).toEqual([
      ["c.txt", "seeds/a.txt"],
      ["a.txt", undefined],
      ["b.txt", undefined],
      ["d/a.txt", "seeds/a.txt"],
    ]);
    expect(diagnostics(articles[0]!)).toEqual([{ severity: "info", rule: "duplicate", line: 1 }]);
    expect(reasons(articles[0]!)).toEqual(["the seed is byte-identical to seeds/a.txt, which is published in its place"]);
    expect(articles.slice(1, 3).flatMap(diagnostics)).toEqual([]);
  });

  it("keeps seeds whose text differs only in line endings apart", () => {
    const articles = check(["Same\n\nText.", "a.txt"], ["Same\r\n\r\nText.", "b.txt"]);
    expect(articles.map((article) => article.duplicateOf)).toEqual([undefined, undefined]);
  });
});
