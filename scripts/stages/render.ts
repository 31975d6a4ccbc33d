import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import type { GoneAddress } from "../convert/record.ts";
import type { GoneTopic } from "../convert/topic-record.ts";
import type { ListPage } from "../site/list-pages.ts";
import { type SiteLists, siteLists } from "../site/site-lists.ts";
import { fileOf } from "../site/urls.ts";
import { type ArticleFile, articlesFolder, readArticle } from "./article-files.ts";
import { articlePageKey, listPageKey, type PageKey } from "./page-keys.ts";
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
  /** Topic addresses no longer published (scripts/convert/topic-record.ts). */
  goneTopics?: GoneTopic[];
  /** The articles in the content folder, as the converter wrote them. */
  articles: ArticleFile[];
  /** What decides every page besides its own data: the site's code, templates and content pages, and these options. */
  siteVersion: string;
  /** The site the last build published, with the key of each of its pages: a page whose key is unchanged is not rendered again. */
  previous?: { site: string; pages: Readonly<Record<string, PageKey>> };
}

export interface RenderedSite {
  lists: SiteLists<ArticleFile>;
  /** The key of each page rendered from the articles or the lists, by address. */
  pages: Record<string, PageKey>;
  /** The files of the pages not rendered, as paths below the site: the last site's are this site's. */
  kept: string[];
}

const projectRoot = resolve(import.meta.dirname, "../..");

/** What one Eleventy run renders, besides the layouts and the site's lists it always has. */
type RunPages =
  /** The site's own pages (feeds, topics, search, about), these pages of lists, and no article. */
  | { kind: "site"; listPages: ListPage<ArticleFile>[] }
  /** These articles only, handed to Eleventy from their files. */
  | { kind: "articles"; articles: ArticleFile[] };

/** Eleventy with the project's configuration on a content folder, for one run. */
function eleventyFor(
  {
    content,
    output,
    pathPrefix = "/",
    siteUrl,
    pages,
    reloadScript,
  }: Pick<RenderOptions, "content" | "output" | "pathPrefix" | "siteUrl" | "pages" | "reloadScript">,
  run: RunPages,
  lists: SiteLists<ArticleFile>,
): Eleventy {
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
      if (run.kind === "site") {
        ignore(`${articlesFolder}/**`);
        config.addGlobalData("listPagesToRender", () => run.listPages);
      }
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
 * once by default). The lists every page shows are made once, from the articles' front matter.
 * A page of an article or a list whose key is the one it had in the last site is not rendered
 * again: the last site's file stays (see `updateFolder`), so a rebuild costs what changed.
 */
export async function render({
  pages,
  articlesPerRun = Number.POSITIVE_INFINITY,
  gone = [],
  goneTopics = [],
  articles,
  siteVersion,
  previous,
  ...options
}: RenderOptions): Promise<RenderedSite> {
  const lists = siteLists(articles, gone, goneTopics);
  const keys: Record<string, PageKey> = {};
  const kept: string[] = [];
  // What the last build left describes the last site, or there is none (it is removed before a build changes anything): only a site removed by hand is not there.
  const last = previous && existsSync(previous.site) ? previous.pages : {};
  const toRender = <Page extends { url: string }>(page: Page, key: PageKey) => {
    keys[page.url] = key;
    const keep = last[page.url] === key;
    if (keep) kept.push(page.url);
    return !keep;
  };
  const listPages = lists.pages.filter((list) => toRender(list, listPageKey(siteVersion, lists, list)));
  const articlesToRender = articles.filter((article) => toRender(article, articlePageKey(siteVersion, lists, article)));
  // The site's run knows its own page count, and so the whole: the articles' runs add nothing to it.
  const sitePages = pages && { ...pages, total: (count: number) => pages.total(count + articlesToRender.length) };
  await eleventyFor({ ...options, pages: sitePages }, { kind: "site", listPages }, lists).write();
  const articlePages = pages && { ...pages, total: () => {} };
  for (let start = 0; start < articlesToRender.length; start += articlesPerRun) {
    const run = { kind: "articles", articles: articlesToRender.slice(start, start + articlesPerRun) } as const;
    const eleventy = eleventyFor({ ...options, pages: articlePages }, run, lists);
    // Its "Wrote 5000 files" line would repeat for every run; the build's progress says it once.
    eleventy.disableLogger();
    await eleventy.write();
  }
  return { lists, pages: keys, kept: kept.map((url) => fileOf(url).slice(1)) };
}
