/** Scripts written without spaces between words, where only a dictionary knows where words end. */
export const unspacedScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** A word where spaces separate words: letters and digits, joined by inner ' ’ . , : ("can't", "u.s", "1,000"). */
const spacedWord = /[\p{L}\p{M}\p{N}]+(?:['’.,:][\p{L}\p{M}\p{N}]+)*/gu;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let found = segmenters.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity: "word" });
    segmenters.set(language, found);
  }
  return found;
}

/**
 * The words of a text as compared between articles: lower-cased, in reading order. Where spaces
 * separate words a regex splits them; runs of scripts written without spaces (Chinese, Thai, …)
 * go to the Unicode word segmenter. The segmenter alone would do both, but in Node 20 it costs
 * about 5 µs a word, and more the longer the text: seconds for an archive.
 */
export function words(text: string, language = "und"): string[] {
  const lowered = text.normalize("NFC").toLocaleLowerCase(language === "und" ? undefined : language);
  const runs = lowered.match(spacedWord) ?? [];
  if (!unspacedScript.test(lowered)) return runs;
  return runs.flatMap((run) =>
    unspacedScript.test(run) ? [...segmenter(language).segment(run)].flatMap((segment) => (segment.isWordLike ? [segment.segment] : [])) : [run],
  );
}
