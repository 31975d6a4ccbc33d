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

/** Each facet value's count over every segment of the index: the segments' counts added up. */
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

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A result's date as a number that is larger for a newer article, from the date its page shows
 * ("2 April 2025", scripts/site/filters.ts's readableDate): the only date a result's data carries.
 * An undated article ("Date not stated") is older than any dated one, as in Pagefind's own sort.
 * @param {{ meta: Record<string, string | undefined> }} data
 */
export function dateOrder(data) {
  const [, day, month, year] = /^(\d{1,2}) (\p{L}+) (\d{4})$/u.exec(data.meta.date ?? "") ?? [];
  const monthIndex = months.indexOf(month ?? "");
  return monthIndex === -1 ? Number.NEGATIVE_INFINITY : Number(year) * 10_000 + (monthIndex + 1) * 100 + Number(day);
}

/**
 * @template D
 * @typedef {{ score: number, data: () => Promise<D> }} Found
 */

/**
 * One search over every segment of the index, the segments listed newest articles first (see
 * scripts/stages/search-index.ts). By relevance, all results by score, the newer segment's first
 * among equals. Newest first, each segment's results are in date order already, but the segments
 * hold articles in the order they entered the archive, not by date: each next result is the
 * newest of the segments' next ones, which shows only in its data, so the data of each segment's
 * next result is loaded, and no more. Facet counts are added up. `next(count)` gives the data of
 * the next `count` results, in order.
 * @template {{ meta: Record<string, string | undefined> }} D
 * @param {Array<{ results: Array<Found<D>>, filters?: FacetCounts, totalFilters?: FacetCounts }>} searches one per segment, in the list's order
 * @param {SearchState["sort"]} sort
 * @returns {{ count: number, next: (count: number) => Promise<D[]>, filters: FacetCounts, totalFilters: FacetCounts }}
 */
export function mergeSearches(searches, sort) {
  const count = searches.reduce((sum, search) => sum + search.results.length, 0);
  const counts = { filters: sumCounts(searches.map((search) => search.filters)), totalFilters: sumCounts(searches.map((search) => search.totalFilters)) };
  if (sort === "relevance") {
    const results = searches.flatMap((search) => search.results).sort((a, b) => b.score - a.score);
    let taken = 0;
    const next = (/** @type {number} */ wanted) => {
      const batch = results.slice(taken, taken + wanted);
      taken += batch.length;
      return Promise.all(batch.map((result) => result.data()));
    };
    return { count, next, ...counts };
  }
  const queues = searches.map((search) => [...search.results]);
  /** @type {Array<Promise<D> | undefined>} */
  const heads = queues.map((queue) => queue[0]?.data());
  const next = async (/** @type {number} */ wanted) => {
    /** @type {D[]} */
    const taken = [];
    while (taken.length < wanted) {
      const data = await Promise.all(heads);
      let newest = -1;
      for (const [index, head] of data.entries()) {
        if (head !== undefined && (newest === -1 || dateOrder(head) > dateOrder(/** @type {D} */ (data[newest])))) newest = index;
      }
      if (newest === -1) break;
      taken.push(/** @type {D} */ (data[newest]));
      const queue = /** @type {Array<Found<D>>} */ (queues[newest]);
      queue.shift();
      heads[newest] = queue[0]?.data();
    }
    return taken;
  };
  return { count, next, ...counts };
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
