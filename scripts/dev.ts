// The maintainer's loop: build, serve with live reload, and rebuild on every change to a seed,
// a layout, a content page or the CSS. A seed's problems print as they would in a build, and
// the server keeps running.
import { access, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readArticleFiles } from "./article-files.ts";
import { articleUrl } from "./convert/article.ts";
import { convertReadingTopics, publishedDocuments } from "./convert/pipeline.ts";
import { converterVersion } from "./last-build.ts";
import { summaryLine } from "./progress.ts";
import { updateArticles, writeArticles } from "./publish.ts";
import { eleventyFor } from "./render.ts";
import { buildReport, diagnosticLines } from "./report.ts";
import { articlesPerSearchPart, indexSite, searchParts } from "./search-index.ts";
import { findSeeds, readSeeds } from "./seed-files.ts";
import { watchSeeds } from "./seed-watcher.ts";
import { type SiteLists, siteLists } from "./site/site-lists.ts";
import { TopicsCache } from "./topics-cache.ts";
import { topicsInWorkers } from "./topics-in-workers.ts";

const usage = `Usage: npm run dev -- [options]

  --seeds DIR     folder of seed files, watched (default: seeds)
  --content DIR   where converted Markdown goes; Eleventy's input (default: content)
  --output DIR    where the served site is written (default: .cache/dev-site)
  --cache DIR     where work is kept between runs (default: .cache)
  --port N        the port to serve on; the next free one if taken (default: 8080)
  --help          show this help`;

const { values: flags } = parseArgs({
  options: {
    seeds: { type: "string", default: "seeds" },
    content: { type: "string", default: "content" },
    output: { type: "string", default: join(".cache", "dev-site") },
    cache: { type: "string", default: ".cache" },
    port: { type: "string", default: "8080" },
    help: { type: "boolean", default: false },
  },
  strict: true,
});

if (flags.help) {
  console.log(usage);
  process.exit(0);
}

const seedsFolder = resolve(flags.seeds);
const articlesFolder = join(flags.content, "articles");
const relativePaths = await findSeeds(seedsFolder).catch((error: NodeJS.ErrnoException) => {
  console.error(`${flags.seeds}: cannot read the seeds folder (${error.code ?? error.message}); pass an existing folder with --seeds DIR`);
  process.exit(2);
});
/** Every seed's bytes by its path below the seeds folder: a change re-reads only the seeds it touched. */
const seeds = new Map((await readSeeds(seedsFolder, relativePaths)).map((seed) => [seed.relativePath, seed]));
const cache = await TopicsCache.open(join(flags.cache, "topics.json"), await converterVersion());
// The language model reads only text it has not read before: after the first conversion, that is the changed seeds.
const readTopics = cache.around(topicsInWorkers());
let published = new Map<string, string>();

/** Converts every seed, prints its problems, and writes the articles that changed. */
async function convert(): Promise<void> {
  const start = Date.now();
  const articles = await convertReadingTopics([...seeds.values()], readTopics);
  const report = buildReport(articles);
  for (const line of diagnosticLines(report)) console.error(line);
  const documents = publishedDocuments(articles);
  const next = new Map(documents.map(({ slug, document }) => [slug, document]));
  if (published.size === 0) {
    // Nothing written yet: replace whatever an earlier build left in the folder.
    await writeArticles(articlesFolder, documents);
  } else {
    const { remove } = await updateArticles(articlesFolder, published, next);
    // Eleventy never deletes what it wrote: a deleted seed's page would still be served.
    for (const slug of remove) await rm(join(flags.output, articleUrl({ slug })), { recursive: true, force: true });
  }
  published = next;
  await cache.save();
  console.log(summaryLine(report.totals, [{ name: "convert", seconds: (Date.now() - start) / 1000 }]));
}

/** Takes in changed seeds: re-read if they exist, dropped if they were deleted. */
async function seedsChanged(paths: string[]): Promise<void> {
  for (const path of paths) {
    const exists = await access(join(seedsFolder, path)).then(
      () => true,
      () => false,
    );
    if (!exists) seeds.delete(path);
    else for (const seed of await readSeeds(seedsFolder, [path])) seeds.set(seed.relativePath, seed);
  }
  // The rewritten articles are what Eleventy's own watcher sees: it rebuilds and the browser reloads.
  await convert();
}

await convert();
// Eleventy reads the articles itself here, so that its watcher sees them change, and the lists are made again each time it builds.
// The search index, written once Eleventy is done, takes its parts from the lists of that build.
let built: SiteLists | undefined;
const lists = async () => {
  built = siteLists(await readArticleFiles(flags.content));
  return built;
};
const eleventy = eleventyFor({ content: flags.content, output: flags.output }, { kind: "everything" }, lists, (config) => {
  // Eleventy cannot parse the TypeScript that .eleventy.js imports; a change to code needs a restart anyway.
  config.setWatchJavaScriptDependencies(false);
  config.on("eleventy.after", () => {
    if (!built) throw new Error("Eleventy finished a build without asking for the site's lists");
    return indexSite(flags.output, searchParts(built.articles, articlesPerSearchPart));
  });
  config.setServerOptions({
    showVersion: false,
    messageOnStart: ({ localhostUrl }) => `Serving ${localhostUrl} · watching ${flags.seeds}, ${flags.content} and the layouts · Ctrl+C stops`,
  });
});
await eleventy.init();
await eleventy.watch();
// Eleventy 3 forgets a deleted file but does not rebuild for it; a deleted seed must leave the lists at once.
eleventy.watcher?.on("unlink", (path) => eleventy.watcher?.emit("change", path));
await eleventy.serve(Number(flags.port));
watchSeeds(seedsFolder, (paths) =>
  seedsChanged(paths).catch((error: Error) => console.error(`the seeds could not be converted: ${error.stack ?? error.message}`)),
);
