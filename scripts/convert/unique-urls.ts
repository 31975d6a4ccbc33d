import type { Article } from "./article.ts";
import { report } from "./diagnostics.ts";

/** Two seeds can reach one slug only by pinning one `id` under one headline: the second is refused. */
export function uniqueUrls(articles: Article[]): Article[] {
  const owner = new Map<string, Article>();
  for (const article of articles) {
    if (article.slug === undefined) continue;
    const first = owner.get(article.slug);
    if (!first) {
      owner.set(article.slug, article);
      continue;
    }
    const message = `the article would have the same URL as ${first.seed.path} (/articles/${article.slug}/); give one of them another \`id\``;
    report(article, "error", "url-taken", message, { line: article.headline?.line ?? 1 });
  }
  return articles;
}
