// What the corpus tests share: where the corpora are, and checks every corpus build must pass.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { decodeHTMLStrict } from "entities";
import { Parser } from "htmlparser2";
import { expect } from "vitest";
import type { Article, Seed } from "../../scripts/convert/article.ts";
import { convert } from "../../scripts/convert/pipeline.ts";
import type { ReadTopics } from "../../scripts/convert/topics.ts";
import { fileOf } from "../../scripts/site/urls.ts";
import { type BuildReport, buildReport, type SeedReport } from "../../scripts/stages/report.ts";
import { findSeeds, readSeeds } from "../../scripts/stages/seed-files.ts";
import { type Build, projectRoot } from "../site/build-site.ts";

// Research-only corpora, read in place from ../shared and never copied into the repository.
export const corpora = resolve(projectRoot, "../shared/corpus");
export const present = existsSync(corpora);
if (!present) console.warn(`Skipping the corpus builds: ${corpora} is not here (the corpora live beside the project, in ../shared/corpus).`);

/** The headline as a reader of the raw file sees it: its first line with letters. */
function headlineOf(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  const line = text.split(/\r\n|\r|\n/).find((candidate) => /\p{L}/u.test(candidate)) ?? "";
  return decodeHTMLStrict(line.normalize("NFC"))
    .replace(/[\s\u00A0]+/g, " ")
    .trim();
}

/**
 * Each published seed's headline, as `headlineShown` gives it (a page's <h1>, or the title the
 * converter wrote), is its raw file's headline; a seed with no headline line shows the start of its first sentence.
 */
export async function expectEveryHeadline(report: BuildReport, headlineShown: (seed: SeedReport) => Promise<string> | string): Promise<void> {
  const published = report.seeds.filter((seed) => seed.status === "ok" || seed.status === "warning");
  for (const seed of published) {
    const shown = await headlineShown(seed);
    const expected = headlineOf(await readFile(seed.seed));
    if (seed.messages.some((message) => message.rule === "no-headline")) expect(expected.startsWith(shown.replace(/…$/, "")), seed.seed).toBe(true);
    else expect(shown, seed.seed).toBe(expected);
  }
}

/**
 * The headline a built page shows, as its <h1>, read with a streaming parser: building thousands
 * of documents for one element each took seconds.
 */
export const pageHeadline = (build: Build) => async (seed: SeedReport) => {
  let inHeadline = false;
  let headline = "";
  const parser = new Parser(
    {
      onopentag: (name) => {
        if (name === "h1") inHeadline = true;
      },
      ontext: (words) => {
        if (inHeadline) headline += words;
      },
      onclosetag: (name) => {
        if (name === "h1") inHeadline = false;
      },
    },
    { decodeEntities: true },
  );
  parser.end(await readFile(join(build.folder, "_site", fileOf(seed.url ?? "")), "utf8"));
  return headline.replace(/\s+/g, " ").trim();
};

// Topics are not what these tests look at, and the language model would be most of their time.
const noTopics: ReadTopics = (requests) => requests.map(() => []);

/**
 * Converts a corpus in this process, as the build's converter stage does but without reading
 * topics: for what the converter alone decides (headlines, paragraphs, every seed accounted for).
 */
export async function convertCorpus(seeds: Seed[]): Promise<{ articles: Article[]; report: BuildReport; titleOf: (seed: SeedReport) => string }> {
  const articles = await convert(seeds, { readTopics: noTopics });
  const byPath = new Map(articles.map((article) => [article.seed.path, article]));
  const titleOf = (seed: SeedReport) => byPath.get(seed.seed)?.metadata?.title ?? "";
  return { articles, report: buildReport(articles), titleOf };
}

/** Every *.txt seed below a folder, read as the build reads them. */
export const seedsIn = async (folder: string) => readSeeds(folder, await findSeeds(folder));

/** The category of a BBC seed: the folder it is in. */
export const folderOf = (path: string) => path.split("/").at(-2) ?? "";

export const accountsForEverySeed = (report: BuildReport, seeds: number) => {
  expect(report.seeds).toHaveLength(seeds);
  expect(report.totals.ok + report.totals.warning + report.totals.duplicate + report.totals.error).toBe(seeds);
};

// Building and reading thousands of pages takes longer than a unit test, more so beside another build.
export const corpusTimeout = 600_000;
