import { type Article, articleUrl } from "./article.ts";
import { isPublished } from "./pipeline.ts";
import { type ArchiveRecord, identityOf, type RecordEntry, shortSha256 } from "./record.ts";
import { recordedHeadline } from "./recorded-addresses.ts";

const identity = (article: Article) => identityOf(article.seed, article.supplied.id);

/**
 * The record after this conversion: every published article at its address, and every address
 * the archive published before and no article holds now, marked gone. A gone address leads to
 * the article its own became: the copy it was merged into as a duplicate, or, when its seed was
 * renamed (or withdrawn and added again), the new article with the same seed bytes.
 */
export function nextRecord(previous: ArchiveRecord, articles: Article[]): ArchiveRecord {
  const next = new Map<string, RecordEntry>();
  const published = articles.filter(isPublished);
  for (const article of published) {
    const url = articleUrl(article);
    if (article.entered === undefined) throw new Error(`nextRecord() needs articles that went through "recorded addresses"; ${article.seed.path} did not`);
    const entry = { url, entered: article.entered, article: identity(article), sha256: shortSha256(article.sha256), headline: recordedHeadline(article) };
    next.set(url, article.corrected ? { ...entry, corrected: article.corrected } : entry);
  }
  const byIdentity = new Map(articles.map((article) => [identity(article), article]));
  const byPath = new Map(published.map((article) => [article.seed.path, articleUrl(article)]));
  const newcomerWith = new Map(
    published.filter((article) => !previous.has(articleUrl(article))).map((article) => [shortSha256(article.sha256), articleUrl(article)]),
  );
  for (const entry of previous.values()) {
    if (next.has(entry.url)) continue;
    const duplicateOf = byIdentity.get(entry.article)?.duplicateOf;
    const movedTo = (duplicateOf && byPath.get(duplicateOf)) ?? entry.gone?.movedTo ?? newcomerWith.get(entry.sha256);
    next.set(entry.url, { ...entry, gone: movedTo === undefined ? {} : { movedTo } });
  }
  return next;
}
