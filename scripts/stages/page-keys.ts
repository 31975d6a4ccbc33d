import { createHash } from "node:crypto";
import type { ArticleItem } from "../site/collections.ts";
import type { ListPage } from "../site/list-pages.ts";
import { articleLinks, listLinks } from "../site/page-links.ts";
import type { SiteLists } from "../site/site-lists.ts";

/**
 * A page's key: a hash of everything that decides its bytes. Equal keys mean equal pages, so a
 * rebuild renders a page again only when its key changed (as Bazel's action cache reruns an action).
 * Everything is the site's version (its code, templates, content pages and options), the page's
 * own data, and what it shows of other articles, read through the same functions its template
 * reads them with (scripts/site/page-links.ts).
 */
export type PageKey = string;

export const hashOf = (...parts: string[]): string => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("base64url").slice(0, 22);
};

const digests = new WeakMap<object, string>();

/** An article as a list shows it, in a few bytes: the hash of its URL and listed fields. */
function digestOf(item: ArticleItem): string {
  let digest = digests.get(item);
  if (digest === undefined) {
    digest = hashOf(JSON.stringify(item));
    digests.set(item, digest);
  }
  return digest;
}

const isItem = (value: unknown): value is ArticleItem =>
  typeof value === "object" && value !== null && typeof (value as ArticleItem).url === "string" && typeof (value as ArticleItem).data === "object";

/** JSON of what a page shows, each article in it by its digest. */
const shown = (value: unknown) => JSON.stringify(value, (_key, inner: unknown) => (isItem(inner) ? digestOf(inner) : inner));

/** An article's page: its document (by its hash), and the articles its page links to. */
export function articlePageKey<Item extends ArticleItem>(
  siteVersion: string,
  lists: SiteLists<Item>,
  article: Item & { digest: string; related: readonly string[] },
): PageKey {
  return hashOf(siteVersion, article.digest, shown(articleLinks(lists, article.url, article.data.alsoPublishedAs, article.related)));
}

/** A page of a list: the page as its template gets it, and the near-copies of its articles. */
export function listPageKey<Item extends ArticleItem>(siteVersion: string, lists: SiteLists<Item>, list: ListPage<Item>): PageKey {
  return hashOf(siteVersion, shown(list), shown(listLinks(lists, list)));
}

/**
 * What the search index reads of an article's page: only the part marked `data-pagefind-body`,
 * with the attributes inside it, and the page's language, which come from the article's own
 * headline, body and fields (`indexedFields` in article-files.ts), not from other articles: its
 * related articles and neighbours are outside it. So a segment is not indexed again when only
 * the links of its articles change.
 */
export const indexedKey = (siteVersion: string, article: { indexed: string }): PageKey => hashOf(siteVersion, article.indexed);
