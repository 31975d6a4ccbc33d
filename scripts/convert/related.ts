import { type Article, articleText, articleUrl } from "./article.ts";
import { relatedArticles } from "./similarity/related-articles.ts";
import { topicKinds } from "./topics/lexicon.ts";

export const relatedCount = 5;

/**
 * Each article's most related articles, by shared words and topics. Repeats of a story (see
 * also-published.ts) are left out, as they are of lists: a repeat is the same story, so it
 * shares the related articles of the copy that lists show.
 */
export function related(articles: Article[]): Article[] {
  const listed = articles.filter((article) => article.repeatOf === undefined);
  const comparable = listed.map((article) => ({
    id: articleUrl(article),
    text: articleText(article),
    language: article.metadata?.language,
    topics: topicKinds.flatMap((kind) => (article.topics?.[kind] ?? []).map((topic) => `${kind}/${topic.slug}`)),
  }));
  const found = relatedArticles(comparable, relatedCount);
  const byUrl = new Map(listed.map((article, index) => [articleUrl(article), found[index] ?? []]));
  return articles.map((article) => ({ ...article, related: byUrl.get(article.repeatOf ?? articleUrl(article)) ?? [] }));
}
