import { type Article, articleUrl } from "./article.ts";
import { report } from "./diagnostics.ts";

/** Whether the article's URL comes from its own path below the seeds folder, not from an `id:` it pins. */
const ownsItsPath = (article: Article) => article.supplied.id === undefined;

/**
 * Two seeds can reach one slug only when one pins an `id` (under the same headline): that one is
 * refused. A URL that a seed's own path yields belongs to that seed, so an `id:` never takes it
 * over, whichever file comes first; between two pinned seeds, the first by path keeps it.
 */
export function uniqueUrls(articles: Article[]): Article[] {
  const owner = new Map<string, Article>();
  const claimants = [...articles.filter(ownsItsPath), ...articles.filter((article) => !ownsItsPath(article))];
  for (const article of claimants) {
    if (article.slug === undefined) continue;
    const first = owner.get(article.slug);
    if (!first) {
      owner.set(article.slug, article);
      continue;
    }
    const url = articleUrl(article);
    const message = ownsItsPath(first)
      ? `the \`id\` ${article.supplied.id} gives this article the URL of ${first.seed.path} (${url}), which that seed's own path yields; choose another \`id\``
      : `the article would have the same URL as ${first.seed.path} (${url}); give one of them another \`id\``;
    report(article, "error", "url-taken", message, { line: article.headline?.line ?? 1 });
  }
  return articles;
}
