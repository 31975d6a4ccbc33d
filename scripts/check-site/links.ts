import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Parser } from "htmlparser2";
import { fileOf, siteFiles, sitePages, urlOf } from "./site-files.ts";

export interface BrokenLink {
  /** The URL path of the page holding the link, without the path prefix: `/sources/x/`. */
  page: string;
  /** The link as written in the page. */
  reference: string;
  /** Why it does not resolve, e.g. `no such file`. */
  reason: string;
}

/** What a page offers to links (its ids) and what it links to, kept instead of its whole document. */
interface PageLinks {
  ids: Set<string>;
  references: string[];
}

/** The attribute that references another file, by element: what a page loads or links to. */
const referenceAttribute: Record<string, string> = { a: "href", link: "href", script: "src", img: "src" };

// A streaming parse (htmlparser2, the tokenizer linkedom itself builds on) keeps only ids and
// references: building every page's document took most of a check of thousands of pages.
async function pageLinks(site: string, file: string): Promise<PageLinks> {
  const links: PageLinks = { ids: new Set(), references: [] };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id !== undefined) links.ids.add(attributes.id);
        const reference = Object.hasOwn(referenceAttribute, name) ? attributes[referenceAttribute[name] as string] : undefined;
        if (reference !== undefined) links.references.push(reference);
      },
    },
    { decodeEntities: true },
  );
  parser.end(await readFile(join(site, file), "utf8"));
  return links;
}

/**
 * Every internal link and asset reference of the site that does not resolve: to a missing
 * file, outside the path prefix, or to a fragment (`#p3`) that is no id on its page.
 */
export async function brokenLinks(site: string, pathPrefix = "/"): Promise<BrokenLink[]> {
  const files = await siteFiles(site);
  const pages = new Map<string, PageLinks>();
  for (const file of sitePages(files)) pages.set(file, await pageLinks(site, file));
  // Any origin will do: links are resolved as a browser would, and only same-origin ones are the site's.
  const origin = "http://site.invalid";
  const broken: BrokenLink[] = [];
  for (const [file, { references }] of pages) {
    const page = urlOf(file);
    const base = new URL(`${pathPrefix.replace(/\/$/, "")}${page}`, origin);
    for (const reference of references) {
      const target = new URL(reference, base);
      if (target.origin !== origin) continue;
      const path = decodeURIComponent(target.pathname);
      const fragment = decodeURIComponent(target.hash.slice(1));
      const inSite = path.startsWith(pathPrefix) ? fileOf(`/${path.slice(pathPrefix.length)}`) : undefined;
      const reason =
        inSite === undefined
          ? `outside the path prefix ${pathPrefix}`
          : !files.has(inSite)
            ? "no such file"
            : fragment !== "" && !(pages.get(inSite)?.ids.has(fragment) ?? false)
              ? `no element with id "${fragment}"`
              : undefined;
      if (reason !== undefined) broken.push({ page, reference, reason });
    }
  }
  return broken;
}
