import type { ArticleData, ArticleItem } from "../../scripts/site/collections.ts";

/** Items enter the archive in the order a test makes them, unless it says otherwise. */
let made = 0;

/** A list item as Eleventy gives it, with only the fields a test cares about set. */
export const article = (url: string, data: Partial<ArticleData> = {}): ArticleItem => ({
  url,
  data: { title: "Headline", description: "", wordCount: 0, people: [], organizations: [], places: [], alsoPublishedAs: [], entered: ++made, ...data },
});
