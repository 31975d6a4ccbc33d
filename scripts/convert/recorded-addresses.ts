import type { Article } from "./article.ts";
import { type ArchiveRecord, byArticle, identityOf, type RecordEntry, shortSha256, slugOf } from "./record.ts";

/** The headline an article is published under, as the record keeps it. */
export const recordedHeadline = (article: Article) => article.metadata?.title ?? article.headline?.text ?? "";

/** The record's entry for an article: by its identity, or by its seed's path when it has since pinned an `id`. */
export function entryFor(article: Article, entries: ReadonlyMap<string, RecordEntry>): RecordEntry | undefined {
  return entries.get(identityOf(article.seed, article.supplied.id)) ?? (article.supplied.id ? entries.get(article.seed.relativePath) : undefined);
}

/** What the record says of an article that is in it: its address and place in the archive kept, a changed seed marked corrected. */
function asRecorded(article: Article, entry: RecordEntry): Article {
  const changed = entry.sha256 !== shortSha256(article.sha256);
  const headline = recordedHeadline(article);
  const previousHeadline = entry.headline !== headline ? entry.headline : entry.corrected?.previousHeadline;
  const corrected = changed ? (previousHeadline === undefined ? {} : { previousHeadline }) : entry.corrected;
  return { ...article, slug: slugOf(entry), entered: entry.entered, corrected };
}

/**
 * Keeps what the archive's record says: an article in it keeps the address it was first
 * published at (whatever its headline says now) and its place in the order articles entered
 * the archive. Articles new to it enter after every recorded one, in the order of their
 * identities, so a record made afresh is the same on every machine.
 */
export function recordedAddresses(articles: Article[], { record }: { record: ArchiveRecord }): Article[] {
  const entries = byArticle(record);
  let last = 0;
  for (const entry of record.values()) last = Math.max(last, entry.entered);
  const kept = articles.map((article) => {
    const entry = entryFor(article, entries);
    return entry ? asRecorded(article, entry) : article;
  });
  const identity = (article: Article) => identityOf(article.seed, article.supplied.id);
  const newcomers = kept.filter((article) => article.entered === undefined).sort((a, b) => (identity(a) < identity(b) ? -1 : 1));
  const places = new Map(newcomers.map((article, index) => [article, last + index + 1]));
  return kept.map((article) => (article.entered === undefined ? { ...article, entered: places.get(article) } : article));
}
