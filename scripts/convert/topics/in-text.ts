import type { TopicInText } from "../article.ts";
import { kindInContext } from "./context.ts";
import { descriptorOf } from "./descriptor.ts";
import { type KnownName, type Lexicon, separateKey, type TopicKind, topicKinds } from "./lexicon.ts";
import { countMentions, findMentions, type Named } from "./mentions.ts";
import { guessedKind, isCommonWord, namesIn } from "./names.ts";

/** A name as found in one article, before it is counted. */
interface Found {
  /** The kind the model's tags or the name's own words suggest; none when they say nothing. */
  kind?: TopicKind;
  name: string;
  forms: string[];
  known: boolean;
}

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

/**
 * The kind most occurrences of a name were tagged with ("Russia" as a place twice and an
 * organisation once is a place); a name never tagged gets the kind its words suggest, if any.
 */
function kindsByVote(names: { text: string; kind?: TopicKind }[]): Map<string, TopicKind | undefined> {
  const votes = new Map<string, Map<TopicKind, number>>();
  for (const { text, kind } of names) {
    const tally = votes.get(text) ?? new Map<TopicKind, number>();
    if (kind) tally.set(kind, (tally.get(kind) ?? 0) + 1);
    votes.set(text, tally);
  }
  const winners = new Map<string, TopicKind | undefined>();
  for (const [text, tally] of votes) {
    const best = topicKinds.reduce((a, b) => ((tally.get(b) ?? 0) > (tally.get(a) ?? 0) ? b : a));
    winners.set(text, tally.size > 0 ? best : guessedKind(text));
  }
  return winners;
}

/**
 * A person named in full once and by surname elsewhere ("Mark Rutte" … "Rutte") is one person:
 * the surname becomes a form of the full name, unless two people in the article share it, it
 * names another topic (Jack London, London), or the lexicon says otherwise. The lexicon's own
 * people keep exactly the forms it lists (in "Xi Jinping" the family name comes first). A name
 * of no known kind counts as a person here: a surname is how articles shorten people's names.
 */
function withSurnames(found: Map<string, Found>, lexicon: Lexicon): Map<string, Found> {
  const fullNames = new Map<string, Found[]>();
  for (const person of found.values()) {
    const words = person.name.split(" ");
    const surname = words.at(-1);
    if ((person.kind ?? "people") !== "people" || person.known || words.length < 2 || surname === undefined) continue;
    // "National Theatre" … "the Theatre" is no person: an untagged name's last word must not be a common word.
    if (person.kind === undefined && isCommonWord(surname)) continue;
    fullNames.set(surname, [...(fullNames.get(surname) ?? []), person]);
  }
  const otherTopic = (name: string) => [...found.values()].some((topic) => topic.name === name && (topic.kind ?? "people") !== "people");
  for (const [surname, owners] of fullNames) {
    const [owner] = owners;
    if (owners.length !== 1 || !owner || otherTopic(surname) || lexicon.byForm.has(surname) || lexicon.ignored.has(surname)) continue;
    found.delete(surname);
    owner.forms.push(surname);
    // Named by surname, the full name is a person's however the model tagged the full name.
    owner.kind = "people";
  }
  return found;
}

/** Each word's first letter, leaving out "of", "the" and "and": "Football Association" → "FA". */
export const initials = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((word) => !/^(?:of|the|and|for|&)$/i.test(word))
    .map((word) => word[0] ?? "")
    .join("")
    .toUpperCase();
export const isAcronym = (name: string) => /^\p{Lu}{2,6}$/u.test(name);

/**
 * An acronym of another name the article gives is that name: "The Football Association … the FA"
 * is one organisation. Not a person's: "GB" beside Gelete Burka is Great Britain.
 */
function withAcronyms(found: Map<string, Found>, lexicon: Lexicon): Map<string, Found> {
  for (const short of [...found.values()]) {
    if (short.known || !isAcronym(short.name)) continue;
    const long = [...found.values()].filter((other) => other.name.includes(" ") && other.kind !== "people" && initials(other.name) === short.name);
    if (long.length !== 1 || !long[0] || lexicon.separate.has(separateKey([short.name, long[0].name]))) continue;
    found.delete(short.name);
    long[0].forms.push(short.name);
    long[0].kind ??= short.kind;
  }
  return found;
}

/**
 * Whether an all-capitals headline ("MAGMA LOWERS COPPER PRICE") names a topic: by one of its
 * forms, or by its first word when that is no word of the language ("Magma Copper Co").
 */
