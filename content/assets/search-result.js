// @ts-check
// One search result, built as DOM nodes from what Pagefind returns; nothing in it is parsed as markup.
import { matchedParagraph, resultLink } from "./search-state.js";

/**
 * What Pagefind returns for one result (https://pagefind.app/docs/api/).
 * @typedef {{ url: string, excerpt: string, meta: Record<string, string | undefined> & { title: string }, locations: number[], anchors: Array<{ id: string, location: number }> }} ResultData
 */

/** Pagefind's excerpt is text with <mark> around matches; it is rebuilt as text nodes, so nothing in it can run. */
function excerpt(/** @type {string} */ html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  const fragment = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeName === "MARK") fragment.append(Object.assign(document.createElement("mark"), { textContent: node.textContent }));
    else fragment.append(document.createTextNode(node.textContent ?? ""));
  }
  return fragment;
}

/** One result as a list item: headline linked to the matched paragraph, meta line, excerpt. */
export function resultItem(/** @type {ResultData} */ data, /** @type {string} */ query) {
  const item = document.createElement("li");
  const heading = document.createElement("h2");
  const link = Object.assign(document.createElement("a"), { href: resultLink(data.url, query, matchedParagraph(data)), textContent: data.meta.title });
  heading.append(link);
  const meta = Object.assign(document.createElement("p"), { className: "meta" });
  // The article page gives every result its source and date, in its own words where it states none.
  meta.textContent = [data.meta.source, data.meta.section, data.meta.date].filter(Boolean).join(" · ");
  const text = Object.assign(document.createElement("p"), { className: "description" });
  text.append(excerpt(data.excerpt));
  item.append(heading, meta, text);
  return item;
}
