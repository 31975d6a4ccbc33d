// Every address the site has, spelled here and nowhere else: the converter, the lists, the
// templates (through filters) and the search index all call these.
import type { TopicKind } from "../convert/topics/lexicon.ts";

/** `/articles/nato-chief-urges-europe-e4c07a/` */
export const articleUrl = (slug: string) => `/articles/${slug}/`;

/** Whether `url` is an article's address: one segment below the articles, nothing a URL could carry besides. */
export const isArticleUrl = (url: string) => /^\/articles\/[^/?#\\]+\/$/.test(url);

export const topicsUrl = "/topics/";
/** `/topics/people/` */
export const topicKindUrl = (kind: TopicKind) => `${topicsUrl}${kind}/`;
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

/** Page `number` of the list at `url`: the list's own address for the first, then `page/2/`, … */
export const listPageUrl = (url: string, number: number) => (number === 1 ? url : `${url}page/${number}/`);

/** The file that serves a URL path, as a static host does: `/x/` → `/x/index.html`. */
export const fileOf = (path: string) => (path.endsWith("/") ? `${path}index.html` : path);

/** The folder, below the site, of part `number` (from 1) of the search index. */
export const searchPartFolder = (number: number) => (number === 1 ? "pagefind/" : `pagefind-${number}/`);
