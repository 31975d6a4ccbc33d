import { spawn } from "node:child_process";
import { link, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { ArticleItem } from "../site/collections.ts";
import { fileOf, searchPartFolder } from "../site/urls.ts";

const pagefind = resolve(import.meta.dirname, "../../node_modules/.bin/pagefind");

/** Articles per part of the search index by default: Pagefind takes about 2 GB for 10,000. */
export const articlesPerSearchPart = 10_000;

/**
 * The article pages of each part of the search index, as files below the site: the listed
 * articles, newest first, `perPart` to a part. Near-copies are in no part, so a search finds
 * a story once. In date order, the parts' results are their results one part after another.
 */
export function searchParts(articles: readonly ArticleItem[], perPart: number): string[][] {
  const parts: string[][] = [];
  for (let start = 0; start < articles.length; start += perPart) parts.push(articles.slice(start, start + perPart).map((article) => fileOf(article.url)));
  return parts;
}

/**
 * Indexes a rendered site with Pagefind, one part at a time, each in a Pagefind run of its own:
 * Pagefind holds a whole index in memory (about 2 GB per 10,000 articles), so a part's size
 * bounds it. What is indexed, its weight and its facets are marked in the layouts
 * (`data-pagefind-*`). Pagefind keeps one index per language (by each page's <html lang>); the
 * search page merges the languages and the parts listed in `pagefind/parts.json`.
 */
export async function indexSite(site: string, parts: string[][], indexed: (articles: number) => void = () => {}): Promise<void> {
  for (const [index, pages] of parts.entries()) {
    // Pagefind indexes a folder: this part's pages, linked (not copied) into a folder of their own inside the site.
    const only = await mkdtemp(join(site, ".search-part-"));
    try {
      for (const page of pages) {
        await mkdir(dirname(join(only, page)), { recursive: true });
        await link(join(site, page), join(only, page));
      }
      await runPagefind(only, join(site, searchPartFolder(index + 1)), `part ${index + 1} of ${parts.length} (${pages.length} articles)`);
      indexed(pages.length);
    } finally {
      await rm(only, { recursive: true, force: true });
    }
  }
  await mkdir(join(site, searchPartFolder(1)), { recursive: true });
  await writeFile(join(site, searchPartFolder(1), "parts.json"), `${JSON.stringify({ parts: parts.map((_, index) => searchPartFolder(index + 1)) })}\n`);
}

function runPagefind(source: string, output: string, part: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(pagefind, ["--site", source, "--output-path", output], { stdio: ["ignore", "pipe", "pipe"] });
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
        return fail(Object.assign(new Error(`Pagefind could not write ${part}: no space left on device`), { code: "ENOSPC", path: output }));
      }
      // Through npm's wrapper, a Pagefind that the system stopped for want of memory exits 1, saying nothing of it.
      const how = signal ? `was stopped by ${signal}` : `stopped with exit code ${code}`;
      fail(new Error(`Pagefind ${how} while indexing ${part}; if it ran out of memory, build with a smaller --search-part. It said:\n${said.trim()}`));
    });
  });
}
