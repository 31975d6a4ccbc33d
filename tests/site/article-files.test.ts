import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readArticleFiles } from "../../scripts/stages/article-files.ts";

async function contentWith(files: Record<string, string>): Promise<string> {
  const content = await mkdtemp(join(tmpdir(), "broadsheet-content-"));
  await mkdir(join(content, "articles"));
  for (const [name, text] of Object.entries(files)) await writeFile(join(content, "articles", name), text);
  return content;
}

describe("readArticleFiles", () => {
  it("reads each article's URL and the fields the lists show, and leaves the rest on its page", async () => {
    const content = await contentWith({
      "b.md": "---\ntitle: Bravo\nwordCount: 3\npermalink: /articles/b/\nfurniture:\n  - line: 4\n    text: Share\nlayout: article.njk\n---\nOne two three.\n",
      "a.md": "---\ntitle: Alpha\nsource: Live Mint\nwordCount: 1\npermalink: /articles/a/\n---\nOne.\n",
      "notes.txt": "not an article",
    });
    expect(await readArticleFiles(content)).toEqual([
      { path: "articles/a.md", url: "/articles/a/", data: { title: "Alpha", source: "Live Mint", wordCount: 1 } },
      { path: "articles/b.md", url: "/articles/b/", data: { title: "Bravo", wordCount: 3 } },
    ]);
  });

  it("finds no articles in a content folder that has no articles folder yet", async () => {
    expect(await readArticleFiles(await mkdtemp(join(tmpdir(), "broadsheet-content-")))).toEqual([]);
  });

  it("names the file of an article without a permalink", async () => {
    const content = await contentWith({ "a.md": "---\ntitle: Alpha\n---\nOne.\n" });
    await expect(readArticleFiles(content)).rejects.toThrow(`${join(content, "articles/a.md")}: no permalink in its front matter; the converter writes one`);
  });
});
