import type { Article, Headline, Line } from "./article.ts";
import { report } from "./diagnostics.ts";
import { shorten } from "./shorten.ts";

/** A first line longer than this is a paragraph, not a headline. */
export const longestHeadline = 160;
/** A headline taken from a first sentence is cut, at a word boundary, to this length. */
const derivedHeadlineLength = 100;

const hasLetter = /\p{L}/u;
const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

const sentences = new Intl.Segmenter("und", { granularity: "sentence" });
/** A full stop that ends an abbreviation (`U.S.`, `Mr.`), not a sentence: the segmenter cannot tell. */
const abbreviationEnd = /(?:(?:^|[\s.])\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Mt|No|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Prof|Inc|Corp|Co|Ltd|Jr|Sr|vs|etc))\.\s*$/u;

function firstSentence(text: string): string {
  let sentence = "";
  for (const { segment } of sentences.segment(text)) {
    sentence += segment;
    if (!abbreviationEnd.test(sentence)) break;
  }
  return shorten(sentence, derivedHeadlineLength);
}

const smallWords = new Set("a an and as at but by for from in into nor of on or per the to up via vs with".split(" "));

/** One part of a word: abbreviations (`U.S.`) and vowel-less codes (`GM`) stay capitals. */
function capitalised(part: string): string {
  if (/\p{L}\.\p{L}/u.test(part) || !/[AEIOUY]/.test(part)) return part;
  return part.toLowerCase().replace(/\p{L}/u, (letter) => letter.toUpperCase());
}

/** `BAHIA COCOA REVIEW` → `Bahia Cocoa Review`; `U.S.-JAPAN` → `U.S.-Japan`; small words lower case inside. */
export function displayForm(headline: string): string | undefined {
  if (/\p{Ll}/u.test(headline) || (headline.match(/\p{Lu}/gu)?.length ?? 0) < 2) return undefined;
  const words = headline.split(/(\s+)/);
  const last = words.length - 1;
  return words
    .map((word, index) => {
      if (index !== 0 && index !== last && smallWords.has(word.toLowerCase())) return word.toLowerCase();
      return word
        .split(/([-/])/)
        .map(capitalised)
        .join("");
    })
    .join("");
}

/**
 * Finds the headline: the seed's `title`, else its first line with letters. A seed without
 * a headline line (one long line of text) gets one from its first sentence, and keeps that
 * line as body text.
 */
export function headline(article: Article): Article {
  const start = article.lines.findIndex((line) => hasLetter.test(line.text));
  const candidate: Line | undefined = article.lines[start];
  if (!candidate) {
    report(article, "error", "no-text", "the seed has no text (no line with letters); add the article's text or delete the file");
    return article;
  }
  const skipped = article.lines.slice(0, start).filter((line) => line.text.trim() !== "");
  const furniture = [...article.furniture, ...skipped.map((line) => ({ line: line.number, text: line.text.trim(), rule: "before-headline" }))];
  for (const line of skipped) report(article, "warning", "before-headline", `removed "${line.text.trim()}" above the headline`, { line: line.number });

  const text = collapse(candidate.text);
  const title = article.supplied.title;
  if (title !== undefined) {
    const consumed = collapse(title) === text;
    const lines = consumed ? article.lines.slice(start + 1) : article.lines.slice(start);
    const found: Headline = { text: collapse(title), line: candidate.number, derived: false, display: displayForm(title) };
    return { ...article, headline: found, lines, furniture };
  }

  const onlyLine = !article.lines.slice(start + 1).some((line) => hasLetter.test(line.text));
  if (onlyLine || text.length > longestHeadline) {
    report(
      article,
      "warning",
      "no-headline",
      "the seed has no headline line, so its first sentence became the headline; put the headline on the first line, or set `title` in front matter",
      { line: candidate.number },
    );
    const found: Headline = { text: firstSentence(text), line: candidate.number, derived: true };
    return { ...article, headline: found, lines: article.lines.slice(start), furniture };
  }
  const found: Headline = { text, line: candidate.number, derived: false, display: displayForm(text) };
  return { ...article, headline: found, lines: article.lines.slice(start + 1), furniture };
}
