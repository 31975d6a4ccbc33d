import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

export { fileOf } from "../site/urls.ts";

/** Every file of a built site, as URL paths (`/sources/x/index.html`). */
export async function siteFiles(site: string): Promise<Set<string>> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  return new Set(entries.filter((entry) => entry.isFile()).map((entry) => `/${relative(site, join(entry.parentPath, entry.name)).split(sep).join("/")}`));
}

/**
 * The site's own pages, sorted: its HTML files, without Pagefind's output folder, which the
 * archive does not write and cannot fix.
 */
export const sitePages = (files: Iterable<string>): string[] => [...files].filter((file) => file.endsWith(".html") && !file.startsWith("/pagefind/")).sort();

/** The URL path a site file is served at: `/x/index.html` → `/x/`. */
export const urlOf = (file: string) => file.replace(/index\.html$/, "");

/** A path prefix as Eleventy takes it, with one slash at each end: `news/archive` → `/news/archive/`. */
export function normalPathPrefix(prefix: string): string {
  const inner = prefix.replace(/^\/+|\/+$/g, "");
  return inner === "" ? "/" : `/${inner}/`;
}
