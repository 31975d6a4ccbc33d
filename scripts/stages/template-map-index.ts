// Eleventy 3.1 finds a template's entry in its template map by scanning every entry
// (`TemplateMap.getMapEntryForInputPath`), and it does so for every template, twice: quadratic
// in the number of pages. At 100,000 articles that scan alone takes most of an hour before the
// first page is written. This gives each map an index by input path instead; Eleventy is pinned
// to an exact version, and this file is the one place that reaches into its internals.

interface MapEntry {
  inputPath: string;
}

interface TemplateMapLike {
  map: MapEntry[];
  getMapEntryForInputPath(inputPath: string): MapEntry | undefined;
}

/** Each map's entries by input path, first entry first, rebuilt when entries have been added. */
const indexes = new WeakMap<TemplateMapLike, { size: number; byPath: Map<string, MapEntry> }>();

function indexOf(templateMap: TemplateMapLike): Map<string, MapEntry> {
  const known = indexes.get(templateMap);
  if (known?.size === templateMap.map.length) return known.byPath;
  const byPath = new Map<string, MapEntry>();
  for (const entry of templateMap.map) if (!byPath.has(entry.inputPath)) byPath.set(entry.inputPath, entry);
  indexes.set(templateMap, { size: templateMap.map.length, byPath });
  return byPath;
}

/**
 * Replaces the scan with an index lookup. A path given in another form than the map's (absolute
 * where the map holds relative paths) is not in the index, and falls back to the original scan.
 */
export function indexTemplateMap(prototype: TemplateMapLike): void {
  const scan = prototype.getMapEntryForInputPath;
  prototype.getMapEntryForInputPath = function (this: TemplateMapLike, inputPath: string) {
    return indexOf(this).get(inputPath) ?? scan.call(this, inputPath);
  };
}

// Not among the package's exports, so it is loaded by its file URL, which is the module Eleventy itself uses.
const templateMapModule = new URL("./TemplateMap.js", import.meta.resolve("@11ty/eleventy"));
const { default: TemplateMap } = (await import(templateMapModule.href)) as { default: { prototype: TemplateMapLike } };
indexTemplateMap(TemplateMap.prototype);
