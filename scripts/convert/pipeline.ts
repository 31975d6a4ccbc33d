import { alsoPublished } from "./also-published.ts";
import type { Article, ArticleStep, CorpusStep, Seed, Topics } from "./article.ts";
import { decode } from "./decode.ts";
import { diagnosticsFor, isUnusable } from "./diagnostics.ts";
import { document } from "./document.ts";
import { duplicates } from "./duplicates.ts";
import { frontMatter } from "./front-matter.ts";
import { furniture } from "./furniture.ts";
import { headline } from "./headline.ts";
import { lines } from "./lines.ts";
import { markdown } from "./markdown.ts";
import { metadata } from "./metadata.ts";
import { paragraphs } from "./paragraphs.ts";
import { permalink } from "./permalink.ts";
import { related } from "./related.ts";
import { repeatedFurniture } from "./repeated-furniture.ts";
import { source } from "./source.ts";
import { topicNames } from "./topic-names.ts";
import { type TopicsRequest, topics, topicsRequest } from "./topics.ts";
import { uniqueUrls } from "./unique-urls.ts";

/** A stage works on each article alone, or on all of them at once (returning them in the same order). */
export type Stage = [name: string, step: { each: ArticleStep } | { all: CorpusStep }];

/** The converter, in order. Seeds that became errors or duplicates drop out of later stages. */
export const pipeline: Stage[] = [
  ["decode", { each: decode }],
  ["duplicates", { all: duplicates }],
  ["lines", { each: lines }],
  ["front matter", { each: frontMatter }],
  ["headline", { each: headline }],
  ["paragraphs", { each: paragraphs }],
  ["source", { each: source }],
  ["furniture", { each: furniture }],
  ["repeated furniture", { all: repeatedFurniture }],
  ["metadata", { each: metadata }],
  ["topics", { each: topics }],
  ["topic names", { all: topicNames }],
  ["markdown", { each: markdown }],
  ["permalink", { each: permalink }],
  ["unique urls", { all: uniqueUrls }],
  ["near duplicates", { all: alsoPublished }],
  ["related", { all: related }],
  ["document", { each: document }],
];

export const isPublished = (article: Article) => !isUnusable(article) && article.duplicateOf === undefined;

/** What a conversion publishes: each published article's Markdown document, by its slug. */
export const publishedDocuments = (articles: Article[]) =>
  articles.filter(isPublished).flatMap(({ slug, document }) => (slug && document ? [{ slug, document }] : []));

function start(seed: Seed): Article {
  return { seed, file: diagnosticsFor(seed.path), sha256: "", text: "", lines: [], supplied: {}, paragraphs: [], furniture: [], facts: {} };
}

/** Runs stages over articles; only published articles (not errors or duplicates) reach each stage. */
function runStages(articles: Article[], stages: Stage[]): Article[] {
  const result = [...articles];
  for (const [name, step] of stages) {
    const live = result.flatMap((article, index) => (isPublished(article) ? [index] : []));
    const input = live.map((index) => result[index] as Article);
    const output = "each" in step ? input.map(step.each) : step.all(input);
    if (output.length !== input.length) throw new Error(`stage "${name}" returned ${output.length} articles for ${input.length}`);
    live.forEach((index, position) => {
      result[index] = output[position] as Article;
    });
  }
  return result;
}

/** Seeds → articles, each carrying its diagnostics; every seed comes out, whatever became of it. */
export function convert(seeds: Seed[], stages: Stage[] = pipeline): Article[] {
  return runStages(seeds.map(start), stages);
}

/** Answers many articles' topics at once: in worker threads, from a cache, or here. */
export type ReadTopics = (requests: TopicsRequest[]) => Promise<Topics[]>;

/**
 * `convert`, with the topics stage (the language model: most of the converter's time) handed to
 * `readTopics` for all articles at once, so it can run on every core and skip what a cache knows.
 * The other stages run here, in order, exactly as `convert` runs them.
 */
export async function convertReadingTopics(seeds: Seed[], readTopics: ReadTopics): Promise<Article[]> {
  const at = pipeline.findIndex(([name]) => name === "topics");
  const articles = runStages(seeds.map(start), pipeline.slice(0, at));
  const asked = articles.flatMap((article, index) => {
    const request = isPublished(article) ? topicsRequest(article) : undefined;
    return request ? [{ index, request }] : [];
  });
  const answers = await readTopics(asked.map(({ request }) => request));
  if (answers.length !== asked.length) throw new Error(`${asked.length} topics requests got ${answers.length} answers`);
  asked.forEach(({ index }, position) => {
    articles[index] = { ...(articles[index] as Article), topics: answers[position] };
  });
  return runStages(articles, pipeline.slice(at + 1));
}
