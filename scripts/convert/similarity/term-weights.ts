/**
 * Each article as a vector of its strongest terms, weighed by the article alone. Nothing in an
 * article's vector depends on the other articles (no corpus-wide rarity such as IDF), so adding an
 * article to the archive never changes how similar two others are. Terms are numbered so that a
 * vector is two typed arrays, not a map of strings; the numbers say nothing else.
 */

/** An article's terms and their weights, strongest first; the weights have unit length. */
export interface WeightedTerms {
  terms: Int32Array;
  weights: Float64Array;
}

export interface Vectors {
  /** How many terms were numbered: every term number is below it. */
  termCount: number;
  /** By article: its strongest terms. */
  articles: WeightedTerms[];
}

/** What an article is weighed by: how often each of its terms occurs, and its topics' keys. */
export interface Weighable {
  counts: ReadonlyMap<string, number>;
  topics: readonly string[];
}

/**
 * A topic weighs as much as a word said once: a shared topic counts, but no more than a shared
 * word, since topics are coarse (on the BBC set, with 30 terms kept, half and twice as much
 * scored the same: 0.91).
 */
const topicWeight = 1;

/** A term of an article: its key, its weight, and whether it is a topic. */
export type Term = [key: string, weight: number, topic: boolean];

/**
 * The article's `strongest` terms, strongest first. A word weighs 1 + ln(count), so that a word
 * said ten times does not outweigh ten words two articles share. Equal weights keep topics first,
 * then words in the order the article first uses them (`counts` keeps it): the headline and the
 * opening say what a story is about.
 */
export function strongestTerms({ counts, topics }: Weighable, strongest: number): Term[] {
  const terms: Term[] = [...new Set(topics)].map((topic) => [topic, topicWeight, true]);
  for (const [word, count] of counts) terms.push([word, 1 + Math.log(count), false]);
  // Array.prototype.sort is stable, which keeps the order above among equal weights.
  return terms.sort((a, b) => b[1] - a[1]).slice(0, strongest);
}

/**
 * The vectors of articles, each of its strongest terms (`strongestTerms`: words and topics
 * together, so that an article without words is compared by its topics alone). Words and topics
 * are numbered apart, so a topic never meets a word spelt the same.
 */
export function termWeights(articles: readonly Term[][]): Vectors {
  const numbers = { word: new Map<string, number>(), topic: new Map<string, number>() };
  let termCount = 0;
  const numberOf = (key: string, topic: boolean) => {
    const known = topic ? numbers.topic : numbers.word;
    let number = known.get(key);
    if (number === undefined) {
      number = termCount++;
      known.set(key, number);
    }
    return number;
  };
  const vectors = articles.map((terms) => {
    const length = Math.sqrt(terms.reduce((sum, [, weight]) => sum + weight * weight, 0));
    return {
      terms: Int32Array.from(terms, ([key, , topic]) => numberOf(key, topic)),
      weights: Float64Array.from(terms, ([, weight]) => weight / length),
    };
  });
  return { termCount, articles: vectors };
}
