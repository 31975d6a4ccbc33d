import { readFile, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { WrittenFile } from "./article-files.ts";
import { hashOf, type PageKey } from "./page-keys.ts";
import { replaceFile } from "./publish.ts";

/**
 * What the last build left, so that the next redoes only what changed: the article files it
 * wrote, and the key of each page and search segment of the site it published. A page or a
 * segment whose key is unchanged is taken from that site as it is, not made again.
 */
export interface LastSite {
  /** Each article file, by its name in the articles folder. */
  articles: Record<string, WrittenFile>;
  /** Each rendered page by its address. */
  pages: Record<string, PageKey>;
  /** Each search segment by its folder below the site. */
  segments: Record<string, PageKey>;
}

export const noLastSite: LastSite = { articles: {}, pages: {}, segments: {} };

/** Where the cache keeps what the last build into these folders left (the dev server builds into others). */
export const lastSiteFile = (cache: string, content: string, output: string) =>
  join(cache, `last-site-${hashOf(resolve(content), resolve(output)).slice(0, 10)}.json`);

/** Reads what the last build left; its absence, or damage, means a build that makes everything. */
export async function readLastSite(file: string): Promise<LastSite> {
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return "{}";
    throw error;
  });
  let found: Partial<LastSite> = {};
  try {
    found = JSON.parse(text) as Partial<LastSite>;
  } catch (error) {
    // A damaged file (a disk that filled while it was written) only costs a build that makes everything.
    if (!(error instanceof SyntaxError)) throw error;
  }
  return { articles: found.articles ?? {}, pages: found.pages ?? {}, segments: found.segments ?? {} };
}

/**
 * Called before a build changes the articles folder or the site: until it has published its site
 * and saved what it left, no file says the folders hold what they may no longer hold, even if
 * the build stops half-way.
 */
export const forgetLastSite = (file: string) => rm(file, { force: true });

export const saveLastSite = (file: string, site: LastSite) => replaceFile(file, `${JSON.stringify(site)}\n`);
