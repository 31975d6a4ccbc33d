import type { TopicKind } from "../convert/topics/lexicon.ts";
import { archiveYears, type MonthLink, monthLinks } from "./archive.ts";
import type { ArticleItem } from "./collections.ts";
import { groupsBy } from "./groups.ts";
import { type TopicFacts, type TopicPage, topicKindNames, topicPages } from "./topics.ts";
import { archiveUrl, groupIndexUrl, listPageUrl, topicKindUrl } from "./urls.ts";

export const pageSize = 50;

/** A link in a list's page navigation: the front page ("Latest"), a numbered page, or a gap between numbers. */
export type PageLink = { label: string; description: string; url: string; current: boolean } | { gap: true };

/** One page of one list of articles. Every list on the site is made of these. */
export interface ListPage<Item> {
  kind: "home" | "source" | "section" | "year" | "month" | "topic";
  url: string;
  /** The list's name, e.g. "Live Mint" or "April 2025". */
  title: string;
  /** Where the list belongs: the index that lists it. */
  parent?: { title: string; url: string };
  /**
   * None on the list's front page, at its own address, which shows the newest articles. Numbered
   * pages are counted from the oldest, so a page once full keeps its articles as the list grows.
   */
  number?: number;
  /** What the page's <title> says before the site's name; none on the home page's front page. */
  pageTitle?: string;
  /** Articles in the whole list, on the front page only: numbered pages do not say it, so that they stay put. */
  total?: number;
  items: Item[];
  links: PageLink[];
  /** A year's months, each linked with its count. */
  months?: MonthLink[];
  /** A topic's dates and companions. */
  topic?: TopicFacts;
}

/**
 * The list's navigation, newest first: "Latest" (the front page), then the numbered pages from
 * `last` down to 1, showing the two either side of the current one and the oldest, with gaps
 * between. A numbered page's links change only while it is among the newest few.
 */
export function pageLinks(current: number | undefined, last: number, urlOf: (number: number) => string, frontUrl: string): PageLink[] {
  const near = (number: number) => number === 1 || (current === undefined ? number > last - 3 : Math.abs(number - current) <= 2);
  const shown = [...Array(last).keys()].map((index) => last - index).filter(near);
  const latest: PageLink = { label: "Latest", description: "Latest articles", url: frontUrl, current: current === undefined };
  let previous = last + 1;
  return [
    latest,
    ...shown.flatMap((number): PageLink[] => {
      const link = { label: String(number), description: `Page ${number}`, url: urlOf(number), current: number === current };
      const gap = previous - number > 1;
      previous = number;
      return gap ? [{ gap: true }, link] : [link];
    }),
  ];
}

type ListOf<Item> = Pick<ListPage<Item>, "kind" | "title" | "parent" | "months" | "topic"> & { url: string; items: Item[] };

/**
 * A list, newest first, as pages: the front page at the list's own address, then numbered pages
 * of `pageSize` counted from the oldest (`/base/page/1/` holds the oldest). The front page shows
 * every article not yet on a numbered page, and the newest full page's too, so it never shows
 * fewer than `pageSize` of a list that has them (and fewer than twice that). A new article
 * changes the front page; a numbered page's articles never change once it exists.
 */
export function paginate<Item>({ url, items, ...list }: ListOf<Item>): ListPage<Item>[] {
  const numbered = Math.max(0, Math.floor(items.length / pageSize) - 1);
  const urlOf = (number: number) => listPageUrl(url, number);
  const front: ListPage<Item> = {
    ...list,
    url,
    pageTitle: list.kind === "home" ? undefined : list.title,
    total: items.length,
    items: items.slice(0, items.length - numbered * pageSize),
    links: numbered === 0 ? [] : pageLinks(undefined, numbered, urlOf, url),
  };
  const pages = Array.from({ length: numbered }, (_, index): ListPage<Item> => {
    const number = index + 1;
    const end = items.length - index * pageSize;
    return {
      ...list,
      url: urlOf(number),
      number,
      pageTitle: `${list.title}, page ${number}`,
      items: items.slice(end - pageSize, end),
      links: pageLinks(number, numbered, urlOf, url),
    };
  });
  return [front, ...pages];
}

/** Every paginated list of the site: home, each source, each section, each year and month, each topic. */
export function listPages<Item extends ArticleItem>(articles: Item[], topics: Record<TopicKind, TopicPage<Item>[]> = topicPages(articles)): ListPage<Item>[] {
  const sources = { title: "Sources", url: groupIndexUrl("source") };
  const sections = { title: "Sections", url: groupIndexUrl("section") };
  const archive = { title: "Archive", url: archiveUrl };
  return [
    ...paginate({ kind: "home", title: "Articles", url: "/", items: articles }),
    ...groupsBy(articles, "source").flatMap((group) => paginate({ kind: "source", title: group.name, parent: sources, url: group.url, items: group.items })),
    ...groupsBy(articles, "section").flatMap((group) => paginate({ kind: "section", title: group.name, parent: sections, url: group.url, items: group.items })),
    ...archiveYears(articles).flatMap((year) => [
      ...paginate({ kind: "year", title: year.year, parent: archive, url: year.url, items: year.items, months: monthLinks(year.months) }),
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
          topic: { first: topic.first, latest: topic.latest, companions: topic.companions, descriptor: topic.descriptor, written: topic.written },
        }),
      ),
    ),
  ];
}
