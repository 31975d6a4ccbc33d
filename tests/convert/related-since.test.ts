import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { type Comparable, relatedArticles } from "../../scripts/convert/similarity/related-articles.ts";
import { type RelatedState, relatedArticlesSince } from "../../scripts/convert/similarity/related-since.ts";

// Few words and topics, so that many articles share terms and tie: the cases where an answer
// brought up to date could part from a fresh one.
const words = ["ferry", "harbour", "council", "storm", "vote", "budget", "school", "bridge", "strike", "museum"];
const text = fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 8 }).map((chosen) => chosen.join(" "));
const topics = fc.subarray(["people/ann-ross", "places/oban", "organizations/calmac"]);
const archive = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-f]{1,3}$/), text, topics }), { selector: (article) => article.id, maxLength: 24 });

type Change = { add: Omit<Comparable, "language"> } | { edit: number; text: string } | { remove: number };

/** One change to an archive: an article added, its text changed, or it removed. */
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ add: fc.record({ id: fc.stringMatching(/^[a-f]{1,3}$/), text, topics }) }),
  fc.record({ edit: fc.nat(), text }),
  fc.record({ remove: fc.nat() }),
);

function applied(articles: Comparable[], step: Change): Comparable[] {
  if ("add" in step) return articles.some((article) => article.id === step.add.id) ? articles : [...articles, { ...step.add, language: "en" }];
  if (articles.length === 0) return articles;
  if ("edit" in step) return articles.map((article, at) => (at === step.edit % articles.length ? { ...article, text: step.text } : article));
  return articles.filter((_, at) => at !== step.remove % articles.length);
}

describe("relatedArticlesSince", () => {
  test.prop([archive, fc.array(change, { maxLength: 6 }), fc.integer({ min: 1, max: 4 })], { numRuns: 300 })(
    "answers, after any additions, edits and removals, what relatedArticles answers anew",
    (start, changes, count) => {
      let articles: Comparable[] = start.map((article) => ({ ...article, language: "en" }));
      let state: RelatedState | undefined;
      for (const step of [undefined, ...changes]) {
        if (step) articles = applied(articles, step);
        const since = relatedArticlesSince(state, articles, count);
        expect(since.lists).toEqual(relatedArticles(articles, count));
        state = JSON.parse(JSON.stringify(since.state)) as RelatedState;
      }
    },
  );
});
