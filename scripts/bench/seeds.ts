// The seeds a benchmark builds: always a private copy, since the warm run changes one of them.
import { existsSync } from "node:fs";
import { appendFile, cp, mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import type { SeedReport } from "../stages/report.ts";
import { writeGeneratedSeeds } from "./generated-seeds.ts";

/**
 * The corpora in ../shared/corpus, as the corpus tests read them: BBC and Pérez-Rosas as they
 * are, and Reuters' training stories, which have no file extension, copied as `*.txt`. The
 * corpora's own READMEs and Reuters' `cats.txt` and `stopwords` are not stories.
 */
const sharedCorpus = {
  asIs: ["bbc-greene2006", "perez-rosas2018-fakenews"],
  reutersStories: "reuters21578-apte-nltk/reuters/training",
};

/** Whether `folder` is the shared corpus folder, which needs `sharedCorpusSeeds` rather than a plain copy. */
export const isSharedCorpus = (folder: string) => existsSync(join(folder, sharedCorpus.reutersStories));

export async function sharedCorpusSeeds(corpus: string, into: string): Promise<void> {
  for (const name of sharedCorpus.asIs) await cp(join(corpus, name), join(into, name), { recursive: true });
  const stories = join(corpus, sharedCorpus.reutersStories);
  const reuters = join(into, "reuters");
  await mkdir(reuters, { recursive: true });
  for (const name of await readdir(stories)) await cp(join(stories, name), join(reuters, `${name}.txt`));
}

export async function copiedSeeds(folder: string, into: string): Promise<void> {
  await cp(folder, into, { recursive: true });
}

export async function generatedSeeds(count: number, into: string): Promise<void> {
  await mkdir(into, { recursive: true });
  await writeGeneratedSeeds(into, count);
}

/** The seeds that became pages, so a change to one has a page to redo. */
export function publishedSeeds(seeds: SeedReport[]): string[] {
  const published = seeds.filter((seed) => seed.status === "ok" || seed.status === "warning").map((seed) => seed.seed);
  if (published.length === 0) throw new Error("the cold build published no article, so there is no seed whose change a rebuild could show");
  return published;
}

/** The seed a one-change rebuild edits: the first that became a page. */
export const seedToChange = (seeds: SeedReport[]): string => publishedSeeds(seeds)[0] as string;

/** Changes a seed as an editor would: one more sentence at the end, different on each run. */
export async function changeSeed(path: string, run: number): Promise<void> {
  await appendFile(path, `\n\nThis sentence was added for warm rebuild number ${run + 1} of the benchmark.\n`);
}
