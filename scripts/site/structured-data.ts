import type { FrontMatter } from "../convert/schema.ts";
import { rfc3339, xmlText } from "./filters.ts";

export type ArticleFacts = Pick<FrontMatter, "title" | "description" | "source" | "section" | "author" | "published" | "language" | "wordCount">;

/** schema.org `NewsArticle` for an article page; `datePublished` only where the seed states a date. */
export function newsArticle(article: ArticleFacts, url: string, siteTitle: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.description,
    url,
    mainEntityOfPage: url,
    ...(article.published ? { datePublished: rfc3339(article.published) } : {}),
    ...(article.author ? { author: { "@type": "Person", name: article.author } } : {}),
    publisher: { "@type": "Organization", name: article.source ?? siteTitle },
    ...(article.section ? { articleSection: article.section } : {}),
    ...(article.language ? { inLanguage: article.language } : {}),
    wordCount: article.wordCount,
  };
}

export interface FeedEntry {
  url: string;
  data: ArticleFacts;
}

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1); `home` is the site's absolute root URL, path prefix included.
 * JSON could carry any character, but its text is the Atom feed's, so it leaves out what XML cannot hold.
 */
export function jsonFeed(site: { title: string; description: string; language: string }, home: string, entries: FeedEntry[]) {
  const absolute = (path: string) => new URL(path.replace(/^\//, ""), home).href;
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: xmlText(site.title),
    description: xmlText(site.description),
    home_page_url: home,
    feed_url: absolute("/feed.json"),
    language: site.language,
    items: entries.map(({ url, data }) => ({
      id: absolute(url),
      url: absolute(url),
      title: xmlText(data.title),
      summary: xmlText(data.description),
      content_text: xmlText(data.description),
      ...(data.published ? { date_published: rfc3339(data.published) } : {}),
      ...(data.author ? { authors: [{ name: xmlText(data.author) }] } : {}),
      ...(data.language ? { language: data.language } : {}),
      tags: [data.source, data.section].filter((tag): tag is string => tag !== undefined).map(xmlText),
    })),
  };
}
