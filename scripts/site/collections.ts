/** The part of an Eleventy collection item that ordering needs. */
export interface ArticleItem {
  data: { title: string; published?: string };
  url: string;
}

/**
 * Newest first where dates are known, then undated articles; ties by headline, then URL, so
 * the order never depends on file times or the order files were read in.
 */
export function newestFirst<Item extends ArticleItem>(items: Item[]): Item[] {
  return [...items].sort((a, b) => {
    const [dateA, dateB] = [a.data.published ?? "", b.data.published ?? ""];
    if (dateA !== dateB) return dateA === "" ? 1 : dateB === "" ? -1 : dateA < dateB ? 1 : -1;
    return a.data.title.localeCompare(b.data.title, "en") || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
  });
}
