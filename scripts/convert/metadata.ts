import { franc } from "franc-min";
import { iso6393To1 } from "iso-639-3";
import { type Article, bodyText, type Metadata } from "./article.ts";
import { shorten } from "./shorten.ts";
import { unspacedScript } from "./similarity/words.ts";

const descriptionLength = 160;
const wordsPerMinute = 230;
/** Shorter texts give unreliable language guesses; longer ones add time, not accuracy. */
const leastTextForLanguage = 40;
const languageSample = 1000;

const wordSegmenter = new Intl.Segmenter("und", { granularity: "word" });
const spacedWord = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu;

/** Words as a reader counts them; the (slower) segmenter only where words are not spaced. */
export function countWords(text: string): number {
  if (!unspacedScript.test(text)) return text.match(spacedWord)?.length ?? 0;
  return [...wordSegmenter.segment(text)].filter((segment) => segment.isWordLike).length;
}

/** `business` → `Business`, `sci-tech` → `Sci Tech`. */
function sectionFromFolder(relativePath: string): string | undefined {
  const folders = relativePath.split("/").slice(0, -1);
  const folder = folders.at(-1);
  if (folder === undefined) return undefined;
  return folder.replace(/[-_]+/g, " ").replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/**
 * franc names some languages by an individual code that has no two-letter form; pages are tagged
 * (and searched) by the two-letter code of the macrolanguage, as browsers and Pagefind expect.
 */
const macrolanguage: Record<string, string> = {
  cmn: "zh",
  arb: "ar",
  pes: "fa",
  swh: "sw",
  uzn: "uz",
  zlm: "ms",
  npi: "ne",
  azj: "az",
  plt: "mg",
  pbu: "ps",
  ckb: "ku",
  fuv: "ff",
  qug: "qu",
};

function language(text: string): string | undefined {
  if (text.length < leastTextForLanguage) return undefined;
  const code = franc(text.slice(0, languageSample));
  return iso6393To1[code] ?? macrolanguage[code];
}

/**
 * What the article says about itself: from the seed's front matter first, then what the
 * furniture told (breadcrumb section, agency feed), then the seed's folder. A date is set only
 * where the seed states one.
 */
export function metadata(article: Article): Article {
  const { supplied, headline, facts } = article;
  if (!headline) return article;
  const prose = article.paragraphs.filter((paragraph) => !paragraph.preformatted);
  const body = bodyText(article);
  const wordCount = countWords(body);
  const result: Metadata = {
    title: headline.text,
    displayTitle: headline.display,
    description: shorten(prose[0]?.text ?? body, descriptionLength),
    source: supplied.source ?? article.profile?.name,
    section: supplied.section ?? facts.section ?? sectionFromFolder(article.seed.relativePath),
    published: supplied.date,
    author: supplied.author,
    originalUrl: supplied.url,
    keywords: supplied.tags ?? [],
    language: language(body),
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / wordsPerMinute)),
    agencyFeed: facts.agencyFeed ?? false,
  };
  return { ...article, metadata: result };
}
