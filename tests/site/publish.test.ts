import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleChanges, replaceFolder, updateArticles } from "../../scripts/publish.ts";

describe("replaceFolder", () => {
  it("swaps in the new contents whole, leaving nothing of the old or of the staging folder", async () => {
    const root = await mkdtemp(join(tmpdir(), "broadsheet-publish-"));
    const folder = join(root, "site");
    await mkdir(folder);
    await writeFile(join(folder, "old.html"), "old");
    await replaceFolder(folder, (staging) => writeFile(join(staging, "new.html"), "new"));
    expect(await readdir(folder)).toEqual(["new.html"]);
    expect(await readdir(root)).toEqual(["site"]);
  });

  it("keeps the old contents when filling fails", async () => {
    const root = await mkdtemp(join(tmpdir(), "broadsheet-publish-"));
    const folder = join(root, "site");
    await mkdir(folder);
    await writeFile(join(folder, "old.html"), "old");
    await expect(replaceFolder(folder, async () => Promise.reject(new Error("render failed")))).rejects.toThrow("render failed");
    expect(await readFile(join(folder, "old.html"), "utf8")).toBe("old");
  });

  it("puts back the last complete contents that a killed build left in <folder>.previous", async () => {
    const root = await mkdtemp(join(tmpdir(), "broadsheet-publish-"));
    const folder = join(root, "site");
    await mkdir(`${folder}.previous`);
    await writeFile(join(`${folder}.previous`, "old.html"), "old");
    await expect(replaceFolder(folder, async () => Promise.reject(new Error("killed again")))).rejects.toThrow("killed again");
    expect(await readFile(join(folder, "old.html"), "utf8")).toBe("old");
  });
});

describe("updating the articles in place (the dev server)", () => {
  const before = new Map([
    ["kept", "same"],
    ["edited", "old text"],
    ["gone", "text"],
  ]);
  const after = new Map([
    ["kept", "same"],
    ["edited", "new text"],
    ["added", "text"],
  ]);

  it("writes only new and changed articles, and removes those no longer published", () => {
    expect(articleChanges(before, after)).toEqual({ write: ["edited", "added"], remove: ["gone"] });
    expect(articleChanges(after, after)).toEqual({ write: [], remove: [] });
  });

  it("leaves an unchanged article's file untouched", async () => {
    const folder = await mkdtemp(join(tmpdir(), "broadsheet-publish-"));
    for (const [slug, document] of before) await writeFile(join(folder, `${slug}.md`), document);
    const untouched = (await stat(join(folder, "kept.md"))).mtimeMs;
    await new Promise((wait) => setTimeout(wait, 20));
    await updateArticles(folder, before, after);
    expect((await readdir(folder)).sort()).toEqual(["added.md", "edited.md", "kept.md"]);
    expect(await readFile(join(folder, "edited.md"), "utf8")).toBe("new text");
    expect((await stat(join(folder, "kept.md"))).mtimeMs).toBe(untouched);
  });
});
