// @ts-check
// The search page's state and how it lives in the URL: pure functions, shared by the page and its tests.

/** The facets readers can narrow by, in the order they are shown. */
export const facets = /** @type {const} */ ([
  ["source", "Source"],
  ["section", "Section"],
  ["year", "Year"],
  ["person", "People"],
  ["organisation", "Organisations"],
  ["place", "Places"],
]);

/** Facets whose values run into the thousands on a large archive show only their most frequent. */
const shortFacets = new Set(["person", "organisation", "place"]);
export const shortFacetLength = 10;

/**
 * How many results a facet value gives. Values are the archive's text (a source may be called
 * "constructor" or "__proto__"), so only a count of its own is one, never what objects inherit.
 * @param {Record<string, number> | undefined} counts
 * @param {string} value
 */
export const countOf = (counts, value) => (counts !== undefined && Object.hasOwn(counts, value) ? (counts[value] ?? 0) : 0);

/**
 * The values a facet shows: all of them, newest year first or A–Z; for people, organisations and
 * places, the chosen ones and then the most frequent in the current results, up to a few.
 * @param {string} name
 * @param {string[]} values every value the index has for this facet
 * @param {Record<string, number>} counts results each value would give now
 * @param {string[]} chosen
 */
export function shownValues(name, values, counts, chosen) {
  const byName = (/** @type {string} */ a, /** @type {string} */ b) => (name === "year" ? b.localeCompare(a) : a.localeCompare(b, "en"));
  if (!shortFacets.has(name)) return [...values].sort(byName);
  const frequent = values
    .filter((value) => !chosen.includes(value) && countOf(counts, value) > 0)
    .sort((a, b) => countOf(counts, b) - countOf(counts, a) || byName(a, b))
    .slice(0, Math.max(0, shortFacetLength - chosen.length));
  return [...chosen.filter((value) => values.includes(value)).sort(byName), ...frequent];
}

/**
 * @typedef {{ query: string, filters: Record<string, string[]>, sort: "relevance" | "newest" }} SearchState
 */

/** `?q=porcupine&source=Live+Mint&sort=newest` → the state it describes. */
export function readState(/** @type {string} */ search) {
  const params = new URLSearchParams(search);
  /** @type {SearchState} */
  const state = {
    query: (params.get("q") ?? "").trim(),
    filters: Object.fromEntries(facets.map(([name]) => [name, params.getAll(name).filter((value) => value !== "")])),
    sort: params.get("sort") === "newest" ? "newest" : "relevance",
  };
  return state;
}

/** The state → the query string that restores it (empty for an empty search). */
export function writeState(/** @type {SearchState} */ state) {
  const params = new URLSearchParams();
  if (state.query !== "") params.set("q", state.query);
  for (const [name] of facets) for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.sort === "newest") params.set("sort", "newest");
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/** True when there is something to search for: words, or at least one facet value. */
export function isActive(/** @type {SearchState} */ state) {
  return state.query !== "" || Object.values(state.filters).some((values) => values.length > 0);
}

/** Pagefind's search options: any chosen value of a facet matches; facets combine. Undated articles sort last. */
export function searchOptions(/** @type {SearchState} */ state) {
  /** @type {Record<string, { any: string[] }>} */
  const filters = {};
  for (const [name] of facets) {
    const values = state.filters[name] ?? [];
    if (values.length > 0) filters[name] = { any: values };
  }
  return state.sort === "newest" ? { filters, sort: { date: "desc" } } : { filters };
}

/** @typedef {Record<string, Record<string, number>>} FacetCounts */

/** Each facet value's count over every part of the index: the parts' counts added up. */
export function sumCounts(/** @type {Array<FacetCounts | undefined>} */ parts) {
  /** @type {FacetCounts} */
  const sums = Object.create(null);
  for (const counts of parts) {
    for (const [name, values] of Object.entries(counts ?? {})) {
      if (!Object.hasOwn(sums, name)) sums[name] = Object.create(null);
      const sum = /** @type {Record<string, number>} */ (sums[name]);
      for (const [value, count] of Object.entries(values)) sum[value] = countOf(sum, value) + count;
    }
  }
  return sums;
}

/**
 * One search over every part of the index (the parts hold the articles newest first; see
 * scripts/stages/search-index.ts). By relevance, all results by score, the first part's first among
 * equals; newest first, one part's results after another's, as each part is already in date
 * order. Facet counts are added up.
 * @template {{ score: number }} Result
 * @param {Array<{ results: Result[], filters?: FacetCounts, totalFilters?: FacetCounts }>} searches one per part, in the parts' order
 * @param {SearchState["sort"]} sort
 */
export function mergeSearches(searches, sort) {
  const results = searches.flatMap((search) => search.results);
  if (sort === "relevance") results.sort((a, b) => b.score - a.score);
  return { results, filters: sumCounts(searches.map((search) => search.filters)), totalFilters: sumCounts(searches.map((search) => search.totalFilters)) };
}

/**
 * The paragraph a result's first match is in: the last paragraph anchor (`p1`, `p2`, …) at or
 * before the first matched word. Undefined when the match is in the headline, before any paragraph.
 * @param {{ locations?: number[], anchors?: Array<{ id: string, location: number }> }} result
 */
export function matchedParagraph(result) {
  const first = Math.min(...(result.locations ?? []));
  if (!Number.isFinite(first)) return undefined;
  const paragraphs = (result.anchors ?? []).filter((anchor) => /^p\d+$/.test(anchor.id) && anchor.location <= first);
  return paragraphs.sort((a, b) => a.location - b.location).at(-1)?.id;
}

/** Words of the query to highlight on the article page: quotes and lone punctuation dropped. */
export function highlightWords(/** @type {string} */ query) {
  return query
    .replace(/["“”]/g, " ")
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** A result's link: to the matched paragraph where there is one, asking the page to highlight the words. */
export function resultLink(/** @type {string} */ url, /** @type {string} */ query, /** @type {string | undefined} */ paragraph) {
  const params = new URLSearchParams(highlightWords(query).map((word) => ["highlight", word]));
  const search = params.toString();
  return `${url}${search === "" ? "" : `?${search}`}${paragraph === undefined ? "" : `#${paragraph}`}`;
}
