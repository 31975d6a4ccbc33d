import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import matter from "gray-matter";
import { type ArticleData, type ArticleItem, listedFields } from "../site/collections.ts";

/** An article the converter wrote, as the site's lists hold it, and where its Markdown is. */
export interface ArticleFile extends ArticleItem {
  /** Below the content folder, in the articles folder (`some-headline-e4c07a.md` there): its Eleventy input path. */
  path: string;
}

/** The folder, inside the content folder, that the build writes the converted articles into. */
export const articlesFolder = "articles";

/** The articles in the content folder's articles folder, in file-name order; none when it is not there. */
export async function readArticleFiles(content: string): Promise<ArticleFile[]> {
  const names = await readdir(join(content, articlesFolder)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const files: ArticleFile[] = [];
  for (const name of names.filter((name) => name.endsWith(".md")).sort()) {
    const path = `${articlesFolder}/${name}`;
    // With options given, gray-matter keeps no cache of its own, which would hold every file's text.
    const { data } = matter(await readFile(join(content, path), "utf8"), {});
    if (typeof data.permalink !== "string") throw new Error(`${join(content, path)}: no permalink in its front matter; the converter writes one`);
    files.push({ path, url: data.permalink, data: listed(data) });
  }
  return files;
}

function listed(data: Record<string, unknown>): ArticleData {
  return Object.fromEntries(listedFields.flatMap((field) => (data[field] === undefined ? [] : [[field, data[field]]]))) as ArticleData;
}
