/** A topic and the ways the text may name it. */
export interface Named {
  key: string;
  forms: string[];
}

const escaped = (form: string) => form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * How often each topic is named in the text, counting each stretch of text once: the longest
 * form wins, so "Donald Trump" is one mention of Donald Trump, not also one of "Trump".
 * Forms match whole words only and keep their case ("US" is not "us").
 */
export function countMentions(text: string, topics: Named[]): Map<string, number> {
  const counts = new Map<string, number>(topics.map(({ key }) => [key, 0]));
  const keyOf = new Map<string, string>();
  for (const { key, forms } of topics) for (const form of forms) if (!keyOf.has(form)) keyOf.set(form, key);
  if (keyOf.size === 0) return counts;
  const forms = [...keyOf.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escaped).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  for (const match of text.matchAll(pattern)) {
    const key = keyOf.get(match[0]);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
