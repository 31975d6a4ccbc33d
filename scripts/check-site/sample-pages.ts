/**
 * The kind of page a URL path is, from its shape: the first folder names the kind and deeper
 * names are instances of it (`/topics/people/mark-rutte/` → `/topics/…/…/`), so all articles are
 * one kind, all source pages another, and `/about/` and `/404.html` each a kind of their own.
 */
export function pageKind(url: string): string {
  return url
    .split("/")
    .map((name, depth) => (depth <= 1 || name === "" ? name : "…"))
    .join("/");
}

/**
 * One page of each kind, the first of its kind in sorted order, so every run checks the same
 * pages. Accessibility follows the layout, so one page of a kind stands for all of them.
 */
export function samplePages(urls: Iterable<string>): string[] {
  const sample = new Map<string, string>();
  for (const url of [...urls].sort()) if (!sample.has(pageKind(url))) sample.set(pageKind(url), url);
  return [...sample.values()];
}
