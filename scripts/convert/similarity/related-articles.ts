import { invertedIndex, scoreLaterArticles } from "./candidates.ts";
import { RelatedLists } from "./related-lists.ts";
import { strongestTerms, type Term, termWeights } from "./term-weights.ts";
import { termCounts } from "./terms.ts";

export interface Comparable {
  /** Unique id of the article (its URL). */
  id: string;
  /** The article's text: headline and body. */
  text: string;
  /** Two-letter language code, when known (e.g. "en", "zh"). */
  language?: string;
  /** The article's topics, as stable keys such as "people/mark-rutte" or "places/ukraine". */
  topics: string[];
}

/*
 * Measured on the BBC news set (2,065 stories once near-copies are left out, five sections;
 * precision = share of related links within the article's section), on it with 7,577 Reuters
 * stories added (for Reuters, share of links to a story with a category in common), and on
 * 100,000 articles made from those by swapping half of each article's sentences for sentences of
 * its section (time on this 2-core machine, beside other work; the TF-IDF it replaces took 37 s):
 *
 * | terms kept | BBC alone | BBC, BBC + Reuters | Reuters, BBC + Reuters | 100,000 articles |
 * | ---------- | --------- | ------------------ | ---------------------- | ---------------- |
 * | 20         | 0.895     | 0.815              | 0.859                  | 66 s             |
 * | 30         | 0.910     | 0.840              | 0.869                  | 88 s             |
 *
 * The TF-IDF scored 0.885, 0.800 and 0.776. Without corpus-wide rarity, words common to a section
 * ("film", "market") weigh as much as names, which keeps links within sections; but most pairs
 * of articles then share some term (45% of BBC + Reuters pairs with 20 terms kept), so the time
 * grows with the square of the archive: 20 terms keep it nearer the TF-IDF's at 100,000 articles.
 */
/** How many of its strongest terms (words and topics) an article is compared by. */
const termsKept = 20;

/** An article's strongest terms, which depend on its text, language and topics alone. */
export const termsOf = (article: Comparable): Term[] =>
  strongestTerms({ counts: termCounts(article.text, article.language), topics: article.topics }, termsKept);

const byId = (ids: readonly string[]) => (a: number, b: number) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0);

/**
 * For each article, in input order, the ids of its most related articles, best first (at most
 * `count`, never itself): by the cosine of their vectors of strongest terms (see term-weights.ts),
 * equal scores by id. An article sharing nothing with another is never related to it, so an
 * article with no words and no topics gets none.
 *
 * The score of two articles depends on those two alone, and each list is exactly the best
 * `count` by it, so adding an article to the archive changes an existing article's list only by
 * putting the newcomer in it. The price is that every pair sharing a term is scored: see
 * candidates.ts. `termsOfArticle` may give each article's terms from elsewhere (a cache).
 */
export function relatedArticles(articles: Comparable[], count = 5, termsOfArticle = termsOf): string[][] {
  return scoredRelatedArticles(articles, count, termsOfArticle).map((list) => list.map(([id]) => id));
}

/** `relatedArticles`, each list with its scores. */
export function scoredRelatedArticles(articles: Comparable[], count = 5, termsOfArticle = termsOf): Array<Array<[id: string, score: number]>> {
  // Worked in id order: each pair is summed over the terms of its article with the smaller id, so
  // its score, down to the last bit that can decide a tie, never depends on the input order.
  const order = articles.map((_, at) => at).sort(byId(articles.map((article) => article.id)));
  const sorted = order.map((at) => articles[at]!);
  const ids = sorted.map((article) => article.id);
  const vectors = termWeights(sorted.map(termsOfArticle));
  const index = invertedIndex(vectors.articles, vectors.termCount);
  const lists = new RelatedLists(ids, count);
  const scores = new Float64Array(sorted.length);
  const found = new Int32Array(sorted.length);
  vectors.articles.forEach((vector, article) => {
    const foundCount = scoreLaterArticles(article, vector, index, scores, found);
    for (let at = 0; at < foundCount; at++) {
      const other = found[at]!;
      const score = scores[other]!;
      scores[other] = 0;
      lists.offer(article, other, score);
      lists.offer(other, article, score);
    }
  });
  const related: Array<Array<[string, number]>> = new Array(articles.length);
  order.forEach((at, article) => {
    related[at] = lists.entriesOf(article).map(([other, score]) => [ids[other]!, score]);
  });
  return related;
}
