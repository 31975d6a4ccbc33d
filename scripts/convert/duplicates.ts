import type { Article } from "./article.ts";
import { report } from "./diagnostics.ts";

/**
 * Byte-identical seeds become one article: the first by path is published, and every other
 * copy is reported as a duplicate that points at it.
 */
export function duplicates(articles: Article[]): Article[] {
  const firstWith = new Map<string, Article>();
  const ordered = [...articles].sort((a, b) => (a.seed.relativePath < b.seed.relativePath ? -1 : 1));
  for (const article of ordered) if (!firstWith.has(article.sha256)) firstWith.set(article.sha256, article);
  return articles.map((article) => {
    const first = firstWith.get(article.sha256);
    if (!first || first === article) return article;
    report(article, "info", "duplicate", `the seed is byte-identical to ${first.seed.path}, which is published in its place`);
    return { ...article, duplicateOf: first.seed.path };
  });
}
