import { type Article, articleText, articleUrl } from "./article.ts";
import { report } from "./diagnostics.ts";
import type { Tools } from "./pipeline.ts";
import { fingerprint, nearDuplicateGroups, type Shingled } from "./similarity/near-duplicates.ts";
import { digestOf, noStepMemory, rememberedValue } from "./step-memory.ts";

/** The moment a stated date names (a date-time may carry any offset); undefined when undated. */
const instant = (article: Article) => (article.metadata?.published === undefined ? undefined : Date.parse(article.metadata.published));

/**
 * The copy lists show: the earliest dated one (the first publication), then the one that entered
 * the archive first (so a copy added later never takes the place of one already listed), then by seed path.
 */
function firstPublished(a: Article, b: Article): number {
  const [x, y] = [instant(a), instant(b)];
  if (x !== y) return x === undefined ? 1 : y === undefined ? -1 : x - y;
  const entered = (a.entered ?? Number.POSITIVE_INFINITY) - (b.entered ?? Number.POSITIVE_INFINITY);
  if (entered) return entered;
  return a.seed.relativePath < b.seed.relativePath ? -1 : a.seed.relativePath > b.seed.relativePath ? 1 : 0;
}

/**
 * Near-copies of one story from different seeds (not byte-identical: those are duplicates) link
 * to each other as "also published as"; all but the first published are marked as repeats, so
 * lists and search show the story once while every copy keeps its page.
 */
export function alsoPublished(articles: Article[], { memory }: Pick<Tools, "memory"> = { memory: noStepMemory }): Article[] {
  const byUrl = new Map(articles.map((article) => [articleUrl(article), article]));
  const texts = articles.map((article) => ({ id: articleUrl(article), text: articleText(article), language: article.metadata?.language }));
  const marks = new Map<string, Pick<Article, "alsoPublishedAs" | "repeatOf">>();
  // An article's signature depends on its text and language alone: it is remembered, as a step on one article is.
  const remembered = (text: Shingled) => {
    const kept = rememberedValue(memory, digestOf("minhash", text.text, text.language ?? ""), () => {
      const print = fingerprint(text);
      return print && Buffer.from(print.buffer, print.byteOffset, print.byteLength).toString("base64");
    });
    return kept === null ? null : new Uint32Array(new Uint8Array(Buffer.from(kept, "base64")).buffer);
  };
  for (const group of nearDuplicateGroups(texts, undefined, remembered)) {
    const members = group.flatMap((url) => byUrl.get(url) ?? []).sort(firstPublished);
    const urls = members.map(articleUrl);
    const [first] = members;
    for (const member of members) {
      const url = articleUrl(member);
      const repeat = first !== undefined && member !== first;
      marks.set(url, { alsoPublishedAs: urls.filter((other) => other !== url), repeatOf: repeat ? articleUrl(first) : undefined });
      if (repeat)
        report(
          member,
          "info",
          "near-duplicate",
          `nearly the same text as ${first.seed.path}; lists and search show that one, and each page links to the other`,
        );
    }
  }
  return articles.map((article) => ({ ...article, ...marks.get(articleUrl(article)) }));
}