function inCapitals(headline: string, forms: string[]): boolean {
  const words = new Set(headline.split(/[^\p{L}\p{N}&.'-]+/u));
  const phrase = ` ${headline} `;
  return forms.some((form) => {
    const first = form.split(" ")[0] ?? "";
    return phrase.includes(` ${form.toUpperCase()} `) || (first.length >= 4 && !isCommonWord(first) && words.has(first.toUpperCase()));
  });
}
const isAllCapitals = (headline: string) => /\p{Lu}{2}/u.test(headline) && !/\p{Ll}/u.test(headline);

/** Names of the lexicon's that the text uses, found even where the language model missed them. */
const lexiconNames = new WeakMap<Lexicon, Named[]>();
function knownNamesIn(text: string, lexicon: Lexicon): KnownName[] {
  const named = lexiconNames.get(lexicon) ?? lexicon.names.map((known) => ({ key: known.name, forms: known.forms }));
  lexiconNames.set(lexicon, named);
  const counts = countMentions(text, named);
  return lexicon.names.filter((known) => (counts.get(known.name) ?? 0) > 0);
}

/** An event (Davis Cup, Australian Open) is no person, organisation or place. */
const isEvent = (name: string, lexicon: Lexicon) => lexicon.events.has(name.split(" ").at(-1) ?? "");

/**
 * The names one article's text gives, found by the lexicon and, in English text, by the language
 * model; each counted, with the kind the article's own words give it. Only the names the article
 * is about are kept: named in its headline, named twice, or known to the lexicon. The archive
 * settles a name's kind where the article's words leave it open (topic-names.ts).
 */
export function topicsOf(headline: string, written: string, english: boolean, lexicon: Lexicon): TopicInText[] {
  // A line break inside a paragraph (a wire story's fixed-width lines) may fall inside a name.
  const body = written.replace(/(?<!\n)[ \t]*\n[ \t]*(?!\n)/g, " ");
  // Keyed by name: one name in one article is one thing (the kind is settled below).
  const found = new Map<string, Found>();
  for (const known of knownNamesIn(`${headline}\n\n${body}`, lexicon)) {
    found.set(known.name, { ...known, forms: [...known.forms], known: true });
  }
  const names = english ? [...(isTitleCase(headline) ? [] : namesIn(headline, lexicon)), ...namesIn(body.slice(0, longestTextRead), lexicon)] : [];
  for (const [text, kind] of kindsByVote(names)) {
    if (lexicon.ignored.has(text) || lexicon.byForm.has(text) || isEvent(text, lexicon) || found.has(text)) continue;
    found.set(text, { kind, name: text, forms: [text], known: false });
  }
  const topics = [...withAcronyms(withSurnames(found, lexicon), lexicon).values()];
  const text = `${headline}\n\n${body}`;
  const bodyStart = headline.length + 2;
  const mentionsOf = findMentions(
    text,
    topics.map((topic) => ({ key: topic.name, forms: topic.forms })),
  );
  return topics.flatMap((topic): TopicInText[] => {
    const mentioned = mentionsOf.get(topic.name) ?? [];
    const inBody = mentioned.filter(({ at }) => at >= bodyStart).map(({ at, form }) => ({ at: at - bodyStart, form }));
    const headlineMentions = mentioned.length - inBody.length || (isAllCapitals(headline) && inCapitals(headline, topic.forms) ? 1 : 0);
    const mentions = headlineMentions + inBody.length;
    if (mentions === 0 || !(headlineMentions > 0 || mentions >= 2 || topic.known)) return [];
    const who = () => descriptorOf(body, topic.name, lexicon, inBody);
    const forms = topic.known ? [] : topic.forms.filter((form) => form !== topic.name);
    if (topic.known) {
      const descriptor = topic.kind === "people" ? who() : undefined;
      return [{ name: topic.name, kind: topic.kind, mentions, sure: true, forms, ...(descriptor ? { descriptor } : {}) }];
    }
    const said = kindInContext(text, mentioned, topic.kind);
    // A work or a product ("the film Vera Drake") is no topic: said for sure, of no kind, so the archive drops it everywhere.
    if (said === "none") return [{ name: topic.name, mentions, forms, sure: true }];
    const kind = said ?? topic.kind;
    const descriptor = (kind ?? "people") === "people" ? who() : undefined;
    return [{ name: topic.name, mentions, forms, kind, sure: said !== undefined, ...(descriptor ? { descriptor } : {}) }];
  });
}
