import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

export { fileOf } from "../site/urls.ts";

/** Every file of a built site, as URL paths (`/sources/x/index.html`). */
export async function siteFiles(site: string): Promise<Set<string>> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  return new Set(entries.filter((entry) => entry.isFile()).map((entry) => `/${relative(site, join(entry.parentPath, entry.name)).split(sep).join("/")}`));
}

/** Files that one site has and the other lacks, or that the two hold with different bytes (what `diff -rq` lists). */
export async function differingFiles(a: string, b: string): Promise<string[]> {
  const [inA, inB] = [await siteFiles(a), await siteFiles(b)];
  const differing = [...new Set([...inA, ...inB])].filter((file) => !inA.has(file) || !inB.has(file));
  for (const file of inA) if (inB.has(file) && !(await readFile(join(a, file))).equals(await readFile(join(b, file)))) differing.push(file);
  return differing.sort();
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
