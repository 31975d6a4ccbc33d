// The real articles a generated corpus is made from: ../shared/corpus, or the project's own seeds.
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import type { Seed } from "../convert/article.ts";
import { convertSync, isPublished, pipeline } from "../convert/pipeline.ts";
import { findSeeds, readSeeds } from "../stages/seed-files.ts";
import type { SourceArticle } from "./generated-seeds.ts";

const projectRoot = resolve(import.meta.dirname, "../..");
const corpora = resolve(projectRoot, "../shared/corpus");
const readingStages = pipeline.slice(0, pipeline.findIndex(([name]) => name === "paragraphs") + 1);

/** Six words or more, ending as a sentence ends: wire data lines (`Shr 34 cts vs 1.19 dlrs`) and list items would read as debris in another story. */
const isProse = (paragraph: string) => /[.!?"”’')]$/u.test(paragraph) && paragraph.split(" ").length >= 6;
const webAddress = /^https?:\/\//;

/**
 * Seeds read the way the converter reads them (encodings, front matter, reflowed wire copy,
 * byte-identical copies dropped), keeping only prose paragraphs: tables cannot stand on one line.
 * Left out: a seed whose first line is a web address, not a headline, and one-paragraph notices,
 * whose templates (`Franklin ... Fund sets monthly dividend`) make generated articles near-copies.
 */
export function sourceArticles(seeds: Seed[], labelOf: (seed: Seed) => Pick<SourceArticle, "source" | "section">): SourceArticle[] {
  return convertSync(seeds, readingStages).flatMap((article) => {
    if (!isPublished(article) || !article.headline || article.headline.derived || webAddress.test(article.headline.text)) return [];
    const headline = article.headline.text;
    const paragraphs = article.paragraphs.filter((paragraph) => !paragraph.preformatted && paragraph.text !== headline && isProse(paragraph.text));
    return paragraphs.length > 1 ? [{ headline, paragraphs: paragraphs.map((paragraph) => paragraph.text), ...labelOf(article.seed) }] : [];
  });
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The parts of ../shared/corpus used, all real published articles. Left out: Pérez-Rosas's crowd-written
 * fakes, and its news set, where stripped dashes run clauses together and half the stories are one paragraph.
 */
const corpusParts = [
  { folder: "bbc-greene2006/bbc", source: "BBC News", section: (path: string) => capitalised(basename(dirname(path))) },
  // 1,000 of 7,769 wire stories: the first thousand, so that 1987 commodity and earnings reports do not outweigh the rest.
  { folder: "reuters21578-apte-nltk/reuters/training", source: "Reuters", section: () => "Business", limit: 1000 },
  { folder: "perez-rosas2018-fakenews/celebrityDataset/legit", source: "Celebrity press", section: () => "Celebrity" },
  { folder: "perez-rosas2018-fakenews/celebrityDataset/fake", source: "Celebrity press", section: () => "Celebrity" },
];

async function storyFiles(folder: string, limit = Number.POSITIVE_INFINITY): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  // Reuters stories are named by number, with no extension; everywhere else a story is a `.txt`.
  const stories = entries.filter((entry) => entry.isFile() && (entry.name.endsWith(".txt") || /^\d+$/.test(entry.name)));
  const paths = stories.map((entry) => relative(folder, join(entry.parentPath, entry.name)));
  return paths.sort(new Intl.Collator("en", { numeric: true }).compare).slice(0, limit);
}

/** The articles to draw from: ../shared/corpus, or the project's own seeds where it is absent; `from` says which. */
export async function readSourceArticles(): Promise<{ sources: SourceArticle[]; from: string }> {
  if (!existsSync(corpora)) {
    const folders = ["tests/fixtures/seeds", "seeds"].map((folder) => join(projectRoot, folder));
    const seeds = (await Promise.all(folders.map(async (folder) => readSeeds(folder, await findSeeds(folder))))).flat();
    const sources = sourceArticles(seeds, () => ({ source: "Broadsheet", section: "News" }));
    const from = `the project's own seeds (tests/fixtures/seeds and seeds, ${sources.length} articles), because ${corpora} is absent; so few make many near-copies`;
    return { sources, from };
  }
  const sources: SourceArticle[] = [];
  for (const part of corpusParts) {
    const folder = join(corpora, part.folder);
    const seeds = await readSeeds(folder, await storyFiles(folder, part.limit));
    sources.push(...sourceArticles(seeds, (seed) => ({ source: part.source, section: part.section(seed.path) })));
  }
  return { sources, from: `${corpora} (BBC, Reuters-21578 and Pérez-Rosas articles, ${sources.length} in all)` };
}
