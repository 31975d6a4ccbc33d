import { createHash } from "node:crypto";
import type { FrontMatter } from "../convert/schema.ts";
import { slugWords } from "../convert/slug.ts";
import { count, rfc3339 } from "./filters.ts";
import { type GroupField, groupUrl, monthUrl, yearUrl } from "./urls.ts";
import { notStated } from "./wording.ts";

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
] as const satisfies readonly (keyof FrontMatter)[];

export type ArticleData = Pick<FrontMatter, (typeof listedFields)[number]>;

/** An article as the site's lists hold it: its URL and its listed fields. */
export interface ArticleItem {
  url: string;
  data: ArticleData;
}

/** A source or section and its articles, newest first. */
export interface Group<Item> {
  name: string;
  slug: string;
  /** `/sources/live-mint/` */
  url: string;
  /** True for the group of articles that do not state this field. */
  unstated: boolean;
  items: Item[];
}

export const unstatedName = { source: notStated.source, section: notStated.section } as const;
const unstatedSlug = "not-stated";

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The moment a stated date names: a bare date is midnight UTC; a date-time keeps its offset. */
const instant = (published: string) => Date.parse(rfc3339(published));

/**
 * Newest first where dates are known, then undated articles; ties by headline, then URL, so
 * the order never depends on file times or the order files were read in.
 */
export function newestFirst<Item extends ArticleItem>(items: Item[]): Item[] {
  const keyed = items.map((item) => ({ item, at: item.data.published === undefined ? undefined : instant(item.data.published) }));
  keyed.sort((a, b) => {
    if (a.at !== b.at) return a.at === undefined ? 1 : b.at === undefined ? -1 : b.at - a.at;
    return a.item.data.title.localeCompare(b.item.data.title, "en") || byText(a.item.url, b.item.url);
  });
  return keyed.map(({ item }) => item);
}

/**
 * Slug of a source or section name; the unstated group has its own. A name with no letters or
 * digits (an emoji), or one that would take the unstated group's slug, gets a suffix from its hash.
 */
export function groupSlug(name: string | undefined): string {
  if (name === undefined) return unstatedSlug;
  const words = slugWords(name);
  if (words !== "" && words !== unstatedSlug) return words;
  return `${words || "named"}-${createHash("sha256").update(name).digest("hex").slice(0, 6)}`;
}

/** The address of the list of a source or section, by its name (the unstated group's when there is none). */
export const groupUrlOf = (name: string | undefined, field: GroupField) => groupUrl(field, groupSlug(name));

/** Articles grouped by source or section, A–Z, with the group that states none last. */
export function groupsBy<Item extends ArticleItem>(items: Item[], field: GroupField): Group<Item>[] {
  const groups = new Map<string, Group<Item>>();
  for (const item of items) {
    const name = item.data[field];
    const slug = groupSlug(name);
    const group = groups.get(slug) ?? { name: name ?? unstatedName[field], slug, url: groupUrl(field, slug), unstated: name === undefined, items: [] };
    group.items.push(item);
    groups.set(slug, group);
  }
  return [...groups.values()].sort((a, b) => Number(a.unstated) - Number(b.unstated) || a.name.localeCompare(b.name, "en"));
}

export interface Month<Item> {
  /** `2025-04` */
  key: string;
  name: string;
  /** `/archive/2025/04/` */
  url: string;
  items: Item[];
}

export interface Year<Item> {
  year: string;
  /** `/archive/2025/` */
  url: string;
  items: Item[];
  months: Month<Item>[];
}

const monthYear = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const monthName = (key: string) => monthYear.format(new Date(`${key}-01T00:00:00Z`));

/** Dated articles by year and month, newest first; undated articles have no place here. */
export function archiveYears<Item extends ArticleItem>(items: Item[]): Year<Item>[] {
  const years = new Map<string, Year<Item>>();
  for (const item of newestFirst(items)) {
    const published = item.data.published;
    if (published === undefined) continue;
    const [year, key] = [published.slice(0, 4), published.slice(0, 7)];
    const entry = years.get(year) ?? { year, url: yearUrl(year), items: [], months: [] };
    let month = entry.months.find((candidate) => candidate.key === key);
    if (!month) {
      month = { key, name: monthName(key), url: monthUrl(key), items: [] };
      entry.months.push(month);
    }
    entry.items.push(item);
    month.items.push(item);
    years.set(year, entry);
  }
  return [...years.values()];
}

/** How many articles the archive's years hold (the dated ones). */
export function datedCount<Item>(years: Year<Item>[]): number {
  return years.reduce((total, year) => total + year.items.length, 0);
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
 * The sitemap's pages in URL order (Eleventy's own order goes by file dates, which differ from
 * one checkout to the next): the site's own pages and every article, each once, whether or not
 * Eleventy's `collections.all` holds the articles too.
 */
export function sitemapPages(pages: readonly { url: string }[], articles: readonly { url: string }[]): { url: string }[] {
  const urls = new Set(articles.map((article) => article.url));
  return [...pages.filter((page) => !urls.has(page.url)), ...articles].sort((a, b) => byText(a.url, b.url));
}
