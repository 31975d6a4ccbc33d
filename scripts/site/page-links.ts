import { type ArticleItem, archiveSummary, articlesAt, neighbours } from "./collections.ts";
import type { ListPage } from "./list-pages.ts";
import type { SiteLists } from "./site-lists.ts";

/**
 * Everything an article's page shows of the rest of the archive: its near-copies, its related
 * articles and its neighbours in the archive's order. The page's template reads the archive only
 * through this, and a rebuild renders the page again only when this or the article itself changed
 * (scripts/stages/page-keys.ts), so the two cannot disagree.
 */
export function articleLinks<Item extends ArticleItem>(
  lists: SiteLists<Item>,
  url: string,
  alsoPublishedAs: readonly string[] = [],
  related: readonly string[] = [],
): { copies: Item[]; alike: Item[]; around: { previous?: Item; next?: Item } } {
  return {
    copies: articlesAt(lists.everyArticle, alsoPublishedAs),
    alike: articlesAt(lists.everyArticle, related),
    around: neighbours(lists.articles, url),
  };
}

/**
 * Everything a page of a list shows besides its own items: each item's near-copies, and on the
 * home page's front page the archive's counts. As `articleLinks` is for an article's page, this
 * is the list page's one reading of the archive.
 */
export function listLinks<Item extends ArticleItem>(lists: SiteLists<Item>, list: ListPage<Item>): { copies: Item[][]; summary?: string } {
  return {
    copies: list.items.map((item) => articlesAt(lists.everyArticle, item.data.alsoPublishedAs ?? [])),
    summary: list.kind === "home" && list.number === undefined ? archiveSummary(lists.articles.length, lists.sources, lists.sections) : undefined,
  };
}
