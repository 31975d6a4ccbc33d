import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { parseHTML } from "linkedom";

/** Every file of a built site, as URL paths (`/articles/x/index.html`). */
export async function siteFiles(site: string): Promise<Set<string>> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  return new Set(entries.filter((entry) => entry.isFile()).map((entry) => `/${relative(site, join(entry.parentPath, entry.name)).split(sep).join("/")}`));
}

/** Files that one site has and the other lacks, or that the two hold with different bytes. */
export async function differingFiles(a: string, b: string): Promise<string[]> {
  const [inA, inB] = [await siteFiles(a), await siteFiles(b)];
  const differing = [...new Set([...inA, ...inB])].filter((file) => !inA.has(file) || !inB.has(file));
  for (const file of inA) if (inB.has(file) && !(await readFile(join(a, file))).equals(await readFile(join(b, file)))) differing.push(file);
  return differing.sort();
}

/** The file that serves a URL path, as a static host does: `/x/` → `/x/index.html`. */
export const fileOf = (path: string) => (path.endsWith("/") ? `${path}index.html` : path);

/** The URL path a site file is served at: `/x/index.html` → `/x/`. */
export const urlOf = (file: string) => file.replace(/index\.html$/, "");

/**
 * Every internal link and asset reference of the site that does not resolve: to a missing
 * file, outside the path prefix, or to a fragment (`#p3`) that is no id on its page.
 */
export async function brokenLinks(site: string, pathPrefix = "/"): Promise<string[]> {
  const files = await siteFiles(site);
  const pages = [...files].filter((file) => file.endsWith(".html"));
  const ids = new Map<string, Set<string>>();
  const documents = new Map<string, Document>();
  for (const file of pages) {
    const { document } = parseHTML(await readFile(join(site, file), "utf8"));
    documents.set(file, document);
    ids.set(file, new Set([...document.querySelectorAll("[id]")].map((element) => element.id)));
  }
  const origin = "http://site.invalid";
  const broken: string[] = [];
  for (const [file, document] of documents) {
    const base = new URL(`${pathPrefix.replace(/\/$/, "")}${urlOf(file)}`, origin);
    for (const element of document.querySelectorAll("a[href], link[href], script[src], img[src]")) {
      const reference = element.getAttribute("href") ?? element.getAttribute("src") ?? "";
      const target = new URL(reference, base);
      if (target.origin !== origin) continue;
      const path = decodeURIComponent(target.pathname);
      const inSite = path.startsWith(pathPrefix) ? fileOf(`/${path.slice(pathPrefix.length)}`) : undefined;
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (inSite === undefined || !files.has(inSite) || (fragment !== "" && !ids.get(inSite)?.has(fragment))) {
        broken.push(`${urlOf(file)} → ${reference}`);
      }
    }
  }
  return broken;
}
