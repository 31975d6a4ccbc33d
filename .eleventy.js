// Wiring only: Markdown settings, collections, filters. Logic lives in scripts/site/.
import { HtmlBasePlugin } from "@11ty/eleventy";
import { citations } from "./scripts/site/citations.ts";
import {
  archiveSummary,
  archiveYears,
  articlesAt,
  byUrl,
  datedCount,
  feedUpdated,
  groupSlug,
  groupsBy,
  neighbours,
  newestFirst,
} from "./scripts/site/collections.ts";
import { count, json, readableDate, rfc3339 } from "./scripts/site/filters.ts";
import { listPages } from "./scripts/site/list-pages.ts";
import { createMarkdown } from "./scripts/site/markdown.ts";
import { jsonFeed, newsArticle } from "./scripts/site/structured-data.ts";
import { byInitial, mostCovered, topicKindNames, topicPages } from "./scripts/site/topics.ts";

export default function (eleventyConfig) {
  // content/articles/ is generated and git-ignored, but it is the site's main input.
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.setLibrary("md", createMarkdown());
  // With --pathprefix, every internal URL in HTML output gets the prefix; `htmlBaseUrl` makes absolute URLs.
  eleventyConfig.addPlugin(HtmlBasePlugin);

  // Each collection's work is done once per build and shared: `collections` is the same object throughout one.
  const once = (compute) => {
    const results = new WeakMap();
    return (collections) => {
      if (!results.has(collections)) results.set(collections, compute(collections));
      return results.get(collections);
    };
  };
  const everyArticle = once((collections) => newestFirst(collections.getAll().filter((item) => item.data.layout === "article.njk")));
  // Lists show one of each set of near-copies; the others are linked from it as "also published as".
  const articles = once((collections) => everyArticle(collections).filter((item) => item.data.repeatOf === undefined));
  const copies = once((collections) => everyArticle(collections).filter((item) => item.data.repeatOf !== undefined));
  const topics = once((collections) => topicPages(articles(collections), copies(collections)));
  eleventyConfig.addCollection("everyArticle", everyArticle);
  eleventyConfig.addCollection("articles", articles);
  eleventyConfig.addCollection("topics", topics);
  eleventyConfig.addCollection("listPages", (collections) => listPages(articles(collections), topics(collections)));
  eleventyConfig.addCollection("sources", (collections) => groupsBy(articles(collections), "source"));
  eleventyConfig.addCollection("sections", (collections) => groupsBy(articles(collections), "section"));
  eleventyConfig.addCollection("archive", (collections) => archiveYears(articles(collections)));

  eleventyConfig.addFilter("readableDate", readableDate);
  eleventyConfig.addFilter("rfc3339", rfc3339);
  eleventyConfig.addFilter("json", json);
  eleventyConfig.addFilter("count", count);
  eleventyConfig.addFilter("groupSlug", groupSlug);
  eleventyConfig.addFilter("neighbours", neighbours);
  eleventyConfig.addFilter("feedUpdated", feedUpdated);
  eleventyConfig.addFilter("byUrl", byUrl);
  eleventyConfig.addFilter("datedCount", datedCount);
  eleventyConfig.addFilter("head", (items, length) => items.slice(0, length));
  eleventyConfig.addFilter("articlesAt", articlesAt);
  eleventyConfig.addFilter("byInitial", byInitial);
  eleventyConfig.addFilter("mostCovered", mostCovered);
  eleventyConfig.addNunjucksGlobal("topicKindNames", topicKindNames);
  eleventyConfig.addNunjucksGlobal("archiveSummary", archiveSummary);
  eleventyConfig.addNunjucksGlobal("citations", citations);
  eleventyConfig.addNunjucksGlobal("newsArticle", newsArticle);
  eleventyConfig.addNunjucksGlobal("jsonFeed", jsonFeed);

  eleventyConfig.addPassthroughCopy({ "content/assets": "assets" });

  // Folders (content/ in, layouts/, _site/ out) are given by scripts/render.ts, which the build runs.
  return {
    // Eleventy runs Markdown through Liquid by default; article text must never run as a template.
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
    templateFormats: ["md", "njk"],
  };
}
