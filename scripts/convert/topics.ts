import { type Article, bodyText, type TopicInText } from "./article.ts";
import { topicsOf } from "./topics/in-text.ts";
import { lexicon as projectLexicon } from "./topics/lexicon.ts";

/** What finding an article's topics reads: all of it is text, so it can be sent to a worker thread or hashed for a cache. */
export interface TopicsRequest {
  headline: string;
  body: string;
  english: boolean;
}

/** The request for the article's topics; none before the article has a headline and metadata. */
export function topicsRequest(article: Article): TopicsRequest | undefined {
  const { headline, metadata } = article;
  if (!headline || !metadata) return undefined;
  return { headline: headline.text, body: bodyText(article), english: metadata.language === "en" };
}

export const answerTopics = ({ headline, body, english }: TopicsRequest): TopicInText[] => topicsOf(headline, body, english, projectLexicon);

/** Answers many articles' topics at once: here, in worker threads, or from a cache. */
export type ReadTopics = (requests: TopicsRequest[]) => TopicInText[][] | Promise<TopicInText[][]>;

/** Reads topics here, one article after another: what a conversion does unless it is given another reader. */
export const readTopicsHere: ReadTopics = (requests) => requests.map(answerTopics);

/**
 * The names each article's text gives, each with how often it names them and what it suggests
 * they are; the archive settles them into topics (topic-names.ts).
 * The language model is most of the converter's time, so every article's request goes to
 * `readTopics` at once: the build answers them on every core and from its cache.
 */
export function topics(articles: Article[], { readTopics }: { readTopics: ReadTopics }): Article[] | Promise<Article[]> {
  const asked = articles.flatMap((article, index) => {
    const request = topicsRequest(article);
    return request ? [{ index, request }] : [];
  });
  const withAnswers = (answers: TopicInText[][]) => {
    if (answers.length !== asked.length) throw new Error(`${asked.length} topics requests got ${answers.length} answers`);
    const result = [...articles];
    asked.forEach(({ index }, position) => {
      result[index] = { ...(result[index] as Article), topicsInText: answers[position] };
    });
    return result;
  };
  const answers = readTopics(asked.map(({ request }) => request));
  return answers instanceof Promise ? answers.then(withAnswers) : withAnswers(answers);
}
