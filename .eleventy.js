// Wiring only: Markdown settings, collections, filters. Logic lives in scripts/site/.
import { newestFirst } from "./scripts/site/collections.ts";
import { readableDate } from "./scripts/site/filters.ts";
import { createMarkdown } from "./scripts/site/markdown.ts";

export default function (eleventyConfig) {
  // content/articles/ is generated and git-ignored, but it is the site's main input.
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.setLibrary("md", createMarkdown());
  eleventyConfig.addCollection("articles", (collections) =>
    newestFirst(collections.getAll().filter((item) => item.data.layout === "article.njk")),
  );
  eleventyConfig.addFilter("readableDate", readableDate);
  eleventyConfig.addPassthroughCopy({ "content/assets": "assets" });

  // Folders (content/ in, layouts/, _site/ out) are given by scripts/render.ts, which the build runs.
  return {
    // Eleventy runs Markdown through Liquid by default; article text must never run as a template.
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
    templateFormats: ["md", "njk"],
  };
}
