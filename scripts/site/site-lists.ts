import type { GoneAddress } from "../convert/record.ts";
import type { GoneTopic } from "../convert/topic-record.ts";
import { archiveYears } from "./archive.ts";
import { type ArticleItem, inEntryOrder, newestFirst, sitemapParts } from "./collections.ts";
import { groupsBy } from "./groups.ts";
import { listPages } from "./list-pages.ts";
import { topicLetters } from "./topic-letters.ts";
import { topicPages } from "./topics.ts";

/**
 * Every list the site shows, made once per build from the articles' front matter and given to
 * every template as the global data `lists` (see scripts/stages/render.ts). Lists show one of each set
 * of near-copies; the others are linked from it as "also published as". Frozen, so that Eleventy
 * shares it between pages instead of copying it into each page's data.
 */
export function siteLists<Item extends ArticleItem>(items: Item[], gone: readonly GoneAddress[] = [], goneTopics: readonly GoneTopic[] = []) {
  const everyArticle = newestFirst(items);
  const articles = everyArticle.filter((item) => item.data.repeatOf === undefined);
  const copies = everyArticle.filter((item) => item.data.repeatOf !== undefined);
  const topics = topicPages(articles, copies);
  const letters = topicLetters(topics);
  return Object.freeze({
    everyArticle,
    articles,
    topics,
    /** Each kind's A–Z index: its letters, and how many topics are too rare to list. */
    topicLetters: letters.index,
    /** The pages of the A–Z lists, a letter of a kind at a time. */
    topicLetterPages: letters.pages,
    /** Every page of every paginated list: home, sources, sections, years, months, topics. */
    pages: listPages(articles, topics),
    sources: groupsBy(articles, "source"),
    sections: groupsBy(articles, "section"),
    years: archiveYears(articles),
    /** The listed articles in the order they entered the archive, the first first: the search index's segments follow it. */
    inEntryOrder: inEntryOrder(articles),
    /** The sitemap's parts of articles, near-copies included: each is a page of its own. */
    sitemapParts: sitemapParts(everyArticle),
    /** Addresses whose articles have left the archive, each with a page saying where the article went. */
    gone,
    /** Topic addresses no longer published, each with a page leading to the topic it became. */
    goneTopics,
  });
}

export type SiteLists<Item extends ArticleItem = ArticleItem> = ReturnType<typeof siteLists<Item>>;
