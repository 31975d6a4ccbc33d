/**
 * Articles as TF-IDF vectors. Terms are numbered (their index in `vocabulary`) so that a vector is
 * two typed arrays, not a map of strings: scoring ten thousand articles reads millions of them.
 */
export interface Vectors {
  vocabulary: string[];
  /** By term number: in how many articles the term occurs. */
  frequencies: number[];
  /** By article: its weighted terms, strongest first. */
  articles: WeightedTerms[];
}

/** An article's terms and their weights, strongest first; the weights have unit length. */
export interface WeightedTerms {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * Term frequency is damped by its logarithm, so a word said ten times does not outweigh ten words
 * two articles share; a term in every article weighs nothing. Equal weights are ordered by term.
 */
function weighted(
  counts: ReadonlyMap<string, number>,
  numbers: ReadonlyMap<string, number>,
  frequencies: readonly number[],
  articleCount: number,
): WeightedTerms {
  const terms: number[] = [];
  const weights: number[] = [];
  for (const [word, count] of counts) {
    const term = numbers.get(word)!;
    const rarity = Math.log(articleCount / frequencies[term]!);
    if (rarity <= 0) continue;
    terms.push(term);
    weights.push((1 + Math.log(count)) * rarity);
  }
  const order = terms.map((_, at) => at).sort((a, b) => weights[b]! - weights[a]! || terms[a]! - terms[b]!);
  const length = Math.sqrt(weights.reduce((sum, weight) => sum + weight * weight, 0));
  const result = { terms: new Int32Array(order.length), weights: new Float64Array(order.length) };
  order.forEach((from, to) => {
    result.terms[to] = terms[from]!;
    result.weights[to] = weights[from]! / length;
  });
  return result;
}

/**
 * The TF-IDF vectors of articles, given how often each term occurs in each. Terms are numbered in
 * string order, so ordering by number is ordering by term, whatever the order of the articles.
 */
export function tfIdf(counts: readonly ReadonlyMap<string, number>[]): Vectors {
  const articlesWith = new Map<string, number>();
  for (const article of counts) for (const term of article.keys()) articlesWith.set(term, (articlesWith.get(term) ?? 0) + 1);
  const vocabulary = [...articlesWith.keys()].sort();
  const numbers = new Map(vocabulary.map((term, number) => [term, number]));
  const frequencies = vocabulary.map((term) => articlesWith.get(term)!);
  return { vocabulary, frequencies, articles: counts.map((article) => weighted(article, numbers, frequencies, counts.length)) };
}
