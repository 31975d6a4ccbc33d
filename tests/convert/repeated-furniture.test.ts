import { describe, expect, it } from "vitest";
import type { Article } from "../../scripts/convert/article.ts";
import { repeatedFurniture } from "../../scripts/convert/repeated-furniture.ts";
import { allBefore, diagnostics, seed } from "./make.ts";

const notice = "(c) Example Wire 1987. All rights reserved.";

/** `count` seeds from one folder, the i-th with body paragraphs `body(i)`. */
function corpus(count: number, body: (index: number) => string[]): Article[] {
  const seeds = Array.from({ length: count }, (_, index) => seed([`Headline number ${index}`, ...body(index)].join("\n\n"), `wire/${index}.txt`));
  return repeatedFurniture(allBefore("repeated furniture", seeds));
}
const textsOf = (article: Article | undefined) => article?.paragraphs.map((paragraph) => paragraph.text);

describe("repeated furniture", () => {
  it("removes a line at the head or tail of 3 or more seeds of one source, with a warning", () => {
    const articles = corpus(3, (index) => [notice, `Story ${index} begins.`, `Story ${index} ends.`, "Subscribe to Example Wire."]);
    expect(articles.map(textsOf)).toEqual([0, 1, 2].map((index) => [`Story ${index} begins.`, `Story ${index} ends.`]));
    expect(articles[0]?.furniture).toEqual([
      { line: 3, text: notice, rule: "repeated-boilerplate" },
      { line: 9, text: "Subscribe to Example Wire.", rule: "repeated-boilerplate" },
    ]);
    expect(diagnostics(articles[0] as Article)).toEqual([
      { severity: "warning", rule: "repeated-boilerplate", line: 3 },
      { severity: "warning", rule: "repeated-boilerplate", line: 9 },
    ]);
  });

  it("keeps a line repeated in only 2 seeds", () => {
    const articles = corpus(2, (index) => [notice, `Story ${index}.`]);
    expect(articles.map(textsOf)).toEqual([0, 1].map((index) => [notice, `Story ${index}.`]));
    expect(articles.flatMap(diagnostics)).toEqual([]);
  });

  it("keeps a line repeated in fewer than 20% of a source's seeds", () => {
    const articles = corpus(20, (index) => [index < 3 ? notice : `Credit ${index}.`, `Story ${index}.`]);
    expect(textsOf(articles[0])).toEqual([notice, "Story 0."]);
  });

  it("removes a line repeated in exactly 20% of a source's seeds", () => {
    const articles = corpus(15, (index) => [index < 3 ? notice : `Credit ${index}.`, `Story ${index}.`]);
    expect(textsOf(articles[0])).toEqual(["Story 0."]);
  });

  it("keeps a repeated line in the middle of articles", () => {
    const body = (index: number) => ["a", "b", "Shared middle line.", "c", "d", "e"].map((part, at) => (at === 2 ? part : `Story ${index}${part}.`));
    const articles = corpus(4, body);
    expect(textsOf(articles[0])).toEqual(body(0));
  });

  it("keeps a repeated line longer than 200 characters", () => {
    const long = `${"A very long standing paragraph. ".repeat(7)}End.`;
    expect(long.length).toBeGreaterThan(200);
    const articles = corpus(4, (index) => [long, `Story ${index}.`]);
    expect(textsOf(articles[0])).toEqual([long, "Story 0."]);
  });

  it("counts seeds per source: seeds in other folders do not add up", () => {
    const seeds = [0, 1, 2].map((index) => seed(`Headline ${index}\n\n${notice}\n\nStory ${index}.`, `folder-${index}/a.txt`));
    const articles = repeatedFurniture(allBefore("repeated furniture", seeds));
    expect(articles.map(textsOf)).toEqual([0, 1, 2].map((index) => [notice, `Story ${index}.`]));
  });
});
