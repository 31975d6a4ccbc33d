import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import type { Seed } from "../convert/article.ts";
import { articlesFolder } from "./article-files.ts";
import { fingerprint } from "./fingerprint.ts";
import { hashOf } from "./page-keys.ts";
import { replaceFile } from "./publish.ts";
import { recordFile, topicRecordFile } from "./record-file.ts";

const projectRoot = resolve(import.meta.dirname, "../..");

/** What decides the converter's output besides the seeds: its code, its lexicon and its locked dependencies. */
const converterFiles = ["scripts/convert", "package.json", "package-lock.json"];
/** What decides the site besides the converted articles (the benchmark, in `scripts/bench`, does not). */
const siteFiles = ["scripts", "layouts", ".eleventy.js", "package.json", "package-lock.json"];

export interface LastBuild {
  /** Changes whenever the converter's output could: the topics cache is only good for one version. */
  converterVersion: string;
  /**
   * Changes whenever any page could, whatever its own data: the site's code, templates, content
   * pages and dependencies, and the options that show in pages. Every page's key holds it.
   */
  siteVersion: string;
  /** True when the last build that finished had exactly these inputs, so its output is this build's output. */
  unchanged: boolean;
  /** Records this build's inputs, once it has published, with the archive's record as the build left it. */
  save(recordText: string): Promise<void>;
}

/** Changes whenever the converter's output could: its code, its lexicon or its locked dependencies change. */
export const converterVersion = () => fingerprint(projectRoot, converterFiles);

const seedFacts = (seeds: Seed[]) =>
  seeds.map(
    ({ relativePath, bytes }) => `${relativePath}\t${bytes instanceof Uint8Array ? createHash("sha256").update(bytes).digest("hex") : bytes.unreadable}`,
  );

/**
 * Compares this build's inputs (seeds, converter, templates, content pages, options, SITE_URL)
 * with those of the last build that finished, recorded in `file`. Of the options, those that
 * change the output count; `--batch` does not, since the site is the same whatever the batch.
 */
export async function lastBuild(
  file: string,
  seeds: Seed[],
  recordText: string,
  options: {
    content: string;
    output: string;
    report: string;
    pathPrefix: string;
    keepGoing: boolean;
    searchPart: number;
    siteUrl: string;
    reloadScript?: string;
  },
): Promise<LastBuild> {
  const where = [options.content, options.output, options.report].map((path) => resolve(path));
  const { pathPrefix, keepGoing, searchPart, siteUrl, reloadScript } = options;
  const siteVersion = hashOf(
    await fingerprint(projectRoot, siteFiles, [], ["bench"]),
    // The records are inputs and outputs of the build: what counts is the records as the last build left them.
    await fingerprint(resolve(options.content), ["."], [], [articlesFolder, basename(recordFile(options.content)), basename(topicRecordFile(options.content))]),
    JSON.stringify({ pathPrefix, siteUrl, reloadScript }),
  );
  const inputs = [siteVersion, JSON.stringify({ where, keepGoing, searchPart }), ...seedFacts(seeds)];
  const withRecord = (text: string) => fingerprint(projectRoot, [], [...inputs, text]);
  const current = await withRecord(recordText);
  // No record (or a damaged one) means a full build, never a wrong skip.
  const recorded = await readFile(file, "utf8")
    .then((text) => (JSON.parse(text) as { inputs?: string }).inputs)
    .catch(() => undefined);
  return {
    converterVersion: await converterVersion(),
    siteVersion,
    unchanged: recorded === current,
    async save(recordLeft) {
      await replaceFile(file, `${JSON.stringify({ inputs: await withRecord(recordLeft) })}\n`);
    },
  };
}
