// Wiring only: Markdown settings, filters. Logic lives in scripts/site/.
import { HtmlBasePlugin } from "@11ty/eleventy";
import { datedCount, monthLinks } from "./scripts/site/archive.ts";
import { articleMeta } from "./scripts/site/article-meta.ts";
import { citationStyles, citations } from "./scripts/site/citations.ts";
import { articlesAt, feedUpdated, sitePages } from "./scripts/site/collections.ts";
import { count, json, readableDate, rfc3339, xmlText } from "./scripts/site/filters.ts";
import { groupUrlOf } from "./scripts/site/groups.ts";
import { createMarkdown } from "./scripts/site/markdown.ts";
import { navigation } from "./scripts/site/navigation.ts";
import { articleLinks, listLinks } from "./scripts/site/page-links.ts";
import { jsonFeed, newsArticle } from "./scripts/site/structured-data.ts";
import { articleTopics, mostCovered, topicKindNames, topicKinds } from "./scripts/site/topics.ts";
import { groupIndexUrl, sitemapPagesUrl, topicKindUrl } from "./scripts/site/urls.ts";
import { notStated } from "./scripts/site/wording.ts";

export default function (eleventyConfig) {
  // The converted articles are generated and git-ignored, but they are the site's main input.
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.setLibrary("md", createMarkdown());
  // With --pathprefix, every internal URL in HTML output gets the prefix; `htmlBaseUrl` makes absolute URLs.
  eleventyConfig.addPlugin(HtmlBasePlugin);

  // The site's lists (articles, topics, sources, sections, years, list pages) are not Eleventy
  // collections: scripts/site/site-lists.ts makes them once per build, and scripts/stages/render.ts gives
  // them to every template as `lists`, so the articles can be rendered a batch at a time.
  eleventyConfig.addFilter("readableDate", readableDate);
  eleventyConfig.addFilter("rfc3339", rfc3339);
  eleventyConfig.addFilter("xmlText", xmlText);
  eleventyConfig.addFilter("json", json);
  eleventyConfig.addFilter("count", count);
  eleventyConfig.addFilter("groupUrl", groupUrlOf);
  eleventyConfig.addFilter("groupIndexUrl", groupIndexUrl);
  eleventyConfig.addFilter("topicKindUrl", topicKindUrl);
  eleventyConfig.addFilter("feedUpdated", feedUpdated);
  eleventyConfig.addFilter("sitePages", sitePages);
  eleventyConfig.addFilter("datedCount", datedCount);
  eleventyConfig.addFilter("monthLinks", monthLinks);
  eleventyConfig.addFilter("head", (items, length) => items.slice(0, length));
  eleventyConfig.addFilter("articlesAt", articlesAt);
  eleventyConfig.addFilter("mostCovered", mostCovered);
  eleventyConfig.addNunjucksGlobal("topicKindNames", topicKindNames);
  eleventyConfig.addNunjucksGlobal("sitemapPagesUrl", sitemapPagesUrl);
  // The kinds of topic, each with a page of its own (content/topic-kinds.njk paginates over them).
  eleventyConfig.addGlobalData("topicKinds", () => [...topicKinds]);
  eleventyConfig.addNunjucksGlobal("articleTopics", articleTopics);
  eleventyConfig.addNunjucksGlobal("articleLinks", articleLinks);
  eleventyConfig.addNunjucksGlobal("listLinks", listLinks);
  eleventyConfig.addNunjucksGlobal("citations", citations);
  eleventyConfig.addNunjucksGlobal("citationStyles", citationStyles);
  eleventyConfig.addNunjucksGlobal("articleMeta", articleMeta);
  eleventyConfig.addNunjucksGlobal("navigation", navigation);
  eleventyConfig.addNunjucksGlobal("notStated", notStated);
  eleventyConfig.addNunjucksGlobal("newsArticle", newsArticle);
  eleventyConfig.addNunjucksGlobal("jsonFeed", jsonFeed);

  eleventyConfig.addPassthroughCopy({ "content/assets": "assets" });

  // Folders (content/ in, layouts/, _site/ out) are given by scripts/stages/render.ts, which the build runs.
  return {
    // Eleventy runs Markdown through Liquid by default; article text must never run as a template.
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
    templateFormats: ["md", "njk"],
  };
}
