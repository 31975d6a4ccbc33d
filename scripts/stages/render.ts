import { join, relative, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import type { GoneAddress } from "../convert/record.ts";
import { type SiteLists, siteLists } from "../site/site-lists.ts";
import { type ArticleFile, articlesFolder, readArticle, readArticleFiles } from "./article-files.ts";
import "./template-map-index.ts";

export interface RenderOptions {
  /** Eleventy's input: the content folder with the converted articles in `articles/`. */
  content: string;
  output: string;
  /** The sub-path the site is served from, e.g. `/archive/` for a GitHub Pages project site. */
  pathPrefix?: string;
  /** The address the site is deployed at; when "" or not given, `content/_data/site.js` says what stands for it. */
  siteUrl?: string;
  /** Told the number of pages once it is known, then once per page written. */
  pages?: { total(count: number): void; written(): void };
  /**
   * Articles rendered per Eleventy run. Eleventy keeps every page of a run (its data, its
   * content and its output) until the run ends, so memory grows with this, not with the archive.
   */
  articlesPerRun?: number;
  /** For the dev server: the address of a script each page loads to reload when the site is built again. */
  reloadScript?: string;
  /** Addresses the archive published whose articles have left it: each gets a page that says where the article went. */
  gone?: GoneAddress[];
}

const projectRoot = resolve(import.meta.dirname, "../..");

/** What one Eleventy run renders, besides the layouts and the site's lists it always has. */
type RunPages =
  /** The site's own pages (lists, feeds, topics, search, about) and no article. */
  | { kind: "site" }
  /** These articles only, handed to Eleventy from their files. */
  | { kind: "articles"; articles: ArticleFile[] };

/** Eleventy with the project's configuration on a content folder, for one run. */
function eleventyFor({ content, output, pathPrefix = "/", siteUrl, pages, reloadScript }: RenderOptions, run: RunPages, lists: SiteLists): Eleventy {
  return new Eleventy(content, output, {
    configPath: resolve(projectRoot, ".eleventy.js"),
    quietMode: true,
    pathPrefix,
    runMode: "build",
    config: async (config) => {
      // Layouts stay in the project wherever the content is (tests build into temporary folders).
      config.setIncludesDirectory(relative(resolve(content), resolve(projectRoot, "layouts")));
      config.addGlobalData("lists", () => lists);
      // Eleventy merges data given here over the data files', key by key.
      if (siteUrl) config.addGlobalData("site.url", () => siteUrl);
      if (reloadScript) config.addGlobalData("reloadScript", () => reloadScript);
      // Eleventy takes ignores relative to the project's folder.
      const ignore = (glob: string) => config.ignores.add(join(relative(process.cwd(), resolve(content)), glob));
      if (run.kind === "site") ignore(`${articlesFolder}/**`);
      if (run.kind === "articles") {
        ignore("**");
        for (const article of run.articles) {
          const { data, body } = await readArticle(content, article.path);
          config.addTemplate(article.path, body, data);
        }
      }
      if (!pages) return;
      config.on("eleventy.contentMap", ({ urlToInputPath }) => pages.total(Object.keys(urlToInputPath).length));
      config.addTransform("progress", (page) => {
        pages.written();
        return page;
      });
    },
  });
}

/**
 * Renders the site: first its own pages, then the articles, `articlesPerRun` at a time (all at
 * once by default). The lists every page shows are made once, from the articles' front matter,
 * and returned.
 */
export async function render({ pages, articlesPerRun = Number.POSITIVE_INFINITY, gone = [], ...options }: RenderOptions): Promise<SiteLists> {
  const articles = await readArticleFiles(options.content);
  const lists = siteLists(articles, gone);
  // The site's run knows its own page count, and so the whole: the articles' runs add nothing to it.
  const sitePages = pages && { ...pages, total: (count: number) => pages.total(count + articles.length) };
  await eleventyFor({ ...options, pages: sitePages }, { kind: "site" }, lists).write();
  const articlePages = pages && { ...pages, total: () => {} };
  for (let start = 0; start < articles.length; start += articlesPerRun) {
    const run = { kind: "articles", articles: articles.slice(start, start + articlesPerRun) } as const;
    const eleventy = eleventyFor({ ...options, pages: articlePages }, run, lists);
    // Its "Wrote 5000 files" line would repeat for every run; the build's progress says it once.
    eleventy.disableLogger();
    await eleventy.write();
  }
  return lists;
}
