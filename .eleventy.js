// Wiring only: Markdown settings, collections, filters. Logic lives in scripts/site/.
import { HtmlBasePlugin } from "@11ty/eleventy";
import { citations } from "./scripts/site/citations.ts";
import { archiveSummary, archiveYears, byUrl, datedCount, feedUpdated, groupSlug, groupsBy, neighbours, newestFirst } from "./scripts/site/collections.ts";
import { count, json, readableDate, rfc3339 } from "./scripts/site/filters.ts";
import { listPages } from "./scripts/site/list-pages.ts";
import { createMarkdown } from "./scripts/site/markdown.ts";
import { jsonFeed, newsArticle } from "./scripts/site/structured-data.ts";

export default function (eleventyConfig) {
  // content/articles/ is generated and git-ignored, but it is the site's main input.
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.setLibrary("md", createMarkdown());
  // With --pathprefix, every internal URL in HTML output gets the prefix; `htmlBaseUrl` makes absolute URLs.
  eleventyConfig.addPlugin(HtmlBasePlugin);

  const articles = (collections) => newestFirst(collections.getAll().filter((item) => item.data.layout === "article.njk"));
  eleventyConfig.addCollection("articles", articles);
  eleventyConfig.addCollection("listPages", (collections) => listPages(articles(collections)));
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
