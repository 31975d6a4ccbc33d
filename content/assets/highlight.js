// @ts-check
// Marks the words a search result was found by (`?highlight=word`) on an article page.
if (new URLSearchParams(location.search).has("highlight")) {
  // Pagefind's highlighter is a classic script: loading it defines window.PagefindHighlight.
  await import(new URL("../pagefind/pagefind-highlight.js", import.meta.url).href);
  const { PagefindHighlight } = /** @type {{ PagefindHighlight: new (options: object) => unknown }} */ (/** @type {unknown} */ (window));
  // The site's stylesheet styles <mark>; Pagefind's own inline styles would break the content security policy.
  new PagefindHighlight({ highlightParam: "highlight", markContext: "article .body", addStyles: false });
}
