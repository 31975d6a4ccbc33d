// Who a person is, in the article's own words: the role written before their name
// ("Arsenal manager Arsene Wenger") or beside it ("Gordon Brown, the chancellor,").
import type { Descriptor } from "../article.ts";
import type { Lexicon } from "./lexicon.ts";
import { findMentions, type Mention } from "./mentions.ts";
import { isFunctionWord } from "./names.ts";

/** Honorifics say nothing of who someone is. */
const honorifics = new Set(["Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady"]);
/** The most words a role is written in ("former Liberal Democrat leader"). */
const longestRole = 6;

/** The paragraph (1 for the first) of a body whose paragraphs are separated by blank lines. */
const paragraphAt = (body: string, index: number) => (body.slice(0, index).match(/\n\n/g)?.length ?? 0) + 1;

/**
 * The words just before `index` that name a role: read back from the name while each is a role
 * word (a lexicon title or role, "manager", "MP") or, once a role is found, a capitalised word
 * or "of"/"the" within it ("Chancellor of the Exchequer", "Tory MP", "NATO Secretary General").
 */
function roleBefore(text: string, index: number, lexicon: Lexicon): string | undefined {
  const words = text.slice(Math.max(0, index - 120), index).split(/(?<=\s)/);
  if (!/\s$/.test(words.at(-1) ?? "")) return undefined;
  const taken: string[] = [];
  for (const piece of words.reverse()) {
    const word = piece.trim();
    const isRole = lexicon.roles.has(word) || (lexicon.titles.has(word) && !honorifics.has(word));
    const joins = taken.length > 0 && (/^(?:of|the)$/.test(word) || /^\p{Lu}[\p{L}'’-]*$/u.test(word));
    if (!/^[\p{L}'’-]+$/u.test(word) || !(isRole || joins) || taken.length === longestRole) break;
    if (taken.length === 0 && !isRole) break;
    taken.unshift(word);
  }
  // "And Chancellor", "On Tuesday Foreign Secretary": a sentence's first words are not the role.
  while (
    taken.length > 0 &&
    (/^(?:of|the)$/.test(taken[0] ?? "") || (isFunctionWord(taken[0] ?? "") && !lexicon.roles.has(taken[0] ?? "")) || lexicon.ignored.has(taken[0] ?? ""))
  )
    taken.shift();
  return taken.length > 0 ? taken.join(" ") : undefined;
}

/** "Gordon Brown, the chancellor," gives "the chancellor": a short phrase after a comma, ending in a role. */
function roleAfter(text: string, end: number, lexicon: Lexicon): string | undefined {
  const match = /^, ((?:the |a |an )?(?:[\p{L}'’-]+ ){0,5}[\p{L}'’-]+)[,.]/u.exec(text.slice(end, end + 100));
  const phrase = match?.[1];
  if (!phrase) return undefined;
  const words = phrase.split(" ");
  const last = words.at(-1) ?? "";
  const role = lexicon.roles.has(last) || lexicon.roles.has(last.toLowerCase()) || lexicon.titles.has(last);
  return role && !words.some((word) => /^(?:who|which|said|says|and|but|is|was)$/.test(word)) ? phrase : undefined;
}

/**
 * Who the article says a person is, at the first mention by their full name that says it, with
 * its paragraph; none if it never does. `mentions` are where the body names them, if known.
 */
export function descriptorOf(body: string, name: string, lexicon: Lexicon, mentions?: readonly Mention[]): Descriptor | undefined {
  for (const { at, form } of mentions ?? findMentions(body, [{ key: name, forms: [name] }]).get(name) ?? []) {
    if (form !== name) continue;
    const role = roleBefore(body, at, lexicon) ?? roleAfter(body, at + name.length, lexicon);
    if (role) return { text: role, paragraph: paragraphAt(body, at) };
  }
  return undefined;
}
