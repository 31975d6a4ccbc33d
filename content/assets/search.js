// @ts-check
// The search page: Pagefind's index, queried as readers type, with facets, sort and paging.
// The page's state lives in its URL, so a search can be shared and the back button works.
import { resultItem } from "./search-result.js";
import { countOf, facets, isActive, mergeSearches, readState, searchOptions, shownValues, sumCounts, writeState } from "./search-state.js";

/** @typedef {import("./search-result.js").ResultData} ResultData */

const pageSize = 10;
const byId = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const app = byId("search-app");
const form = /** @type {HTMLFormElement} */ (byId("search-form"));
const input = /** @type {HTMLInputElement} */ (byId("search-query"));
const sort = /** @type {HTMLSelectElement} */ (byId("search-sort"));
const status = byId("search-status");
const list = byId("search-results");
const more = /** @type {HTMLButtonElement} */ (byId("search-more"));
const facetBox = byId("search-facets");
const filterPanel = /** @type {HTMLDetailsElement} */ (byId("search-filters"));

const root = new URL("../", import.meta.url);

/** One segment of the index: a Pagefind bundle of its own, with an index for each language, merged. */
async function openSegment(/** @type {URL} */ bundle) {
  // Each bundle's pagefind.js is a module of its own, so each segment keeps its own Pagefind.
  const pagefind = await import(new URL("pagefind.js", bundle).href);
  await pagefind.options({ baseUrl: root.pathname, excerptLength: 30 });
  // Pagefind loads the index of this page's language; articles in other languages have their own.
  const entry = await (await fetch(new URL("pagefind-entry.json", bundle))).json();
  for (const language of Object.keys(entry.languages)) {
    if (language !== document.documentElement.lang) await pagefind.mergeIndex(bundle.href, { language });
  }
  return pagefind;
}

// The index is written in segments, listed newest articles first (scripts/stages/search-index.ts).
const { segments } = await (await fetch(new URL("pagefind/segments.json", root))).json();
const indexes = await Promise.all(segments.map((/** @type {string} */ segment) => openSegment(new URL(segment, root))));
const allValues = sumCounts(await Promise.all(indexes.map((pagefind) => pagefind.filters())));
app.hidden = false;

let state = readState(location.search);
/** The current search's results, read a batch at a time. */
let results = { count: 0, next: async (/** @type {number} */ _count) => /** @type {ResultData[]} */ ([]) };
let shown = 0;
let generation = 0;

/** Loads and shows the next results; the button is hidden meanwhile, so one click loads one batch. */
async function showMore() {
  more.hidden = true;
  const current = generation;
  const data = await results.next(pageSize);
  if (current !== generation) return;
  shown += data.length;
  list.append(...data.map((result) => resultItem(result, state.query)));
  more.hidden = shown >= results.count;
}

function describe(/** @type {number} */ count) {
  const chosen = facets.flatMap(([name]) => state.filters[name] ?? []);
  const what = state.query === "" ? "" : ` for “${state.query}”`;
  const within = chosen.length === 0 ? "" : ` in ${chosen.join(", ")}`;
  return `${count === 0 ? "No" : count.toLocaleString("en-GB")} ${count === 1 ? "result" : "results"}${what}${within}.`;
}

function renderFacets(/** @type {Record<string, Record<string, number>>} */ counts) {
  facetBox.replaceChildren();
  for (const [name, label] of facets) {
    const values = shownValues(name, Object.keys(allValues[name] ?? {}), counts[name] ?? {}, state.filters[name] ?? []);
    if (values.length === 0) continue;
    const fieldset = document.createElement("fieldset");
    fieldset.append(Object.assign(document.createElement("legend"), { textContent: label }));
    for (const value of values) {
      const id = `facet-${name}-${values.indexOf(value)}`;
      const box = Object.assign(document.createElement("input"), { type: "checkbox", id, name, value, checked: (state.filters[name] ?? []).includes(value) });
      const tag = Object.assign(document.createElement("label"), { htmlFor: id });
      tag.append(`${value} `, Object.assign(document.createElement("span"), { className: "count", textContent: String(countOf(counts[name], value)) }));
      const row = Object.assign(document.createElement("div"), { className: "facet" });
      row.append(box, tag);
      fieldset.append(row);
    }
    facetBox.append(fieldset);
  }
  if (facets.some(([name]) => (state.filters[name] ?? []).length > 0)) {
    facetBox.append(Object.assign(document.createElement("button"), { type: "button", className: "clear", textContent: "Clear filters" }));
  }
}

