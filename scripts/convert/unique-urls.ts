import { type Article, articleUrl } from "./article.ts";
import { report } from "./diagnostics.ts";
import { type ArchiveRecord, emptyRecord, identityOf } from "./record.ts";

/** Whether the article's URL comes from its own path below the seeds folder, not from an `id:` it pins. */
const ownsItsPath = (article: Article) => article.supplied.id === undefined;

/**
 * An address belongs to the article that first held it. The record says who held each address
 * the archive has published, even one whose article has since left: no other article takes it.
 * Among addresses new to the record, two seeds can reach one slug only when one pins an `id`
 * (under the same headline): that one is refused. A URL that a seed's own path yields belongs to
 * that seed, so an `id:` never takes it over, whichever file comes first; between two pinned
 * seeds, the first by path keeps it.
 */
export function uniqueUrls(articles: Article[], { record }: { record: ArchiveRecord } = { record: emptyRecord }): Article[] {
  const owner = new Map<string, Article>();
  const recorded = (article: Article) => article.slug !== undefined && record.has(articleUrl(article));
  const claimants = [...articles.filter(recorded), ...articles.filter(ownsItsPath), ...articles.filter((article) => !ownsItsPath(article))];
  for (const article of new Set(claimants)) {
    if (article.slug === undefined) continue;
    const url = articleUrl(article);
    const holder = record.get(url);
    const first = owner.get(article.slug);
    if (!first && (!holder || holder.article === identityOf(article.seed, article.supplied.id) || holder.article === article.seed.relativePath)) {
      owner.set(article.slug, article);
      continue;
    }
    const message = first
      ? ownsItsPath(first)
        ? `the \`id\` ${article.supplied.id} gives this article the URL of ${first.seed.path} (${url}), which that seed's own path yields; choose another \`id\``
        : `the article would have the same URL as ${first.seed.path} (${url}); give one of them another \`id\``
      : `${url} was published for another article (${holder?.article}), and an address belongs to the article that first held it; choose another \`id\``;
    report(article, "error", "url-taken", message, { line: article.headline?.line ?? 1 });
  }
  return articles;
}
