// Counting what the archive's articles say of a name, for topic-names.ts.
import type { Topic, TopicInText } from "../article.ts";

/**
 * The key under which two spellings of a name are one: case, spaces, hyphens, full stops and a
 * middle initial aside ("TimeWarner" and "Time Warner"; "George W Bush" and "George Bush").
 */
export const variantKey = (name: string) =>
  name
    .replace(/(?<=\S) \p{Lu}\.? (?=\S)/gu, " ")
    .replace(/[\s.-]+/g, "")
    .toLowerCase();

/** For each key, each name with that key and the number of articles giving it. */
export function namesByKey(articles: readonly TopicInText[][], keyOf: (name: string) => string): Map<string, Map<string, number>> {
  const byKey = new Map<string, Map<string, number>>();
  for (const names of articles) {
    for (const name of new Set(names.map((found) => found.name))) {
      const key = keyOf(name);
      const tally = byKey.get(key) ?? new Map<string, number>();
      tally.set(name, (tally.get(name) ?? 0) + 1);
      byKey.set(key, tally);
    }
  }
  return byKey;
}

/** The choice most articles made; a tie goes to the first in A–Z order, so the outcome never depends on article order. */
export function mostArticles<Choice extends string>(tally: ReadonlyMap<Choice, number>): Choice {
  const [best] = [...tally].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  if (!best) throw new Error("no votes to count");
  return best[0];
}

/** Most mentioned first, then A–Z. */
export const byMentions = (a: Topic, b: Topic) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