/** Searches for the state and shows the results; `typing` waits for the reader to pause first. */
async function run(typing = false) {
  const current = ++generation;
  list.setAttribute("aria-busy", "true");
  // Words typed are searched once the reader pauses; a newer keystroke makes this search moot.
  // A search from a link, a submit, a sort or a filter runs at once.
  if (typing && state.query !== "") await new Promise((wait) => setTimeout(wait, 250));
  if (current !== generation) return;
  const options = searchOptions(state);
  const words = state.query === "" ? null : state.query;
  /** @type {Array<{ results: Array<import("./search-state.js").Found<ResultData>> }> | null} */
  const searches = isActive(state) ? await Promise.all(indexes.map((pagefind) => pagefind.search(words, options))) : null;
  const search = searches && mergeSearches(searches, state.sort);
  if (current !== generation) return;
  results = search ?? { count: 0, next: async () => [] };
  shown = 0;
  list.replaceChildren();
  // A facet with a value chosen shows what each of its values would give for the words alone,
  // so its other values do not all read 0; the rest show what narrowing further would leave.
  const counts = Object.fromEntries(
    facets.map(([name]) => [name, ((state.filters[name] ?? []).length > 0 ? search?.totalFilters : search?.filters)?.[name] ?? allValues[name] ?? {}]),
  );
  renderFacets(counts);
  status.textContent = isActive(state) ? describe(results.count) : "";
  await showMore();
  if (current === generation) list.setAttribute("aria-busy", "false");
}

/** Records the state in the URL: a new history entry for a deliberate step, the same one while typing. */
function remember(/** @type {"push" | "replace"} */ how) {
  const url = `${location.pathname}${writeState(state)}`;
  if (how === "push") history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

function showState() {
  input.value = state.query;
  sort.value = state.sort;
}

input.addEventListener("input", () => {
  state = { ...state, query: input.value.trim() };
  remember("replace");
  run(true);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  state = { ...state, query: input.value.trim() };
  remember("push");
  run();
});
sort.addEventListener("change", () => {
  state = { ...state, sort: sort.value === "newest" ? "newest" : "relevance" };
  remember("push");
  run();
});
facetBox.addEventListener("change", (event) => {
  const box = /** @type {HTMLInputElement} */ (event.target);
  const chosen = new Set(state.filters[box.name] ?? []);
  if (box.checked) chosen.add(box.value);
  else chosen.delete(box.value);
  state = { ...state, filters: { ...state.filters, [box.name]: [...chosen] } };
  remember("push");
  run();
});
facetBox.addEventListener("click", (event) => {
  if (!(event.target instanceof HTMLButtonElement)) return;
  state = { ...state, filters: Object.fromEntries(facets.map(([name]) => [name, []])) };
  remember("push");
  run();
});
more.addEventListener("click", () => showMore());
addEventListener("popstate", () => {
  state = readState(location.search);
  showState();
  run();
});

showState();
// On a narrow screen the filters would push the results below the fold: they start folded away, unless some are chosen.
// Beside the results (the stylesheet's wide layout) they are always open.
const wide = matchMedia("(min-width: 60rem)");
filterPanel.open = wide.matches || facets.some(([name]) => (state.filters[name] ?? []).length > 0);
wide.addEventListener("change", () => {
  if (wide.matches) filterPanel.open = true;
});
run();
