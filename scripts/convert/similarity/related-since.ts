import { digestOf } from "../step-memory.ts";
import { invertedIndex } from "./candidates.ts";
import { type Comparable, scoredRelatedArticles, termsOf } from "./related-articles.ts";
import { RelatedLists } from "./related-lists.ts";
import { type Term, termWeights } from "./term-weights.ts";

/**
 * What `relatedArticles` answered last time, kept so the next answer can be brought up to date
 * instead of worked out anew: by article id, a hash of its terms, and its list with the scores.
 */
export interface RelatedState {
  count: number;
  articles: Record<string, { terms: string; list: Array<[id: string, score: number]> }>;
}

/**
 * `relatedArticles`, with the same answer, brought up to date from the last one. A score depends
 * on its two articles alone, and a list is the best `count` of what it was offered, so:
 * - an article whose list holds no article that changed or left keeps its list, and is offered
 *   the changed and new articles it shares a term with;
 * - the changed and new articles, and those whose list held one that changed or left, are
 *   scored against every article they share a term with.
 * Each pair is summed as `relatedArticles` sums it (over the terms of the article with the
 * smaller id, in their order), so scores, ties included, are the same to the last bit.
 */
export function relatedArticlesSince(
  previous: RelatedState | undefined,
  articles: Comparable[],
  count = 5,
  termsOfArticle: (article: Comparable) => Term[] = termsOf,
): { lists: string[][]; state: RelatedState } {
  const ids = articles.map((article) => article.id);
  const terms = articles.map(termsOfArticle);
  const digests = terms.map((each) => digestOf(JSON.stringify(each)));
  const known = previous?.count === count ? previous.articles : undefined;
  const stateOf = (lists: Array<Array<[string, number]>>): RelatedState => ({
    count,
    articles: Object.fromEntries(ids.map((id, at) => [id, { terms: digests[at]!, list: lists[at]! }])),
  });
  if (!known) {
    // Nothing to start from: the whole answer, with the scores it rests on.
    const termsById = new Map(ids.map((id, at) => [id, terms[at]!]));
    const lists = scoredRelatedArticles(articles, count, (article) => termsById.get(article.id)!);
    return { lists: lists.map((list) => list.map(([id]) => id)), state: stateOf(lists) };
  }
  const position = new Map(ids.map((id, at) => [id, at]));
  const changed = new Set(ids.flatMap((id, at) => (known[id]?.terms === digests[at] ? [] : [at])));
  // An article that left, or whose terms changed: a score with it that a list kept is stale.
  const stale = new Set(Object.keys(known).filter((id) => !position.has(id) || changed.has(position.get(id)!)));
  const vectors = termWeights(terms);
  const index = invertedIndex(vectors.articles, vectors.termCount);
  const weights = vectors.articles.map((vector) => new Map(Array.from(vector.terms, (term, at) => [term, vector.weights[at]!])));
  const score = (a: number, b: number) => {
    const [first, second] = ids[a]! < ids[b]! ? [a, b] : [b, a];
    const vector = vectors.articles[first]!;
    const other = weights[second]!;
    let sum = 0;
    for (let at = 0; at < vector.terms.length; at++) {
      const weight = other.get(vector.terms[at]!);
      if (weight !== undefined) sum += vector.weights[at]! * weight;
    }
    return sum;
  };
  const sharing = (a: number) => {
    const found = new Set<number>();
    for (const term of vectors.articles[a]!.terms)
      for (let posting = index.starts[term]!; posting < index.starts[term + 1]!; posting++) found.add(index.articles[posting]!);
    found.delete(a);
    return found;
  };
  const lists = new RelatedLists(ids, count);
  const redo = new Set(changed);
  ids.forEach((id, at) => {
    if (known[id]?.list.some(([other]) => stale.has(other))) redo.add(at);
  });
  for (const at of redo) for (const other of sharing(at)) lists.offer(at, other, score(at, other));
  ids.forEach((id, at) => {
    if (redo.has(at)) return;
    for (const [other, kept] of known[id]?.list ?? []) lists.offer(at, position.get(other)!, kept);
  });
  for (const at of changed) for (const other of sharing(at)) if (!redo.has(other)) lists.offer(other, at, score(other, at));
  const entries = ids.map((_, at) => lists.entriesOf(at).map(([other, kept]): [string, number] => [ids[other]!, kept]));
  return { lists: entries.map((list) => list.map(([id]) => id)), state: stateOf(entries) };
}
