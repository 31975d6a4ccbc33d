import type { Article } from "./article.ts";
import { report } from "./diagnostics.ts";
import { type ArchiveRecord, byArticle, emptyRecord, shortSha256 } from "./record.ts";

/**
 * Byte-identical seeds become one article, and every other copy is reported as a duplicate that
 * points at it. The one published is the one the archive's record says already held these bytes
 * (a seed edited into a copy of another is the copy), else the one that entered the archive
 * first, else the first by path. So a copy added or made later never moves the article it copies.
 */
export function duplicates(articles: Article[], { record }: { record: ArchiveRecord } = { record: emptyRecord }): Article[] {
  const recorded = byArticle(record);
  // Before the front matter is read, a seed's identity is known only by its path.
  const rank = (article: Article): [number, number] => {
    const entry = recorded.get(article.seed.relativePath);
    if (!entry || entry.gone) return [2, 0];
    return [entry.sha256 === shortSha256(article.sha256) ? 0 : 1, entry.entered];
  };
  const byRank = (a: Article, b: Article) => {
    const [[aHeld, aEntered], [bHeld, bEntered]] = [rank(a), rank(b)];
    return aHeld - bHeld || aEntered - bEntered || (a.seed.relativePath < b.seed.relativePath ? -1 : 1);
  };
  const firstWith = new Map<string, Article>();
  const ordered = [...articles].sort(byRank);
  for (const article of ordered) if (!firstWith.has(article.sha256)) firstWith.set(article.sha256, article);
  return articles.map((article) => {
    const first = firstWith.get(article.sha256);
    if (!first || first === article) return article;
    report(article, "info", "duplicate", `the seed is byte-identical to ${first.seed.path}, which is published in its place`);
    return { ...article, duplicateOf: first.seed.path };
  });
}
