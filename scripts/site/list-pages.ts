import type { TopicKind } from "../convert/topics/lexicon.ts";
import { archiveYears, type Month } from "./archive.ts";
import type { ArticleItem } from "./collections.ts";
import { groupsBy } from "./groups.ts";
import { type TopicPage, topicKindNames, topicPages } from "./topics.ts";
import { archiveUrl, groupIndexUrl, listPageUrl, topicKindUrl } from "./urls.ts";

export const pageSize = 50;

export type PageLink = { number: number; url: string; current: boolean } | { gap: true };

/** One page of one list of articles. Every list on the site is made of these. */
export interface ListPage<Item> {
  kind: "home" | "source" | "section" | "year" | "month" | "topic";
  url: string;
  /** The list's name, e.g. "Live Mint" or "April 2025". */
  title: string;
  /** Where the list belongs: the index that lists it. */
  parent?: { title: string; url: string };
  number: number;
  pageCount: number;
  /** What the page's <title> says before the site's name; none on the home page's first page. */
  pageTitle?: string;
  total: number;
  items: Item[];
  links: PageLink[];
  /** A year's months, each linked with its count. */
  months?: Month<Item>[];
  /** A topic's dates and companions. */
  topic?: TopicPage<Item>;
}

/** Numbered links: the first, the last, and two either side of the current page, with gaps between. */
export function pageLinks(current: number, count: number, urlOf: (number: number) => string): PageLink[] {
  const shown = [...Array(count).keys()].map((index) => index + 1).filter((number) => number === 1 || number === count || Math.abs(number - current) <= 2);
  return shown.flatMap((number, index): PageLink[] => {
    const link = { number, url: urlOf(number), current: number === current };
    const previous = shown[index - 1];
    return previous !== undefined && number - previous > 1 ? [{ gap: true }, link] : [link];
  });
}

type ListOf<Item> = Pick<ListPage<Item>, "kind" | "title" | "parent" | "months" | "topic"> & { url: string; items: Item[] };

/** A list cut into pages of `pageSize`: `/base/`, `/base/page/2/`, … (an empty list still has its first page). */
export function paginate<Item>({ url, items, ...list }: ListOf<Item>): ListPage<Item>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const urlOf = (number: number) => listPageUrl(url, number);
  return Array.from({ length: pageCount }, (_, index) => ({
    ...list,
    url: urlOf(index + 1),
    number: index + 1,
    pageTitle: index > 0 ? `${list.title}, page ${index + 1}` : list.kind === "home" ? undefined : list.title,
    pageCount,
    total: items.length,
    items: items.slice(index * pageSize, (index + 1) * pageSize),
    links: pageLinks(index + 1, pageCount, urlOf),
  }));
}

/** Every paginated list of the site: home, each source, each section, each year and month, each topic. */
export function listPages<Item extends ArticleItem>(articles: Item[], topics: Record<TopicKind, TopicPage<Item>[]> = topicPages(articles)): ListPage<Item>[] {
  const sources = { title: "Sources", url: groupIndexUrl("source") };
  const sections = { title: "Sections", url: groupIndexUrl("section") };
  const archive = { title: "Archive", url: archiveUrl };
  return [
    ...paginate({ kind: "home", title: "Latest articles", url: "/", items: articles }),
    ...groupsBy(articles, "source").flatMap((group) => paginate({ kind: "source", title: group.name, parent: sources, url: group.url, items: group.items })),
    ...groupsBy(articles, "section").flatMap((group) => paginate({ kind: "section", title: group.name, parent: sections, url: group.url, items: group.items })),
    ...archiveYears(articles).flatMap((year) => [
      ...paginate({ kind: "year", title: year.year, parent: archive, url: year.url, items: year.items, months: year.months }),
      ...year.months.flatMap((month) =>
        paginate({ kind: "month", title: month.name, parent: { title: year.year, url: year.url }, url: month.url, items: month.items }),
      ),
    ]),
    ...Object.values(topics).flatMap((topics) =>
      topics.flatMap((topic) =>
        paginate({
          kind: "topic",
          title: topic.name,
          parent: { title: topicKindNames[topic.kind], url: topicKindUrl(topic.kind) },
          url: topic.url,
          items: topic.items,
          topic,
        }),
      ),
    ),
  ];
}
