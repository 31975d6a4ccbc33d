import { type ArticleItem, newestFirst } from "./collections.ts";
import { monthUrl, yearUrl } from "./urls.ts";

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

/** A month as a year's page links it: its name, its address and how many articles it holds. */
export interface MonthLink {
  name: string;
  url: string;
  count: number;
}

export const monthLinks = <Item>(months: Month<Item>[]): MonthLink[] => months.map(({ name, url, items }) => ({ name, url, count: items.length }));

/** How many articles the archive's years hold (the dated ones). */
export function datedCount<Item>(years: Year<Item>[]): number {
  return years.reduce((total, year) => total + year.items.length, 0);
}
