// The site's main navigation: which pages it lists, in order, and which one the reader is on.
import { archiveUrl, groupIndexUrl, topicsUrl } from "./urls.ts";

export interface NavigationItem {
  url: string;
  label: string;
  /** The reader is on this page, or below it (an article's source page is below Sources). */
  current: boolean;
}

const items: ReadonlyArray<{ url: string; label: string }> = [
  { url: "/", label: "Latest" },
  { url: groupIndexUrl("source"), label: "Sources" },
  { url: groupIndexUrl("section"), label: "Sections" },
  { url: archiveUrl, label: "Archive" },
  { url: topicsUrl, label: "Topics" },
  { url: "/search/", label: "Search" },
  { url: "/about/", label: "About" },
];

/** The navigation as seen from the page at `pageUrl`; the home page is current only on itself. */
export const navigation = (pageUrl: string): NavigationItem[] =>
  items.map(({ url, label }) => ({ url, label, current: pageUrl === url || (url !== "/" && pageUrl.startsWith(url)) }));
