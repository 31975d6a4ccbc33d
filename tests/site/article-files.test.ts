import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertSync, publishedDocuments } from "../../scripts/convert/pipeline.ts";
import { articleFilesOf, readArticle, readArticleFiles, writeArticleFiles } from "../../scripts/stages/article-files.ts";
import { seed } from "../convert/make.ts";

async function contentWith(files: Record<string, string>): Promise<string> {
  const content = await mkdtemp(join(tmpdir(), "broadsheet-content-"));
  await mkdir(join(content, "articles"));
  for (const [name, text] of Object.entries(files)) await writeFile(join(content, "articles", name), text);
  return content;
}

/** Two articles as the converter writes them, by file name. */
function converted(): Record<string, string> {
  const articles = convertSync([seed("---\nsource: Live Mint\n---\nAlpha rises\n\nOne.\n", "a.txt"), seed("Bravo falls\n\nOne two three.\n", "b.txt")]);
  return Object.fromEntries(publishedDocuments(articles).map(({ slug, document }) => [`${slug}.md`, document]));
}

describe("readArticleFiles", () => {
  it("reads each article's URL and the fields the lists show, and leaves the rest on its page", async () => {
    const content = await contentWith({ ...converted(), "notes.txt": "not an article" });
    const files = await readArticleFiles(content);
    expect(files.map(({ path }) => path)).toEqual(
      Object.keys(converted())
        .map((name) => `articles/${name}`)
        .sort(),
    );
    for (const { path, url } of files) expect(url).toBe(`/${path.replace(/\.md$/, "/")}`);
    expect(files.map(({ url }) => url)).toEqual([expect.stringMatching(/^\/articles\/alpha-rises-/), expect.stringMatching(/^\/articles\/bravo-falls-/)]);
    expect(files.map(({ data }) => [data.title, data.source, data.wordCount])).toEqual([
      ["Alpha rises", "Live Mint", 1],
      ["Bravo falls", undefined, 3],
    ]);
    expect(Object.keys(files[1]?.data ?? {})).not.toContain("furniture");
  });

  it("finds no articles in a content folder that has no articles folder yet", async () => {
    expect(await readArticleFiles(await mkdtemp(join(tmpdir(), "broadsheet-content-")))).toEqual([]);
  });
});

describe("readArticle", () => {
  it("gives the front matter and the Markdown body apart, so Eleventy parses no front matter of its own", async () => {
    const [name, text] = Object.entries(converted())[0] ?? ["", ""];
    const { data, body } = await readArticle(await contentWith({ [name]: text }), `articles/${name}`);
    expect(data).toMatchObject({ title: "Alpha rises", source: "Live Mint", layout: "article.njk", permalink: `/articles/${name.replace(/\.md$/, "")}/` });
    expect(body).toBe("One.\n");
  });

  it("names the file, and what is wrong, of an article that is not as the converter writes it", async () => {
    const content = await contentWith({ "a.md": "---\ntitle: Alpha\nlayout: base.njk\n---\nOne.\n" });
    await expect(readArticle(content, "articles/a.md")).rejects.toThrow(
      new RegExp(`^${join(content, "articles/a.md")}: not an article as the converter writes it \\(.*permalink: .*layout: .*\\); build again with --force`),
    );
  });
});

describe("writeArticleFiles", () => {
  const documents = () =>
    publishedDocuments(
      convertSync([seed("---\nsource: Live Mint\ndate: 2025-04-02\n---\nAlpha rises\n\nOne.\n", "a.txt"), seed("Bravo falls\n\nOne two three.\n", "b.txt")]),
    );

  it("writes what reading the files back gives the lists, so the build need not read them", async () => {
    const content = await mkdtemp(join(tmpdir(), "broadsheet-content-"));
    await writeArticleFiles(join(content, "articles"), documents(), {});
    expect(articleFilesOf(documents())).toEqual(await readArticleFiles(content));
  });

  it("rewrites only the files whose bytes change, and removes those no document names", async () => {
    const folder = join(await mkdtemp(join(tmpdir(), "broadsheet-content-")), "articles");
    const [alpha, bravo] = documents();
    if (!alpha || !bravo) throw new Error("two articles expected");
    const written = await writeArticleFiles(folder, [alpha, bravo], {});
    const before = await stat(join(folder, `${alpha.slug}.md`));
    await writeArticleFiles(folder, [alpha, { ...bravo, document: `${bravo.document}Two.\n` }], written);
    expect((await stat(join(folder, `${alpha.slug}.md`))).ino).toBe(before.ino);
    expect(await readFile(join(folder, `${bravo.slug}.md`), "utf8")).toBe(`${bravo.document}Two.\n`);
    await writeArticleFiles(folder, [alpha], written);
    expect(await readdir(folder)).toEqual([`${alpha.slug}.md`]);
  });
});
