// Eleventy with a minimal layout on the same Markdown: what Eleventy itself costs, before our layouts and collections.
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../cli/site-folder.ts";

export const eleventyCommand = join(projectRoot, "node_modules/.bin/eleventy");

// As in our .eleventy.js: article text is never run as a template, and raw HTML in it is text.
const config = `export default function (eleventyConfig) {
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.amendLibrary("md", (markdown) => markdown.set({ html: false }));
  return { markdownTemplateEngine: false, htmlTemplateEngine: "njk", templateFormats: ["md", "njk"] };
}
`;

// Our Markdown says `layout: article.njk`, so the one-file minimal layout has that name.
const articleLayout = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><article><h1>{{ title }}</h1>
{% if published %}<p><time datetime="{{ published }}">{{ published }}</time></p>{% endif %}
{{ content | safe }}</article></body></html>
`;

const home = `---
permalink: /index.html
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Archive</title></head>
<body><h1>Archive</h1>
<ul>{% for item in collections.all %}{% if item.data.layout == "article.njk" %}<li><a href="{{ item.url }}">{{ item.data.title }}</a> {{ item.data.published }}</li>{% endif %}{% endfor %}</ul>
</body></html>
`;

export interface PlainEleventySite {
  config: string;
  input: string;
}

/** A minimal Eleventy site in a temporary folder whose input holds a copy of `articles` (not timed), as `articles/`. */
export async function plainEleventySite(articles: string): Promise<PlainEleventySite> {
  const folder = await mkdtemp(join(tmpdir(), "broadsheet-eleventy-"));
  const input = join(folder, "input");
  await mkdir(join(input, "_includes"), { recursive: true });
  await writeFile(join(folder, "eleventy.config.mjs"), config);
  await writeFile(join(input, "_includes/article.njk"), articleLayout);
  await writeFile(join(input, "index.njk"), home);
  await cp(articles, join(input, "articles"), { recursive: true });
  return { config: join(folder, "eleventy.config.mjs"), input };
}

export const eleventyArguments = ({ config, input }: PlainEleventySite, output: string) => [
  `--config=${config}`,
  `--input=${input}`,
  `--output=${output}`,
  "--quiet",
];
