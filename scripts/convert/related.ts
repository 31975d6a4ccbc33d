import { type Article, articleText, articleUrl } from "./article.ts";
import type { Tools } from "./pipeline.ts";
import { type Comparable, termsOf } from "./similarity/related-articles.ts";
import { type RelatedState, relatedArticlesSince } from "./similarity/related-since.ts";
import { digestOf, noStepMemory, rememberedValue } from "./step-memory.ts";
import { topicKinds } from "./topics/lexicon.ts";

export const relatedCount = 5;

/** Where the step memory keeps the last answer: one for the archive, whatever it holds. */
const lastRelated = "related lists";

/**
 * Each article's most related articles, by shared words and topics. Repeats of a story (see
 * also-published.ts) are left out, as they are of lists: a repeat is the same story, so it
 * shares the related articles of the copy that lists show.
 */
export function related(articles: Article[], { memory }: Pick<Tools, "memory"> = { memory: noStepMemory }): Article[] {
  const listed = articles.filter((article) => article.repeatOf === undefined);
  const comparable = listed.map((article) => ({
    id: articleUrl(article),
    text: articleText(article),
    language: article.metadata?.language,
    topics: topicKinds.flatMap((kind) => (article.topics?.[kind] ?? []).map((topic) => `${kind}/${topic.slug}`)),
  }));
  // An article's terms depend on its text, language and topics alone: they are remembered, as a step on one article is.
  const remembered = (article: Comparable) =>
    rememberedValue(memory, digestOf("terms", article.text, article.language ?? "", ...article.topics), () => termsOf(article));
  // The last answer, with its scores, is kept too: only the lists the change reaches are worked out again.
  const { lists: found, state } = relatedArticlesSince(memory.recall(lastRelated) as RelatedState | undefined, comparable, relatedCount, remembered);
  memory.keep(lastRelated, state);
  const byUrl = new Map(listed.map((article, index) => [articleUrl(article), found[index] ?? []]));
  return articles.map((article) => ({ ...article, related: byUrl.get(article.repeatOf ?? articleUrl(article)) ?? [] }));
}
