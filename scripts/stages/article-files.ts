import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import matter from "gray-matter";
import { type FrontMatter, frontMatterSchema } from "../convert/schema.ts";
import { type ArticleData, type ArticleItem, listedFields } from "../site/collections.ts";

/** An article the converter wrote, as the site's lists hold it, and where its Markdown is. */
export interface ArticleFile extends ArticleItem {
  /** Below the content folder, in the articles folder (`some-headline-e4c07a.md` there): its Eleventy input path. */
  path: string;
}

/** An article file read back: its front matter, held to the converter's contract, and its Markdown body. */
export interface ArticleDocument {
  data: FrontMatter;
  body: string;
}

/** The folder, inside the content folder, that the build writes the converted articles into. */
export const articlesFolder = "articles";

/**
 * The site's one reading of an article file, for its lists and for Eleventy alike, which is handed
 * the data and the body and parses no front matter of its own. A file that breaks the contract
 * (edited by hand, or written by another version) is named, with what is wrong.
 */
export async function readArticle(content: string, path: string): Promise<ArticleDocument> {
  const file = join(content, path);
  // With options given, gray-matter keeps no cache of its own, which would hold every file's text.
  const { data, content: body } = matter(await readFile(file, "utf8"), {});
  const checked = frontMatterSchema.safeParse(data);
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => `${issue.path.join(".") || "front matter"}: ${issue.message}`);
    throw new Error(`${file}: not an article as the converter writes it (${problems.join("; ")}); build again with --force to write it anew`);
  }
  return { data: checked.data, body };
}

/** The articles in the content folder's articles folder, in file-name order; none when it is not there. */
export async function readArticleFiles(content: string): Promise<ArticleFile[]> {
  const names = await readdir(join(content, articlesFolder)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const files: ArticleFile[] = [];
  for (const name of names.filter((name) => name.endsWith(".md")).sort()) {
    const path = `${articlesFolder}/${name}`;
    const { data } = await readArticle(content, path);
    files.push({ path, url: data.permalink, data: listed(data) });
  }
  return files;
}

function listed(data: FrontMatter): ArticleData {
  return Object.fromEntries(listedFields.flatMap((field) => (data[field] === undefined ? [] : [[field, data[field]]]))) as ArticleData;
}
