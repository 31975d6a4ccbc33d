import type { ArticleData, ArticleItem } from "../../scripts/site/collections.ts";

/** A list item as Eleventy gives it, with only the fields a test cares about set. */
export const article = (url: string, data: Partial<ArticleData> = {}): ArticleItem => ({
  url,
  data: { title: "Headline", description: "", wordCount: 0, people: [], organizations: [], places: [], alsoPublishedAs: [], ...data },
});
