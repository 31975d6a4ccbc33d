import type { FrontMatter } from "../convert/schema.ts";
import { count, rfc3339 } from "./filters.ts";
import type { Group } from "./groups.ts";
import { sitemapPartUrl } from "./urls.ts";

/** The front-matter fields the site's lists and feeds read of an article; the rest stays on its own page. */
export const listedFields = [
  "title",
  "displayTitle",
  "description",
  "source",
  "section",
  "author",
  "published",
  "language",
  "wordCount",
  "people",
  "organizations",
  "places",
  "alsoPublishedAs",
  "repeatOf",
  "entered",
] as const satisfies readonly (keyof FrontMatter)[];

export type ArticleData = Pick<FrontMatter, (typeof listedFields)[number]>;

/** An article as the site's lists hold it: its URL and its listed fields. */
export interface ArticleItem {
  url: string;
  data: ArticleData;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The moment a stated date names: a bare date is midnight UTC; a date-time keeps its offset. */
const instant = (published: string) => Date.parse(rfc3339(published));

/** The articles in the order they entered the archive, the first first; articles that entered together go by URL. */
export const inEntryOrder = <Item extends ArticleItem>(items: readonly Item[]): Item[] =>
  [...items].sort((a, b) => a.data.entered - b.data.entered || byText(a.url, b.url));

/**
 * The archive's order, newest first. A dated article goes by its date. An undated article has no
 * time of its own: it stands where it entered the archive, just after the newest date of the
 * articles that entered before it. So a new article, undated or dated today, goes to the front,
 * and none already listed moves. Ties go to the article that entered later, then by URL, so the
 * order never depends on file times, headlines or the order files were read in.
 */
export function newestFirst<Item extends ArticleItem>(items: Item[]): Item[] {
  const byEntry = inEntryOrder(items);
  let newest = Number.NEGATIVE_INFINITY;
  const keyed = byEntry.map((item, place) => {
    const at = item.data.published === undefined ? newest : instant(item.data.published);
    newest = Math.max(newest, at);
    return { item, at, place };
  });
  keyed.sort((a, b) => (a.at === b.at ? b.place - a.place : a.at > b.at ? -1 : 1));
  return keyed.map(({ item }) => item);
}

/** Templates look up the same list once per page: each index is built once per list and kept with it. */
function indexOf<Value>(cache: WeakMap<readonly ArticleItem[], Value>, items: readonly ArticleItem[], build: () => Value): Value {
  const cached = cache.get(items);
  if (cached !== undefined) return cached;
  const built = build();
  cache.set(items, built);
  return built;
}

const positions = new WeakMap<readonly ArticleItem[], Map<string, number>>();

/** The articles before and after `url` in a list. */
export function neighbours<Item extends ArticleItem>(items: readonly Item[], url: string): { previous?: Item; next?: Item } {
  const position = indexOf(positions, items, () => new Map(items.map((item, index) => [item.url, index]))).get(url);
  if (position === undefined) return {};
  return { previous: items[position - 1], next: items[position + 1] };
}

const byUrls = new WeakMap<readonly ArticleItem[], Map<string, ArticleItem>>();

/** The articles at these URLs, in the order given. */
export function articlesAt<Item extends ArticleItem>(items: readonly Item[], urls: readonly string[]): Item[] {
  const index = indexOf(byUrls, items, () => new Map<string, ArticleItem>(items.map((item) => [item.url, item])));
  return urls.flatMap((url) => {
    const item = index.get(url);
    return item ? [item as Item] : [];
  });
}

/**
 * The feed's `updated`: the newest date any article states. Undated articles have no time of
 * their own, and the build's clock must not leak into the output, so with no dates at all it
 * is the start of the Unix epoch.
 */
export function feedUpdated(items: readonly ArticleItem[]): string {
  // A loop, not Math.max(...all): spreading a hundred thousand articles exceeds the engine's argument limit.
  let newest = 0;
  for (const { data } of items) if (data.published !== undefined) newest = Math.max(newest, instant(data.published));
  return new Date(newest).toISOString().replace(".000Z", "Z");
}

/** "120 articles from 3 sources in 4 sections." Groups of articles that state no source or section are not counted. */
export function archiveSummary(articles: number, sources: Group<unknown>[], sections: Group<unknown>[]): string {
  const named = (groups: Group<unknown>[], noun: string) => {
    const stated = groups.filter((group) => !group.unstated).length;
    return stated === 0 ? [] : [count(stated, noun)];
  };
  const [source] = named(sources, "source");
  const [section] = named(sections, "section");
  return `${count(articles, "article")}${source ? ` from ${source}` : ""}${section ? ` in ${section}` : ""}.`;
}

/**
 * The site's own pages for the sitemap, in URL order (Eleventy's own order goes by file dates,
 * which differ from one checkout to the next): every page Eleventy lists that is not an article.
 */
export function sitePages(pages: readonly { url: string }[], articles: readonly { url: string }[]): { url: string }[] {
  const urls = new Set(articles.map((article) => article.url));
  return pages.filter((page) => !urls.has(page.url)).sort((a, b) => byText(a.url, b.url));
}

/** Articles per part of the sitemap; a part may hold 50,000 URLs (sitemaps.org). */
export const sitemapPartSize = 10_000;

/**
 * The articles as parts of the sitemap: part `n` holds those whose place in the order articles
 * entered the archive falls in the `n`th stretch of `size` (1–10,000, 10,001–20,000, …), in
 * URL order. So a new article changes only the newest part, and a withdrawn one only its own.
 */
export function sitemapParts<Item extends ArticleItem>(articles: readonly Item[], size = sitemapPartSize): { url: string; articles: Item[] }[] {
  const parts = new Map<number, Item[]>();
  for (const article of articles) {
    const number = Math.ceil(article.data.entered / size);
    const part = parts.get(number) ?? [];
    part.push(article);
    parts.set(number, part);
  }
  return [...parts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, items]) => ({ url: sitemapPartUrl(number), articles: items.sort((a, b) => byText(a.url, b.url)) }));
}
