import { spawn } from "node:child_process";
import { existsSync, linkSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { ArticleItem } from "../site/collections.ts";
import { fileOf, searchSegmentFolder } from "../site/urls.ts";
import { hashOf, type PageKey } from "./page-keys.ts";
import { placeFiles } from "./publish.ts";
import { type SegmentSizes, segmentLayout } from "./search-segments.ts";

/** Pagefind, as the package installs it. */
export const pagefind = resolve(import.meta.dirname, "../../node_modules/.bin/pagefind");

/**
 * The most articles in one segment of the search index by default. Pagefind holds a segment's
 * whole index in memory, about 0.18 GB per 1,000 articles (1.9 GB for 10,000), beside the build's
 * own 3–3.5 GB at 100,000 articles, and the build is to stay below 6 GB.
 */
export const articlesPerSearchPart = 10_000;

/**
 * The segments' sizes for a largest size. The newest segment, below the smallest size, is
 * rewritten with every new article (its word index and facet files; the other articles' fragments
 * keep their names), so it is kept small: 64 articles. A search then reads at most
 * log2(largest / 64) + 1 segments besides the full ones, the small ones with small files.
 */
export const searchSegmentSizes = (largest: number): SegmentSizes => ({ largest, smallest: Math.min(largest, 64) });

/**
 * Word positions per file of a segment's word index; Pagefind's default is 20,000. A search
 * fetches, in every segment and language, the files that hold its words, at least one file a word
 * however rare the word. Near 100,000 articles, `champions league final` fetched 867 KB from 11
 * segments with the default; with 2,000, the costliest of the benchmark's queries fetched 363 KB
 * from the 14 segments of 99,991 articles, and 373 KB from the 17 of 98,191, the most segments
 * this layout makes there. Pagefind reads this from an environment variable it calls unstable:
 * the Pagefind version is pinned, and `npm run bench -- --search` shows if another one ignores it.
 */
const wordIndexChunk = 2000;

/** A segment of the search index: the folder below the site its Pagefind bundle goes to, and its article pages. */
export interface SegmentPages {
  folder: string;
  pages: string[];
  /** A hash of its folder and of what the index reads of each of its pages (see `indexedKey`): the same key, the same bundle. */
  key?: PageKey;
}

/**
 * The article pages of each segment of the search index, as files below the site: the listed
 * articles by their place in the order they entered the archive (`entered`, oldest first), cut
 * as `segmentLayout` cuts the places up to the newest, no segment above `largest` articles. A
 * place is never reused, so an article withdrawn, or a near-copy (in no segment, so a search finds
 * a story once), leaves a gap in its own segment and moves no other article to another; a
 * segment whose places are all gaps is left out. `articles` must be in entry order.
 */
export function searchSegments<Item extends ArticleItem>(articles: readonly Item[], largest: number, keyOf?: (article: Item) => PageKey): SegmentPages[] {
  const layout = segmentLayout(articles.at(-1)?.data.entered ?? 0, searchSegmentSizes(largest));
  const members = layout.map(() => [] as Item[]);
  let at = 0;
  for (const article of articles) {
    while (article.data.entered >= (layout[at]?.first ?? 0) + (layout[at]?.size ?? 0)) at++;
    members[at]?.push(article);
  }
  return layout.flatMap((segment, index) => {
    const items = members[index] ?? [];
    if (items.length === 0) return [];
    const folder = searchSegmentFolder(segment);
    const pages = items.map((article) => fileOf(article.url));
    return [keyOf ? { folder, pages, key: hashOf(folder, ...items.map(keyOf)) } : { folder, pages }];
  });
}

/** What indexing left: each segment's key by its folder, and the segments whose bundle is the last site's. */
export interface IndexedSite {
  segments: Record<string, PageKey>;
  kept: string[];
}

/**
 * Indexes a rendered site with Pagefind, one segment at a time, each in a Pagefind run of its own:
 * Pagefind holds a whole index in memory, so a segment's size bounds it. What is indexed, its
 * weight and its facets are marked in the layouts (`data-pagefind-*`). Pagefind keeps one index
 * per language (by each page's <html lang>); the search page merges the languages and the
 * segments listed in `pagefind/segments.json`, newest articles first. With the last site given,
 * its pages stand for the pages not rendered again, and a segment whose key is unchanged is not
 * indexed again: the last site's bundle stays (see `updateFolder`).
 */
export async function indexSite(
  site: string,
  segments: SegmentPages[],
  indexed: (articles: number) => void = () => {},
  previous?: { site: string; segments: Readonly<Record<string, PageKey>> },
): Promise<IndexedSite> {
  const result: IndexedSite = { segments: {}, kept: [] };
  /** Where a file of this site is: written by this build, or the last site's. */
  const fileAt = (file: string) => (previous && !existsSync(join(site, file)) ? join(previous.site, file) : join(site, file));
  for (const [index, segment] of segments.entries()) {
    if (segment.key) result.segments[segment.folder] = segment.key;
    if (
      previous &&
      segment.key &&
      previous.segments[segment.folder] === segment.key &&
      existsSync(join(previous.site, segment.folder, "pagefind-entry.json"))
    ) {
      result.kept.push(segment.folder);
      indexed(segment.pages.length);
      continue;
    }
    // Pagefind indexes a folder: this segment's pages, linked (not copied) into a folder of their own inside the site.
    const only = await mkdtemp(join(site, ".search-segment-"));
    try {
      placeFiles(
        segment.pages.map((page) => [fileAt(page), join(only, page)]),
        linkSync,
      );
      await runPagefind(only, join(site, segment.folder), `segment ${index + 1} of ${segments.length} (${segment.pages.length} articles)`);
      indexed(segment.pages.length);
    } finally {
      await rm(only, { recursive: true, force: true });
    }
  }
  await mkdir(join(site, "pagefind"), { recursive: true });
  await writeFile(join(site, "pagefind/segments.json"), `${JSON.stringify({ segments: segments.map((segment) => segment.folder).reverse() })}\n`);
  // The article page highlights a search's words with Pagefind's script, which every bundle holds alike.
  const first = segments[0];
  if (first) await copyFile(fileAt(join(first.folder, "pagefind-highlight.js")), join(site, "pagefind/pagefind-highlight.js"));
  return result;
}

function runPagefind(source: string, output: string, segment: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(pagefind, ["--site", source, "--output-path", output], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(wordIndexChunk) },
    });
    let said = "";
    const keep = (chunk: Buffer) => {
      said = (said + chunk.toString("utf8")).slice(-4000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", fail);
    child.on("close", (code, signal) => {
      if (code === 0) return done();
      // Pagefind stops with a panic on a full disk; the build then says so plainly, as for any file it writes.
      if (/No space left on device|StorageFull/.test(said)) {
        return fail(Object.assign(new Error(`Pagefind could not write ${segment}: no space left on device`), { code: "ENOSPC", path: output }));
      }
      // Through npm's wrapper, a Pagefind that the system stopped for want of memory exits 1, saying nothing of it.
      const how = signal ? `was stopped by ${signal}` : `stopped with exit code ${code}`;
      fail(new Error(`Pagefind ${how} while indexing ${segment}; if it ran out of memory, build with a smaller --search-part. It said:\n${said.trim()}`));
    });
  });
}
