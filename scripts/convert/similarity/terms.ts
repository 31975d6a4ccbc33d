import { stemmer } from "stemmer";
import * as lists from "stopword";
import { words } from "./words.ts";

/**
 * stopword's lists by the two-letter code articles are tagged with. Every language needs its own:
 * in a mostly English archive the few Chinese articles share 的 and 了, which are rare there and so
 * would weigh as much as a name, tying every Chinese article to every other.
 */
const stopWordLists: Readonly<Record<string, readonly string[]>> = {
  af: lists.afr,
  ar: lists.ara,
  bg: lists.bul,
  bn: lists.ben,
  br: lists.bre,
  ca: lists.cat,
  cs: lists.ces,
  da: lists.dan,
  de: lists.deu,
  el: lists.ell,
  en: lists.eng,
  eo: lists.epo,
  es: lists.spa,
  et: lists.est,
  eu: lists.eus,
  fa: lists.fas,
  fi: lists.fin,
  fr: lists.fra,
  ga: lists.gle,
  gl: lists.glg,
  gu: lists.guj,
  ha: lists.hau,
  he: lists.heb,
  hi: lists.hin,
  hr: lists.hrv,
  hu: lists.hun,
  hy: lists.hye,
  id: lists.ind,
  it: lists.ita,
  ja: lists.jpn,
  ko: lists.kor,
  ku: lists.kur,
  la: lists.lat,
  lt: lists.lit,
  lv: lists.lav,
  mr: lists.mar,
  ms: lists.msa,
  my: lists.mya,
  nb: lists.nob,
  nl: lists.nld,
  no: lists.nob,
  pl: lists.pol,
  pt: lists.por,
  ro: lists.ron,
  ru: lists.rus,
  sk: lists.slk,
  sl: lists.slv,
  so: lists.som,
  st: lists.sot,
  sv: lists.swe,
  sw: lists.swa,
  th: lists.tha,
  tl: lists.tgl,
  tr: lists.tur,
  uk: lists.ukr,
  ur: lists.urd,
  vi: lists.vie,
  yo: lists.yor,
  zh: lists.zho,
  zu: lists.zul,
};
/** Built when a language is first met: most archives need one or two of the sixty. */
const stopWordSets = new Map<string, ReadonlySet<string>>();
const noStopWords: ReadonlySet<string> = new Set();

function stopWords(language: string | undefined): ReadonlySet<string> {
  if (language === undefined || !Object.hasOwn(stopWordLists, language)) return noStopWords;
  const known = stopWordSets.get(language);
  if (known) return known;
  const set = new Set(stopWordLists[language]);
  stopWordSets.set(language, set);
  return set;
}

/** Bare numbers (years, prices, scores) tie together articles that share only a number. */
const number = /^[\p{N}.,'’]+$/u;
/** The stemmer knows nothing of apostrophes: "country's" must meet "country". */
const possessive = /['’]s$/u;

/**
 * A word's term, or null for a word not compared (a stop word, a bare number). English words are
 * stemmed (Porter's stemmer knows only English) so that "elections" meets "election".
 */
function term(word: string, language: string | undefined): string | null {
  const bare = language === "en" ? word.replace(possessive, "") : word;
  if (stopWords(language).has(bare) || number.test(bare)) return null;
  return language === "en" ? stemmer(bare) : bare;
}

/**
 * By language, each word's term. An archive repeats the same few ten thousand words, so each is
 * stemmed once rather than in every article that uses it. The cache grows only with the words of
 * the languages seen, and what it holds never changes a result.
 */
const termsOfWords = new Map<string | undefined, Map<string, string | null>>();

/** How often each word occurs. */
function wordCounts(text: string, language: string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words(text, language)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** How often each term occurs in a text: see `term` for which words are terms. */
export function termCounts(text: string, language?: string): Map<string, number> {
  let termOf = termsOfWords.get(language);
  if (!termOf) {
    termOf = new Map();
    termsOfWords.set(language, termOf);
  }
  const counts = new Map<string, number>();
  for (const [word, count] of wordCounts(text, language)) {
    let found = termOf.get(word);
    if (found === undefined) {
      found = term(word, language);
      termOf.set(word, found);
    }
    if (found !== null) counts.set(found, (counts.get(found) ?? 0) + count);
  }
  return counts;
}
