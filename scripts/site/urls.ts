// Every address the site has, spelled here and nowhere else: the converter, the lists, the
// templates (through filters) and the search index all call these.
import type { TopicKind } from "../convert/topics/lexicon.ts";

/** `/articles/nato-chief-urges-europe-e4c07a/` */
export const articleUrl = (slug: string) => `/articles/${slug}/`;

/** The slug of an article's address: `nato-chief-urges-europe-e4c07a` of `/articles/nato-chief-urges-europe-e4c07a/`. */
export const articleSlug = (url: string) => url.slice(articleUrl("").length - 1, -1);

/** Whether `url` is an article's address: one segment below the articles, nothing a URL could carry besides. */
export const isArticleUrl = (url: string) => /^\/articles\/[^/?#\\]+\/$/.test(url);

export const topicsUrl = "/topics/";
/** `/topics/people/` */
export const topicKindUrl = (kind: TopicKind) => `${topicsUrl}${kind}/`;
/** `/topics/people/a-z/m/`, `/topics/people/a-z/m/2/`: a letter of a kind's A–Z list (two segments, so no topic's address). */
export const topicLetterUrl = (kind: TopicKind, letter: string, page = 1) => `${topicKindUrl(kind)}a-z/${letter}/${page > 1 ? `${page}/` : ""}`;
/** `/topics/people/mark-rutte/` */
export const topicUrl = (kind: TopicKind, slug: string) => `${topicKindUrl(kind)}${slug}/`;

/** The fields articles are grouped by, each with an index page of its groups. */
export type GroupField = "source" | "section";
/** `/sources/`, `/sections/` */
export const groupIndexUrl = (field: GroupField) => `/${field}s/`;
/** `/sources/live-mint/` */
export const groupUrl = (field: GroupField, slug: string) => `${groupIndexUrl(field)}${slug}/`;

export const archiveUrl = "/archive/";
/** `/archive/2025/` */
export const yearUrl = (year: string) => `${archiveUrl}${year}/`;
/** `/archive/2025/04/` from the month's key, `2025-04` */
export const monthUrl = (key: string) => `${archiveUrl}${key.replace("-", "/")}/`;

/** Numbered page `number` of the list at `url`, counted from its oldest articles: `page/1/`, `page/2/`, … */
export const listPageUrl = (url: string, number: number) => `${url}page/${number}/`;

/** The file that serves a URL path, as a static host does: `/x/` → `/x/index.html`. */
export const fileOf = (path: string) => (path.endsWith("/") ? `${path}index.html` : path);

/**
 * The folder, below the site, of the search index's segment that starts at place `first` in the
 * order articles entered the archive: `pagefind/segments/1/`. Named by where it starts alone, not
 * its size, so the newest segment keeps its folder as articles join it, and the Pagefind files of
 * its unchanged articles (named by their content) keep their addresses and bytes.
 */
export const searchSegmentFolder = ({ first }: { first: number }) => `pagefind/segments/${first}/`;

/** The sitemap index, which robots.txt names; it lists the sitemap's parts. */
export const sitemapUrl = "/sitemap.xml";
/** The sitemap's part for the site's own pages: lists, topics, search, about. */
export const sitemapPagesUrl = "/sitemaps/pages.xml";
/** Part `number` (from 1) of the sitemap's articles. */
export const sitemapPartUrl = (number: number) => `/sitemaps/articles-${number}.xml`;
