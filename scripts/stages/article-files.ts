import { statSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import matter from "gray-matter";
import { type FrontMatter, frontMatterSchema } from "../convert/schema.ts";
import { type ArticleData, type ArticleItem, listedFields } from "../site/collections.ts";
import { hashOf } from "./page-keys.ts";
import { updateFolder } from "./publish.ts";

/** An article the converter wrote, as the site's lists hold it, and where its Markdown is. */
export interface ArticleFile extends ArticleItem {
  /** Below the content folder, in the articles folder (`some-headline-e4c07a.md` there): its Eleventy input path. */
  path: string;
  /** The addresses of the articles its page lists as related, which no list shows. */
  related: string[];
  /** A hash of the whole file: the same hash, the same file. */
  digest: string;
  /** A hash of what the search index reads of its page (see `indexedFields`). */
  indexed: string;
}

/**
 * The front-matter fields the part of an article's page that the search index reads shows:
 * `<article data-pagefind-body>` in layouts/article.njk, with the filters and sort key inside it,
 * and the page's language. The rest (related articles, near-copies, the source file, citations)
 * is outside it. A field shown inside it must be listed here, or a rebuild would keep a search
 * segment that a fresh build indexes differently.
 */
export const indexedFields = [
  "permalink",
  "title",
  "displayTitle",
  "source",
  "section",
  "published",
  "readingMinutes",
  "corrected",
  "people",
  "organizations",
  "places",
  "repeatOf",
  "language",
] as const satisfies readonly (keyof FrontMatter)[];

/** A document's Markdown body: what follows its front matter. */
const bodyOf = (document: string) => document.slice(document.indexOf("\n---\n", 3) + 5);

/** An article file read back: its front matter, held to the converter's contract, and its Markdown body. */
export interface ArticleDocument {
  data: FrontMatter;
  body: string;
}

/** The folder, inside the content folder, that the build writes the converted articles into. */
export const articlesFolder = "articles";

/** An article file as a build wrote it: its hash, and its size and modification time then, which tell without reading it that it is still that file. */
export interface WrittenFile {
  digest: string;
  size: number;
  modified: number;
}

function parsed(file: string, text: string): ArticleDocument {
  // With options given, gray-matter keeps no cache of its own, which would hold every file's text.
  const { data, content: body } = matter(text, {});
  const checked = frontMatterSchema.safeParse(data);
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => `${issue.path.join(".") || "front matter"}: ${issue.message}`);
    throw new Error(`${file}: not an article as the converter writes it (${problems.join("; ")}); build again with --force to write it anew`);
  }
  return { data: checked.data, body };
}

/**
 * The site's one reading of an article file, for its lists and for Eleventy alike, which is handed
 * the data and the body and parses no front matter of its own. A file that breaks the contract
 * (edited by hand, or written by another version) is named, with what is wrong.
 */
export async function readArticle(content: string, path: string): Promise<ArticleDocument> {
  const file = join(content, path);
  return parsed(file, await readFile(file, "utf8"));
}

/** An article file, as the site's lists hold it, from its name in the articles folder, its text and its front matter. */
export const articleFileOf = (name: string, document: string, data: FrontMatter): ArticleFile => ({
  path: `${articlesFolder}/${name}`,
  url: data.permalink,
  data: listed(data),
  related: data.related,
  digest: hashOf(document),
  indexed: hashOf(JSON.stringify(indexedFields.map((field) => data[field] ?? null)), bodyOf(document)),
});

/** The articles in the content folder's articles folder, in file-name order; none when it is not there. */
export async function readArticleFiles(content: string): Promise<ArticleFile[]> {
  const names = await readdir(join(content, articlesFolder)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const files: ArticleFile[] = [];
  for (const name of names.filter((name) => name.endsWith(".md")).sort()) {
    const file = join(content, articlesFolder, name);
    const text = await readFile(file, "utf8");
    files.push(articleFileOf(name, text, parsed(file, text).data));
  }
  return files;
}

function listed(data: FrontMatter): ArticleData {
  return Object.fromEntries(listedFields.flatMap((field) => (data[field] === undefined ? [] : [[field, data[field]]]))) as ArticleData;
}

/** The converter's documents as the articles folder holds them, in file-name order, without reading them back. */
export const articleFilesOf = (documents: Array<{ slug: string; document: string; frontMatter: FrontMatter }>): ArticleFile[] =>
  documents
    .map(({ slug, document, frontMatter }) => articleFileOf(`${slug}.md`, document, frontMatter))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

/**
 * Makes the articles folder hold exactly these documents, writing only those whose bytes changed
 * (see `updateFolder`). A file whose hash, size and modification time are as `written` says the
 * last build left them is known without reading it. Returns what the folder holds, for the next build.
 */
export async function writeArticleFiles(
  folder: string,
  documents: Array<{ slug: string; document: string }>,
  written: Readonly<Record<string, WrittenFile>>,
): Promise<Record<string, WrittenFile>> {
  const known = new Map<string, WrittenFile>();
  const digests = new Map<string, string>();
  await updateFolder(folder, async (staging) => {
    for (const { slug, document } of documents) {
      const name = `${slug}.md`;
      const digest = hashOf(document);
      const last = written[name];
      const found = statSync(join(folder, name), { throwIfNoEntry: false });
      if (last?.digest === digest && last.size === found?.size && last.modified === found.mtimeMs) known.set(name, last);
      else {
        await writeFile(join(staging, name), document);
        digests.set(name, digest);
      }
    }
    return (file) => known.has(file);
  });
  for (const [name, digest] of digests) {
    const found = statSync(join(folder, name));
    known.set(name, { digest, size: found.size, modified: found.mtimeMs });
  }
  return Object.fromEntries(known);
}
