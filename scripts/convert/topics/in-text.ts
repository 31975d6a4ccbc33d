import type { Topic, Topics } from "../article.ts";
import { slugWords } from "../slug.ts";
import { type KnownName, type Lexicon, type TopicKind, topicKinds } from "./lexicon.ts";
import { countMentions } from "./mentions.ts";
import { namesIn } from "./names.ts";

/** A topic as found in one article, before it is counted. */
interface Found {
  kind: TopicKind;
  name: string;
  forms: string[];
  known: boolean;
}

const keyOf = (kind: TopicKind, name: string) => `${kind}/${name}`;
/**
 * The language model reads about 50 KB of text a second; names are looked for in this much of a
 * body (a very long article) and counted in all of it, so one huge seed cannot stall the build.
 */
const longestTextRead = 100_000;
/** Words Title Case leaves in lower case. */
const minorWords = new Set([
  "a",
  "an",
  "the",
  "and",
  "but",
  "or",
  "nor",
  "for",
  "so",
  "yet",
  "as",
  "at",
  "by",
  "in",
  "of",
  "off",
  "on",
  "per",
  "to",
  "up",
  "via",
  "vs",
]);
/** A Title Case headline capitalises every word, so its capitals say nothing about names. */
const isTitleCase = (headline: string) => {
  const words = headline.split(/\s+/).filter((word) => /^\p{L}/u.test(word) && !minorWords.has(word));
  return words.length > 1 && words.every((word) => /^\p{Lu}/u.test(word));
};

/** The kind most occurrences of a name were tagged with ("Russia" as a place twice and an organisation once is a place). */
function kindsByVote(names: { text: string; kind?: TopicKind }[]): Map<string, TopicKind> {
  const votes = new Map<string, Map<TopicKind, number>>();
  for (const { text, kind } of names) {
    if (!kind) continue;
    const tally = votes.get(text) ?? new Map<TopicKind, number>();
    tally.set(kind, (tally.get(kind) ?? 0) + 1);
    votes.set(text, tally);
  }
  const winners = new Map<string, TopicKind>();
  for (const [text, tally] of votes) {
    const best = topicKinds.reduce((a, b) => ((tally.get(b) ?? 0) > (tally.get(a) ?? 0) ? b : a));
    winners.set(text, best);
  }
  return winners;
}

/**
 * A person named in full once and by surname elsewhere ("Mark Rutte" … "Rutte") is one person:
 * the surname becomes a form of the full name, unless two people in the article share it, it
 * names another topic (Jack London, London), or the lexicon says otherwise. The lexicon's own
 * people keep exactly the forms it lists (in "Xi Jinping" the family name comes first).
 */
function withSurnames(found: Map<string, Found>, lexicon: Lexicon): Map<string, Found> {
  const fullNames = new Map<string, Found[]>();
  for (const person of found.values()) {
    const words = person.name.split(" ");
    const surname = words.at(-1);
    if (person.kind !== "people" || person.known || words.length < 2 || surname === undefined) continue;
    fullNames.set(surname, [...(fullNames.get(surname) ?? []), person]);
  }
  const otherTopic = (name: string) => topicKinds.some((kind) => kind !== "people" && found.has(keyOf(kind, name)));
  for (const [surname, owners] of fullNames) {
    const [owner] = owners;
    if (owners.length !== 1 || !owner || otherTopic(surname) || lexicon.byForm.has(surname) || lexicon.ignored.has(surname)) continue;
    found.delete(keyOf("people", surname));
    owner.forms.push(surname);
  }
  return found;
}

/** Names of the lexicon's that the text uses, found even where the language model missed them. */
function knownNamesIn(text: string, lexicon: Lexicon): KnownName[] {
  const counts = countMentions(
    text,
    lexicon.names.map((known) => ({ key: keyOf(known.kind, known.name), forms: known.forms })),
  );
  return lexicon.names.filter((known) => (counts.get(keyOf(known.kind, known.name)) ?? 0) > 0);
}

/** The topics of one article's text: found by the lexicon, and in English text by the language model; counted; filtered. */
export function topicsOf(headline: string, body: string, english: boolean, lexicon: Lexicon): Topics {
  const found = new Map<string, Found>();
  for (const known of knownNamesIn(`${headline}\n\n${body}`, lexicon)) {
    found.set(keyOf(known.kind, known.name), { ...known, forms: [...known.forms], known: true });
  }
  const names = english ? [...(isTitleCase(headline) ? [] : namesIn(headline, lexicon)), ...namesIn(body.slice(0, longestTextRead), lexicon)] : [];
  for (const [text, kind] of kindsByVote(names)) {
    if (lexicon.ignored.has(text) || lexicon.byForm.has(text)) continue;
    found.set(keyOf(kind, text), { kind, name: text, forms: [text], known: false });
  }
  const topics = [...withSurnames(found, lexicon).values()];
  const named = topics.map((topic) => ({ key: keyOf(topic.kind, topic.name), forms: topic.forms }));
  const inHeadline = countMentions(headline, named);
  const inBody = countMentions(body, named);
  const result: Topics = { people: [], organizations: [], places: [] };
  for (const topic of topics) {
    const key = keyOf(topic.kind, topic.name);
    const headlineMentions = inHeadline.get(key) ?? 0;
    const mentions = headlineMentions + (inBody.get(key) ?? 0);
    // Only the topics the article is about: named in its headline, named twice, or known to the lexicon.
    if (mentions === 0 || !(headlineMentions > 0 || mentions >= 2 || topic.known)) continue;
    const slug = slugWords(topic.name);
    if (slug !== "") result[topic.kind].push({ name: topic.name, slug, mentions });
  }
  for (const kind of topicKinds) result[kind].sort(byMentions);
  return result;
}

/** Most mentioned first, then A–Z. */
export const byMentions = (a: Topic, b: Topic) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
