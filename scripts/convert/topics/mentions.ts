/** A topic and the ways the text may name it. */
export interface Named {
  key: string;
  forms: string[];
}

const escaped = (form: string) => form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where a text names a topic: the start of the stretch and the form it is written in. */
export interface Mention {
  at: number;
  form: string;
}

/** A list of topics' forms as one pattern, made once per list: the lexicon's is the same list for every article. */
const patterns = new WeakMap<readonly Named[], { keyOf: Map<string, string>; pattern?: RegExp }>();
function patternOf(topics: readonly Named[]) {
  const made = patterns.get(topics);
  if (made) return made;
  const keyOf = new Map<string, string>();
  for (const { key, forms } of topics) for (const form of forms) if (!keyOf.has(form)) keyOf.set(form, key);
  const forms = [...keyOf.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern = forms.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escaped).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  patterns.set(topics, { keyOf, pattern });
  return { keyOf, pattern };
}

/**
 * Where each topic is named in the text, counting each stretch of text once: the longest form
 * wins, so "Donald Trump" is one mention of Donald Trump, not also one of "Trump". Forms match
 * whole words only and keep their case ("US" is not "us").
 */
export function findMentions(text: string, topics: readonly Named[]): Map<string, Mention[]> {
  const found = new Map<string, Mention[]>(topics.map(({ key }) => [key, []]));
  const { keyOf, pattern } = patternOf(topics);
  if (!pattern) return found;
  for (const match of text.matchAll(pattern)) {
    const key = keyOf.get(match[0]);
    if (key !== undefined) found.get(key)?.push({ at: match.index, form: match[0] });
  }
  return found;
}

/** How often each topic is named in the text (see `findMentions`). */
export function countMentions(text: string, topics: readonly Named[]): Map<string, number> {
  return new Map([...findMentions(text, topics)].map(([key, mentions]) => [key, mentions.length]));
}
