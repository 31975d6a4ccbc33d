import { join } from "node:path";
import * as pagefind from "pagefind";

/**
 * Indexes a rendered site with Pagefind into `<site>/pagefind/`. What is indexed, its weight
 * and its facets are marked in the layouts (`data-pagefind-*`); only article pages carry
 * `data-pagefind-body`, so navigation, citations and provenance stay out of the index.
 * Pagefind keeps one index per language (by each page's <html lang>), segmenting and stemming
 * each as that language needs; the search page merges them, so a search finds every article.
 */
export async function indexSite(site: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
}
