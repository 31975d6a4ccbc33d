// The build, stage by stage (seeds → articles → site → index → site and report published), for `build` and `dev`.
import { existsSync } from "node:fs";
import { readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { readRecord } from "../convert/record.ts";
import { readTopicRecord } from "../convert/topic-record.ts";
import { articlesFolder } from "./article-files.ts";
import { lastBuild } from "./last-build.ts";
import { forgetLastSite, lastSiteFile, readLastSite, saveLastSite } from "./last-site.ts";
import { indexedKey } from "./page-keys.ts";
import type { Progress } from "./progress.ts";
import { readRecordFile, recordChanges, recordFile, topicRecordFile } from "./record-file.ts";
import { type BuildReport, buildReport, diagnosticLines, remadeOf, stageReport } from "./report.ts";
import { indexSite, searchSegments } from "./search-index.ts";
import { findSeeds, readSeeds } from "./seed-files.ts";

export interface BuildOptions {
  seeds: string;
  content: string;
  output: string;
  report: string;
  cache: string;
  pathPrefix: string;
  /** Articles Eleventy renders at a time. */
  batch: number;
  /** Articles per part of the search index. */
  searchPart: number;
  /** Publish the usable seeds even when some are errors. */
  keepGoing: boolean;
  /** Build even when nothing changed since the last build. */
  force: boolean;
  /** The address the site is deployed at (`SITE_URL`), for canonical links, feeds and citations; "" when not known. */
  siteUrl: string;
  /**
   * What becomes of the archive's record (`content/addresses.jsonl`): `write` it (`npm run
   * build`), `check` that this build leaves it as it is (a pull request's build), or only `read`
   * it (the dev server, whose draft headlines must never become permanent addresses).
   */
  record: "write" | "check" | "read";
  /** For the dev server: the address of the script that reloads its pages. */
  reloadScript?: string;
}

export interface BuildHooks {
  progress: Progress;
  /** Hears each line for the terminal: a seed's problems, and what the build decided. */
  say(line: string): void;
  /** Called at each named point between stages; the build waits for it. */
  at?(point: "converted" | "articles written" | "site rendered" | "site indexed"): Promise<void>;
}

export interface BuildOutcome {
  report: BuildReport;
  stages: Array<{ name: string; start: number; end: number }>;
  /** Nothing changed since the last build: the site was left as it is. */
  skipped: boolean;
}

/** The seeds folder could not be listed: nothing was built. */
export class SeedsFolderUnreadable extends Error {}

export async function runBuild(options: BuildOptions, { progress, say, at = async () => {} }: BuildHooks): Promise<BuildOutcome> {
  const stages: BuildOutcome["stages"] = [];
  const stage = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const start = Date.now();
    const result = await run();
    stages.push({ name, start, end: Date.now() });
    return result;
  };
  const relativePaths = await findSeeds(options.seeds).catch((error: NodeJS.ErrnoException) => {
    throw new SeedsFolderUnreadable(
      `${options.seeds}: cannot read the seeds folder (${error.code ?? error.message}); pass an existing folder with --seeds DIR`,
    );
  });
  const seeds = await readSeeds(options.seeds, relativePaths);
  const recorded = await readRecordFile(recordFile(options.content), readRecord);
  const topicsRecorded = await readRecordFile(topicRecordFile(options.content), readTopicRecord);
  // Both records are part of what a build reads: a change to either is a change to build.
  const recordsText = recorded.text + topicsRecorded.text;

  // Nothing changed since the last build wrote this site: it is already what this build would write.
  const last = await lastBuild(join(options.cache, "last-build.json"), seeds, recordsText, options);
  if (!options.force && last.unchanged && existsSync(options.output) && existsSync(options.report)) {
    const report = JSON.parse(await readFile(options.report, "utf8")) as BuildReport;
    for (const line of diagnosticLines(report)) say(line);
    return { report, stages, skipped: true };
  }

  // The converter, Eleventy and Pagefind load only when there is work: a build with nothing to do is quick.
  const [
    { convert, isPublished, publishedDocuments },
    { nextRecord },
    { goneAddresses, writeRecord },
    { goneTopics, nextTopicRecord, topicAddresses, writeTopicRecord },
    { replaceFile, updateFolder },
    { articleFilesOf, writeArticleFiles },
    { render },
    { TopicsCache },
    { KeptResults },
    { topicsInWorkers },
  ] = await Promise.all([
    import("../convert/pipeline.ts"),
    import("../convert/next-record.ts"),
    import("../convert/record.ts"),
    import("../convert/topic-record.ts"),
    import("./publish.ts"),
    import("./article-files.ts"),
    import("./render.ts"),
    import("./reading-topics/cache.ts"),
    import("./kept-results.ts"),
    import("./reading-topics/in-workers.ts"),
  ]);

  const siteFile = lastSiteFile(options.cache, options.content, options.output);
  const previous = await readLastSite(siteFile);

  /**
   * Seeds → Markdown files; returns the report, the record and the articles as the lists hold
   * them, so the converted articles can be let go before rendering.
   */
  const convertSeeds = async () => {
    const bar = progress.stage("convert", "articles");
    const cache = await TopicsCache.open(join(options.cache, "topics.json"), last.converterVersion);
    const memory = await KeptResults.open<unknown>(join(options.cache, "converter-steps.json"), last.converterVersion);
    const advance = (count: number) => bar.advance(count);
    const readTopics = cache.around(topicsInWorkers(advance), advance);
    // The language model's reading is most of the converter's time, so its progress is the stage's.
    const articles = await convert(seeds.splice(0), {
      readTopics: (requests) => {
        bar.setTotal(requests.length);
        return readTopics(requests);
      },
      record: recorded.record,
      memory: { recall: (key) => memory.get(key), keep: (key, result) => memory.set(key, result) },
    });
    bar.done();
    const record = nextRecord(recorded.record, articles);
    const recordText = writeRecord(record);
    const topicRecord = nextTopicRecord(topicsRecorded.record, topicAddresses(articles.filter(isPublished)));
    const topicRecordText = writeTopicRecord(topicRecord);
    const report = {
      ...buildReport(articles),
      record: { file: recordFile(options.content), changes: recordChanges(recorded.text, recordText) },
      topicRecord: { file: topicRecordFile(options.content), changes: recordChanges(topicsRecorded.text, topicRecordText) },
    };
    for (const line of diagnosticLines(report)) say(line);
    if (report.totals.seeds === 0) say(`${options.seeds}: no *.txt seed files found`);
    if (report.totals.error > 0 && !options.keepGoing) return { report, record, recordText, topicRecord, topicRecordText, files: [], written: {} };
    await at("converted");
    const documents = publishedDocuments(articles);
    // From here the articles folder and the site change: what the last build left no longer says what they hold.
    await forgetLastSite(siteFile);
    const written = await writeArticleFiles(join(options.content, articlesFolder), documents, previous.articles);
    await at("articles written");
    await Promise.all([cache.save(), memory.save()]);
    return { report, record, recordText, topicRecord, topicRecordText, files: articleFilesOf(documents), written };
  };

  const { report, record, recordText, topicRecord, topicRecordText, files, written } = await stage("convert", convertSeeds);
  if (report.totals.error > 0 && !options.keepGoing) {
    // This report describes a build that published nothing, and says so; the last site stays as it was.
    await rename(await stageReport(options.report, report), options.report);
    say(`stopped: ${report.totals.error} seed(s) cannot become articles (see above). Fix them, or build the rest with --keep-going`);
    return { report, stages, skipped: false };
  }

  let reportReady = "";
  let pages: Record<string, string> = {};
  let segments: Record<string, string> = {};
  await updateFolder(
    options.output,
    async (staging: string) => {
      const site = await stage("render", async () => {
        const bar = progress.stage("render", "pages");
        const site = await render({
          content: options.content,
          output: staging,
          pathPrefix: options.pathPrefix,
          siteUrl: options.siteUrl,
          articlesPerRun: options.batch,
          gone: goneAddresses(record),
          goneTopics: goneTopics(topicRecord),
          reloadScript: options.reloadScript,
          articles: files,
          siteVersion: last.siteVersion,
          previous: { site: options.output, pages: previous.pages },
          pages: { total: (count) => bar.setTotal(count), written: () => bar.advance() },
        });
        bar.done();
        return site;
      });
      await at("site rendered");
      const index = await stage("index", async () => {
        const bar = progress.stage("index", "articles", site.lists.articles.length);
        const segments = searchSegments(site.lists.inEntryOrder, options.searchPart, (article) => indexedKey(last.siteVersion, article));
        const indexed = await indexSite(staging, segments, (count) => bar.advance(count), { site: options.output, segments: previous.segments });
        bar.done();
        return indexed;
      });
      [pages, segments] = [site.pages, index.segments];
      await at("site indexed");
      reportReady = await stageReport(options.report, { ...report, published: true, remade: remadeOf(site, index) });
      // The pages and search segments not made again are the last site's: their files stay.
      const kept = new Set(site.kept);
      return (file) => kept.has(file) || index.kept.some((folder) => file.startsWith(folder));
    },
    // The report and the record are swapped in the moment the site is, so they always describe the site that is published.
    async () => {
      await rename(reportReady, options.report);
      if (options.record === "write") {
        await replaceFile(recordFile(options.content), recordText);
        await replaceFile(topicRecordFile(options.content), topicRecordText);
      }
    },
  );
  await saveLastSite(siteFile, { articles: written, pages, segments });
  await last.save(options.record === "write" ? recordText + topicRecordText : recordsText);
  return { report, stages, skipped: false };
}
