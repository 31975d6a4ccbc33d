import nlp from "compromise";
import type { Lexicon, TopicKind } from "./lexicon.ts";

/** A word as the language model tagged it. */
type Term = ReturnType<typeof nlp>["docs"][number][number];

/** A name found in the text, with the kind the language model's tags suggest (if any). */
export interface NameInText {
  text: string;
  kind?: TopicKind;
}

/**
 * The tagging steps names need. The model's later passes (chunking, and the post-tagger's
 * hundreds of sentence patterns) take two thirds of its time and mostly refine verbs and
 * dates; the one thing they add for names, "Mr Chidambaram" being a person, is a rule below.
 */
const world = (nlp as unknown as { world(): { hooks: string[] } }).world();
world.hooks = world.hooks.filter((hook) => hook !== "chunks" && hook !== "postTagger");

const capitalised = /^\p{Lu}/u;
/** Tags of words that may be part of a name; a verb or a date in title case is not. */
const nameTags = ["ProperNoun", "Person", "Place", "Organization", "Acronym"];
const notNameTags = ["Date", "Verb", "Pronoun", "Adjective", "Value", "Demonym"];
/** "Hegseth's", "Jones'": the name without the possessive. */
const possessive = /['’]s?$/u;

const tagged = (term: Term, tags: string[]) => tags.some((tag) => term.tags?.has(tag));

function isNameWord(term: Term): boolean {
  return capitalised.test(term.text) && tagged(term, nameTags) && !tagged(term, notNameTags);
}

/** A run of name words ends at punctuation or a possessive: "Rutte, Rubio" is two names; "Indo-Pacific" is one. */
function endsRun(term: Term): boolean {
  return (term.post.trim() !== "" && term.post !== "-") || possessive.test(term.text);
}

/** Consecutive name words, and whether an honorific ("Mr", "Dr") stood just before them. */
interface Run {
  terms: Term[];
  afterHonorific: boolean;
}

/**
 * Runs of capitalised name words, split at titles ("NATO Secretary General Mark Rutte" gives
 * NATO and Mark Rutte), since a title before a name is not part of the name.
 */
function runs(sentence: Term[], lexicon: Lexicon): Run[] {
  const found: Run[] = [];
  let current: Term[] = [];
  // "of" or "of the" after an institution's word, held until the next word says whether the name goes on.
  let joining: Term[] = [];
  let afterHonorific = false;
  let previous: Term | undefined;
  const close = () => {
    if (current.length > 0) found.push({ terms: current, afterHonorific });
    current = [];
    joining = [];
  };
  for (const term of sentence) {
    const word = term.text.replace(possessive, "");
    const isTitle = (lexicon.titles.has(word) || term.tags?.has("Honorific") === true) && !term.tags?.has("Organization");
    const last = current.at(-1);
    if (joining.length === 0 && last && term.text === "of" && institutionHead.test(last.text) && !endsRun(last)) {
      joining = [term];
    } else if (joining.length === 1 && term.text === "the") {
      joining.push(term);
    } else {
      if (joining.length > 0 && isNameWord(term) && !isTitle) current.push(...joining);
      else if (joining.length > 0) close();
      joining = [];
      if (!isNameWord(term) || isTitle) close();
      else {
        if (current.length === 0) afterHonorific = previous?.tags?.has("Honorific") === true;
        current.push(term);
      }
    }
    if (endsRun(term)) close();
    previous = term;
  }
  close();
  return found;
}

/** Words of institutions whose names go on with "of" ("Bank of England", "International Federation of the Phonographic Industry"). */
const institutionHead =
  /^(?:Bank|Federation|Association|Council|Institute|Institution|University|Department|Ministry|Commission|Society|Union|Board|Chamber|Court|Office|League|College|School|Academy|Museum|Church|Confederation|Organisation|Organization|Corporation|Bureau|Agency|Authority|Committee|Party|Guild)$/u;

/** The model's own word list (typed loosely by the library): word → its main tag. */
const knownWords = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon;
/**
 * "Russian oil", "British government": the model tags the adjective of a people as part of an
 * organisation; alone, it names no one. Its lexicon lacks some ("British"), hence the endings
 * (not "-ian", which many first names end in).
 */
function isDemonym(word: string): boolean {
  const lower = word.toLowerCase();
  // The word is seed text: "constructor" must not find what every object inherits.
  const known = Object.hasOwn(knownWords, lower) ? knownWords[lower] : undefined;
  return known === "Demonym" || (known === undefined && /\p{Ll}(?:ish|ese)$/u.test(word));
}

/** Countries by the model's word list, in lower case ("england", "new zealand"). */
export const countryWords = new Set(Object.entries(knownWords).flatMap(([word, tag]) => (tag === "Country" ? [word] : [])));

/** Last words that make a name an organisation's ("Deutsche Bank", "Leeds United", "General Motors"). */
const organisationWords =
  /\s(?:Bank|Group|Corp|Corporation|Inc|Ltd|plc|PLC|Co|Company|Holdings|Airways|Airlines|Motors|Media|Records|Pictures|Studios|Entertainment|Communications|Telecom|Energy|Oil|Petroleum|Foods|Stores|Association|Federation|Union|Council|Party|Commission|Committee|Agency|Authority|Ministry|Department|Office|University|College|School|Institute|Hospital|Court|Board|Trust|Foundation|Society|Club|FC|United|Rovers|Athletic|Wanderers|Albion|Hotspur|Systems|Technologies|Software|Networks|Electronics|Industries|International|Partners|Capital|Securities|Insurance|Fund|Reserve|Exchange|Organisation|Organization|Service|Services)$/u;

/**
 * The kind a name the model left untagged suggests by its own words: an organisation's last word
 * ("Leeds United"), or a first name the model knows followed by another name ("Arsene Wenger" is
 * not known, "Harry Kewell" is). None otherwise: the archive may know the name's kind.
 */
export function guessedKind(name: string): TopicKind | undefined {
  if (organisationWords.test(name) || name.split(" ").some((word, index, words) => institutionHead.test(word) && words[index + 1] === "of"))
    return "organizations";
  const words = name.split(" ");
  if (words.length >= 2 && words.length <= 3 && isFirstName(words[0] ?? "")) return "people";
  return undefined;
}

/** A first name the model knows ("Harry", "Kelly"): alone, it could be anyone's. */
export const isFirstName = (word: string) => ["MaleName", "FemaleName", "FirstName"].includes(String(tagOf(word)));

/** Tags of the model's word list for words that start a sentence but never a name ("And", "But", "In", "However"). */
const functionWordTags = new Set(["Conjunction", "Preposition", "Adverb", "QuestionWord", "Determiner", "Pronoun"]);
const tagOf = (word: string) => {
  const lower = word.toLowerCase();
  return Object.hasOwn(knownWords, lower) ? knownWords[lower] : undefined;
};

/** An article or a word of the model's list that starts sentences but never names ("And", "Meanwhile", "With"). */
export const isFunctionWord = (word: string) => /^(?:The|A|An)$/u.test(word) || functionWordTags.has(tagOf(word) ?? "");

/** The name without the article or function words a sentence put before it: "And Wenger" is Wenger, "The Hague" stays whole only by the lexicon. */
function withoutLeadingWords(written: string): string {
  const words = written.split(" ");
  while (words.length > 0 && isFunctionWord(words[0] as string)) words.shift();
  return words.join(" ");
}

/** A single word the model knows as a word of the language, not a name ("But", "British"): untagged, it names nothing. */
export const isCommonWord = (name: string) =>
  !name.includes(" ") && (isDemonym(name) || (tagOf(name) !== undefined && !/Name|Place|City|Country|Region|Organization/.test(String(tagOf(name)))));

/** Which kind the model's tags point to: an organisation word makes the name an organisation, and so on. */
function kindOf({ terms: run, afterHonorific }: Run): TopicKind | undefined {
  if (run.length === 1 && run[0] && isDemonym(run[0].text)) return undefined;
  // "Bank of England" is a bank, though England is a place.
  if (run.some((term, index) => tagged(term, ["Organization"]) || (institutionHead.test(term.text) && run[index + 1]?.text === "of"))) return "organizations";
  if (run.some((term) => tagged(term, ["Person", "FirstName", "LastName"]))) return "people";
  if (run.some((term) => tagged(term, ["Place", "Country", "City", "Region"]))) return "places";
  // An unknown acronym (BBC, IBM) is almost always an organisation; places in capitals are in the lexicon.
  if (run.length === 1 && run[0] && /^\p{Lu}{2,6}$/u.test(run[0].text)) return "organizations";
  return afterHonorific ? "people" : undefined;
}

/** A word that may begin or be part of a name: capitalised ("Blair", "“Microsoft"), and not a word that merely starts a sentence ("The", "But"). */
const mayBeName = (word: string) => /^\P{L}*\p{Lu}/u.test(word) && !isFunctionWord(word.replace(/^\P{L}+|\P{L}+$/gu, ""));

/**
 * The stretches of a text the model needs to read for names: each word that may be a name with
 * one word either side, one stretch to a line. The model tags a word by itself and its
 * neighbours, so the names and their tags are the same as in the whole text, and it reads about
 * a third of the words. A stretch that does not start a sentence starts with its lower-case
 * neighbour, so a name is never taken for a capitalised first word.
 */
export function nameStretches(text: string): string {
  const stretches: string[] = [];
  for (const line of text.split("\n")) {
    const words = line.split(/\s+/u).filter((word) => word !== "");
    let start = -1;
    let end = -1;
    words.forEach((word, index) => {
      if (!mayBeName(word)) return;
      // Stretches that meet are read as one: "Federation of the Phonographic Industry" is one name.
      if (start >= 0 && index - 1 > end + 1) {
        stretches.push(words.slice(start, end + 1).join(" "));
        start = -1;
      }
      if (start < 0) start = Math.max(0, index - 1);
      end = Math.min(words.length - 1, index + 1);
    });
    if (start >= 0) stretches.push(words.slice(start, end + 1).join(" "));
  }
  return stretches.join("\n");
}

/** The names in an English text, in reading order, as the language model and the lexicon's titles see them. */
export function namesIn(text: string, lexicon: Lexicon): NameInText[] {
  return nlp(nameStretches(text)).docs.flatMap((sentence) =>
    runs(sentence, lexicon).flatMap((run) => {
      const written = run.terms
        .map((term, index) => (index === run.terms.length - 1 ? term.text.replace(possessive, "") : `${term.text}${term.post}`))
        .join("");
      const name = lexicon.byForm.has(written) ? written : withoutLeadingWords(written);
      const kind = kindOf(run);
      return name === "" || (kind === undefined && isCommonWord(name)) ? [] : [{ text: name, kind }];
    }),
  );
}
