import { describe, expect, it } from "vitest";
import type { Article, Seed } from "../../scripts/convert/article.ts";
import { positioned, report } from "../../scripts/convert/diagnostics.ts";
import { convert, type Stage } from "../../scripts/convert/pipeline.ts";
import { chainAfter, type StepMemory, type StepResult } from "../../scripts/convert/step-memory.ts";
import { seed } from "./make.ts";

/** A step memory in a map, that counts what it was asked for and what it knew. */
function memory(): StepMemory & { asked: number; known: number; results: Map<string, StepResult> } {
  const results = new Map<string, StepResult>();
  const counted = {
    asked: 0,
    known: 0,
    results,
    recall(key: string) {
      counted.asked++;
      const found = results.get(key);
      if (found) counted.known++;
      return found;
    },
    keep: (key: string, result: StepResult) => void results.set(key, result),
  };
  return counted;
}

const seeds = (): Seed[] => [
  seed("Harbour reopens in Oban\n\nThe harbour at Oban reopened on Monday after repairs.\n", "a.txt"),
  seed("---\ndate: not a date\n---\nFerry fares rise\n\nFares on the Mull ferry rise in April.\n", "b.txt"),
];

/** What a reader or maintainer gets of a conversion: each seed's document and problems. */
const outcome = (articles: Article[]) => articles.map((article) => ({ document: article.document, messages: article.file.messages.map(positioned) }));

describe("a remembered step", () => {
  it("gives the same articles and problems from memory as when it runs", async () => {
    const kept = memory();
    const first = outcome(await convert(seeds(), { memory: kept }));
    expect(kept.known).toBe(0);
    expect(first[1]?.messages.length).toBeGreaterThan(0);
    const asked = kept.asked;
    const second = outcome(await convert(seeds(), { memory: kept }));
    // The second time, everything asked for is known.
    expect([kept.asked - asked, kept.known]).toEqual([asked, asked]);
    expect(second).toEqual(first);
  });

  it("runs again on a seed that changed, and on that seed only", async () => {
    const kept = memory();
    await convert(seeds(), { memory: kept });
    const [a, b] = seeds();
    const changed = seed("Harbour reopens in Oban\n\nThe harbour at Oban reopened on Tuesday after repairs.\n", "a.txt");
    const asked = kept.asked;
    const again = await convert([changed, b as Seed], { memory: kept });
    // Of the changed seed, nothing asked is known; of the unchanged one, all. (One more answer is
    // the archive's as a whole, the last related lists, which is known too.)
    const missed = kept.asked - asked - kept.known;
    expect(kept.asked - asked).toBe(asked);
    expect(missed * 2).toBe(asked - 1);
    expect(again[0]?.metadata?.description).toContain("Tuesday");
    expect(again[1]?.metadata).toEqual((await convert([a as Seed, b as Seed]))[1]?.metadata);
  });

  it("is told apart by what a corpus-wide step changed in the article before it, and reports its problems again", async () => {
    const kept = memory();
    const stamp: (word: string) => Stage = (word) => [
      "stamp",
      { all: (articles) => articles.map((article) => ({ ...article, text: `${article.text} ${word}` })) },
    ];
    const echo: Stage = [
      "echo",
      {
        each: (article) => {
          report(article, "warning", "echo", `ends with ${article.text.slice(-5)}`, { line: 2, column: 3 });
          return { ...article, facts: { section: article.text.slice(-5) } };
        },
        remembered: true,
      },
    ];
    const run = async (word: string) => (await convert([seed("x", "a.txt")], { memory: kept }, [stamp(word), echo]))[0] as Article;
    const [one, two] = [await run("alpha"), await run("omega")];
    expect([one.facts.section, two.facts.section]).toEqual(["alpha", "omega"]);
    expect(kept.known).toBe(0);
    const again = await run("alpha");
    expect(kept.known).toBe(1);
    expect(again.facts).toEqual(one.facts);
    expect(again.file.messages.map(positioned)).toEqual([{ line: 2, column: 3, severity: "warning", rule: "echo", message: "ends with alpha" }]);
  });
});

describe("chainAfter", () => {
  it("keeps an article's chain when a step left it as it was, and changes it when the step changed it", () => {
    const article = { text: "a" } as Article;
    expect(chainAfter("chain", "step", article, article)).toBe("chain");
    expect(chainAfter("chain", "step", article, { ...article, text: "b" })).not.toBe(chainAfter("chain", "step", article, { ...article, text: "c" }));
  });
});
