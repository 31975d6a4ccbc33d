import { describe, expect, it } from "vitest";
import { severityOf } from "../../scripts/convert/diagnostics.ts";
import { convert, convertSync, isPublished, pipeline, type Stage } from "../../scripts/convert/pipeline.ts";
import { answerTopics, type TopicsRequest } from "../../scripts/convert/topics.ts";
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
      "recorded addresses",
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
    const articles = convertSync(seeds);
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
    expect(() => convertSync([seed("A\n\nB.")], [["broken", { all: () => [] }]])).toThrow('stage "broken" returned 0 articles for 1');
  });

  it("runs a stage that answers later only when converting asynchronously", async () => {
    const later: Stage = ["later", { all: async (articles) => articles }];
    expect(() => convertSync([seed("A Story\n\nBody.")], [later])).toThrow('stage "later" answered later; convert with convert(), not convertSync()');
    const [article] = await convert([seed("A Story\n\nBody.")], undefined, [...pipeline.slice(0, 1), later, ...pipeline.slice(1)]);
    expect(article?.document).toBe(convertSync([seed("A Story\n\nBody.")])[0]?.document);
  });

  describe("with topics read in bulk", () => {
    const seeds = () => [
      seed("NATO Chief Meets Leaders\n\nMark Rutte met Marco Rubio in Brussels. Rutte and Rubio spoke of NATO.", "a.txt"),
      seed("NATO Chief Meets Leaders\n\nMark Rutte met Marco Rubio in Brussels. Rutte and Rubio spoke of NATO.", "copy.txt"),
      seed(new Uint8Array(), "empty.txt"),
      seed("Ferry Timetable Changes\n\nThe ferry from Oban to Mull will run later in winter, Caledonian MacBrayne said.", "b.txt"),
    ];

    it("writes the same documents whether topics are read here or answered later", async () => {
      const later = async (requests: TopicsRequest[]) => requests.map(answerTopics);
      const bulk = await convert(seeds(), { readTopics: later });
      expect(bulk.map((article) => article.document)).toEqual(convertSync(seeds()).map((article) => article.document));
    });

    it("asks once for each published article, and uses the answers in order", async () => {
      const asked: string[] = [];
      const named = async (requests: TopicsRequest[]) =>
        requests.map((request) => {
          asked.push(request.headline);
          return [{ name: `Person of ${request.headline}`, kind: "people" as const, sure: true, mentions: 2, forms: [] }];
        });
      const articles = await convert(seeds(), { readTopics: named });
      expect(asked).toEqual(["NATO Chief Meets Leaders", "Ferry Timetable Changes"]);
      expect(articles.map((article) => article.topics?.people.map((person) => person.name))).toEqual([
        ["Person of NATO Chief Meets Leaders"],
        undefined,
        undefined,
        ["Person of Ferry Timetable Changes"],
      ]);
    });

    it("refuses a reader that loses answers", async () => {
      await expect(convert(seeds(), { readTopics: async () => [] })).rejects.toThrow("2 topics requests got 0 answers");
    });
  });
});
