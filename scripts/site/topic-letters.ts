// The A–Z lists of each kind of topic: a page per letter, paginated, each small enough for a phone.
import { slugWords } from "../convert/slug.ts";
import { type TopicKind, topicKindNames, topicKinds } from "../convert/topics/kinds.ts";
import type { TopicPage } from "./topics.ts";
import { topicLetterUrl } from "./urls.ts";

/** Topics named by fewer articles are left out of the A–Z lists; they keep their pages, reachable from their articles. */
export const fewestArticlesListed = 2;
/** Topics on one page of a letter: at about 100 bytes a row, well under 100 KB a page. */
export const topicsPerLetterPage = 300;

export interface LetterLink {
  initial: string;
  url: string;
  /** Topics under the letter. */
  count: number;
}

/** One page of a letter's topics. */
export interface TopicLetterPage {
  kind: TopicKind;
  kindName: string;
  initial: string;
  url: string;
  number: number;
  of: number;
  previous?: string;
  next?: string;
  topics: { name: string; url: string; count: number }[];
  /** Every letter of the kind, for the page's letter links. */
  letters: LetterLink[];
}

/** A kind's A–Z index: its letters, and how many topics were too rare to list. */
export interface TopicLetters {
  letters: LetterLink[];
  listed: number;
  left: number;
}

/** The letter a topic is filed under: of its name as transliterated in URLs ("Élysée" under E), "#" for the rest. */
export const initialOf = (name: string) => {
  const letter = slugWords(name).charAt(0).toUpperCase();
  return /^[A-Z]$/.test(letter) ? letter : "#";
};
const letterSlug = (initial: string) => (initial === "#" ? "other" : initial.toLowerCase());

/** Each kind's A–Z index and letter pages, from its topics in A–Z order. */
export function topicLetters<Item>(topics: Record<TopicKind, TopicPage<Item>[]>): { index: Record<TopicKind, TopicLetters>; pages: TopicLetterPage[] } {
  const index = {} as Record<TopicKind, TopicLetters>;
  const pages: TopicLetterPage[] = [];
  for (const kind of topicKinds) {
    const listed = topics[kind].filter((topic) => topic.items.length >= fewestArticlesListed);
    const byLetter = new Map<string, TopicPage<Item>[]>();
    for (const topic of listed) byLetter.set(initialOf(topic.name), [...(byLetter.get(initialOf(topic.name)) ?? []), topic]);
    const initials = [...byLetter.keys()].sort((a, b) => (a === "#" ? 1 : b === "#" ? -1 : a < b ? -1 : 1));
    const letters = initials.map((initial) => ({ initial, url: topicLetterUrl(kind, letterSlug(initial)), count: byLetter.get(initial)?.length ?? 0 }));
    index[kind] = { letters, listed: listed.length, left: topics[kind].length - listed.length };
    for (const initial of initials) {
      const all = byLetter.get(initial) ?? [];
      const of = Math.ceil(all.length / topicsPerLetterPage);
      const urlOf = (number: number) => topicLetterUrl(kind, letterSlug(initial), number);
      for (let number = 1; number <= of; number++) {
        pages.push({
          kind,
          kindName: topicKindNames[kind],
          initial,
          url: urlOf(number),
          number,
          of,
          ...(number > 1 ? { previous: urlOf(number - 1) } : {}),
          ...(number < of ? { next: urlOf(number + 1) } : {}),
          topics: all
            .slice((number - 1) * topicsPerLetterPage, number * topicsPerLetterPage)
            .map((topic) => ({ name: topic.name, url: topic.url, count: topic.items.length })),
          letters,
        });
      }
    }
  }
  return { index, pages };
}
