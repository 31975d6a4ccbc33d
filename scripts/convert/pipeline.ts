import { alsoPublished } from "./also-published.ts";
import type { Article, ArticleStep, Seed } from "./article.ts";
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
import { type ArchiveRecord, emptyRecord } from "./record.ts";
import { recordedAddresses } from "./recorded-addresses.ts";
import { related } from "./related.ts";
import { repeatedFurniture } from "./repeated-furniture.ts";
import { source } from "./source.ts";
import { chainAfter, digestOf, noStepMemory, rememberedStep, type StepMemory, seedChain } from "./step-memory.ts";
import { topicNames } from "./topic-names.ts";
import { type ReadTopics, readTopicsHere, topics } from "./topics.ts";
import { uniqueUrls } from "./unique-urls.ts";

/**
 * What a stage may use besides the articles: how topics are read (here, unless the build says
 * otherwise), the archive's record of what it has published (none, unless the build has one),
 * and what remembered steps gave before (nothing, unless the build keeps it).
 */
export interface Tools {
  readTopics: ReadTopics;
  record: ArchiveRecord;
  memory: StepMemory;
}

/**
 * A stage works on each article alone, or on all of them at once (returning them in the same
 * order). A stage on all of them may answer later (a promise), as the topics stage does when the
 * build reads topics in worker threads. A stage on each article that is `remembered` is run only
 * on articles it has not seen as they are (see step-memory.ts): worth it where the step costs
 * more than reading its result back.
 */
export type Stage = [
  name: string,
  step: { each: ArticleStep; remembered?: true } | { all: (articles: Article[], tools: Tools) => Article[] | Promise<Article[]> },
];

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
  // Guessing the language (franc) is most of the converter's time on an archive it has read before.
  ["metadata", { each: metadata, remembered: true }],
  ["topics", { all: topics }],
  ["topic names", { all: topicNames }],
  ["markdown", { each: markdown }],
  ["permalink", { each: permalink }],
  ["recorded addresses", { all: recordedAddresses }],
  ["unique urls", { all: uniqueUrls }],
  ["near duplicates", { all: alsoPublished }],
  ["related", { all: related }],
  ["document", { each: document }],
];

export const isPublished = (article: Article) => !isUnusable(article) && article.duplicateOf === undefined;

/** What a conversion publishes: each published article's Markdown document and its front matter, by its slug. */
export const publishedDocuments = (articles: Article[]) =>
  articles.filter(isPublished).flatMap(({ slug, document, frontMatter }) => (slug && document && frontMatter ? [{ slug, document, frontMatter }] : []));

function start(seed: Seed): Article {
  return { seed, file: diagnosticsFor(seed.path), sha256: "", text: "", lines: [], supplied: {}, paragraphs: [], furniture: [], facts: {} };
}

/**
 * Runs `stages` in order from the `at`-th over articles; only published articles (not errors or
 * duplicates) reach each stage. It stays synchronous until a stage answers with a promise, and
 * goes on once that settles; with `sync`, such a stage is a mistake of the caller's.
 */
function runStages(result: Article[], chains: string[], stages: Stage[], tools: Tools, sync: boolean, at = 0): Article[] | Promise<Article[]> {
  for (let index = at; index < stages.length; index++) {
    const [name, step] = stages[index] as Stage;
    const live = result.flatMap((article, position) => (isPublished(article) ? [position] : []));
    const input = live.map((position) => result[position] as Article);
    const put = (output: Article[]) => {
      if (output.length !== input.length) throw new Error(`stage "${name}" returned ${output.length} articles for ${input.length}`);
      live.forEach((position, place) => {
        const [before, after] = [input[place] as Article, output[place] as Article];
        // A step on each article is a function of the article: its name is enough to carry the chain on.
        chains[position] = "each" in step ? `${chains[position]}\0${name}` : chainAfter(chains[position] as string, name, before, after);
        result[position] = after;
      });
    };
    if ("each" in step) {
      const run = (article: Article, place: number) =>
        step.remembered ? rememberedStep(step.each, article, digestOf(chains[live[place] as number] as string, name), tools.memory) : step.each(article);
      put(input.map(run));
      continue;
    }
    const output = step.all(input, tools);
    if (!(output instanceof Promise)) {
      put(output);
      continue;
    }
    if (sync) throw new Error(`stage "${name}" answered later; convert with convert(), not convertSync()`);
    return output.then((later) => {
      put(later);
      return runStages(result, chains, stages, tools, sync, index + 1);
    });
  }
  return result;
}

const here: Tools = { readTopics: readTopicsHere, record: emptyRecord, memory: noStepMemory };

/** Seeds → articles, each carrying its diagnostics; every seed comes out, whatever became of it. */
export async function convert(seeds: Seed[], tools: Partial<Tools> = {}, stages: Stage[] = pipeline): Promise<Article[]> {
  return runStages(seeds.map(start), seeds.map(seedChain), stages, { ...here, ...tools }, false);
}

/** `convert`, at once, where every stage answers at once (as all do with topics read here): for tests and tools. */
export function convertSync(seeds: Seed[], stages: Stage[] = pipeline, record: ArchiveRecord = emptyRecord): Article[] {
  return runStages(seeds.map(start), seeds.map(seedChain), stages, { ...here, record }, true) as Article[];
}
