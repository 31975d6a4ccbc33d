import { alsoPublished } from "./also-published.ts";
import type { Article, ArticleStep, CorpusStep, Seed } from "./article.ts";
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
import { topics } from "./topics.ts";
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

function start(seed: Seed): Article {
  return { seed, file: diagnosticsFor(seed.path), sha256: "", text: "", lines: [], supplied: {}, paragraphs: [], furniture: [], facts: {} };
}

/** Seeds → articles, each carrying its diagnostics; every seed comes out, whatever became of it. */
export function convert(seeds: Seed[], stages: Stage[] = pipeline): Article[] {
  const articles = seeds.map(start);
  for (const [name, step] of stages) {
    const live = articles.flatMap((article, index) => (isPublished(article) ? [index] : []));
    const input = live.map((index) => articles[index] as Article);
    const output = "each" in step ? input.map(step.each) : step.all(input);
    if (output.length !== input.length) throw new Error(`stage "${name}" returned ${output.length} articles for ${input.length}`);
    live.forEach((index, position) => {
      articles[index] = output[position] as Article;
    });
  }
  return articles;
}
