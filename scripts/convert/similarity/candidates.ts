import type { WeightedTerms } from "./term-weights.ts";

/**
 * By term, every article indexed under it, uncut. Each article is indexed under the terms of its
 * vector (its strongest), so the dot products the index finds are exact; cutting a term's list
 * to the articles it weighs most in would let a newcomer push another article off it, and out
 * of a related list it belonged in.
 */
export interface InvertedIndex {
  /** By term number, where its postings begin; the next term's beginning ends them. */
  starts: Int32Array;
  /** The postings, each term's in article order: the article, and the term's weight in it. */
  articles: Int32Array;
  weights: Float64Array;
  /** By article, by the position of a term in its vector: where the article's own posting is. */
  own: Int32Array[];
}

export function invertedIndex(vectors: readonly WeightedTerms[], termCount: number): InvertedIndex {
  const starts = new Int32Array(termCount + 1);
  for (const vector of vectors) for (const term of vector.terms) starts[term + 1]!++;
  for (let term = 0; term < termCount; term++) starts[term + 1]! += starts[term]!;
  const articles = new Int32Array(starts[termCount]!);
  const weights = new Float64Array(starts[termCount]!);
  const next = starts.slice(0, termCount);
  const own = vectors.map((vector, article) =>
    vector.terms.map((term, at) => {
      const posting = next[term]!++;
      articles[posting] = article;
      weights[posting] = vector.weights[at]!;
      return posting;
    }),
  );
  return { starts, articles, weights, own };
}

/**
 * Adds to `scores` the dot product of one article's vector with that of every later article
 * (by number) sharing a term with it, lists each of them in `found` (weights are positive, so a
 * score of 0 means "not found yet") and returns how many it found. Scanning only later articles
 * scores each pair once, summed in the order of the earlier article's terms.
 *
 * Every pair sharing a term is visited, once for each term it shares: the work grows with the
 * square of the archive where its articles share terms (figures in related-articles.ts).
 */
export function scoreLaterArticles(article: number, vector: WeightedTerms, index: InvertedIndex, scores: Float64Array, found: Int32Array): number {
  const own = index.own[article]!;
  let foundCount = 0;
  for (let at = 0; at < vector.terms.length; at++) {
    const weight = vector.weights[at]!;
    const end = index.starts[vector.terms[at]! + 1]!;
    for (let posting = own[at]! + 1; posting < end; posting++) {
      const other = index.articles[posting]!;
      if (scores[other] === 0) found[foundCount++] = other;
      scores[other]! += weight * index.weights[posting]!;
    }
  }
  return foundCount;
}
