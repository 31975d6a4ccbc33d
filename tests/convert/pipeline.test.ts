import { describe, expect, it } from "vitest";
import { severityOf } from "../../scripts/convert/diagnostics.ts";
import { convert, isPublished, pipeline } from "../../scripts/convert/pipeline.ts";
import { seed } from "./make.ts";

describe("pipeline", () => {
  it("runs the stages in their documented order", () => {
    expect(pipeline.map(([name]) => name)).toEqual([
      "decode",
      "duplicates",
      "lines",
      "front matter",
      "headline",
      "paragraphs",
      "source",
      "furniture",
      "repeated furniture",
      "metadata",
      "topics",
      "topic names",
      "markdown",
      "permalink",
      "unique urls",
      "near duplicates",
      "related",
      "document",
    ]);
  });

  it("returns every seed, errors and duplicates included, in the order given", () => {
    const seeds = [
      seed("Second Story\n\nBody.", "b.txt"),
      seed(new Uint8Array(), "empty.txt"),
      seed("Second Story\n\nBody.", "a.txt"),
      seed({ unreadable: "permission denied" }, "locked.txt"),
      seed("12345", "digits.txt"),
      seed("First Story\n\nBody.", "c.txt"),
    ];
    const articles = convert(seeds);
    expect(articles.map((article) => article.seed)).toEqual(seeds);
    expect(
      articles.map((article) => [
        article.seed.relativePath,
        isPublished(article),
        article.duplicateOf,
        article.file.messages.map((message) => `${severityOf(message)} ${message.ruleId}`),
      ]),
    ).toEqual([
      ["b.txt", false, "seeds/a.txt", ["info duplicate"]],
      ["empty.txt", false, undefined, ["error empty"]],
      ["a.txt", true, undefined, []],
      ["locked.txt", false, undefined, ["error unreadable"]],
      ["digits.txt", false, undefined, ["error no-text"]],
      ["c.txt", true, undefined, []],
    ]);
    expect(articles.map((article) => article.document !== undefined)).toEqual([false, false, true, false, false, true]);
  });

  it("refuses a corpus stage that loses an article", () => {
    expect(() => convert([seed("A\n\nB.")], [["broken", { all: () => [] }]])).toThrow('stage "broken" returned 0 articles for 1');
  });
});
