import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { replaceFolder } from "../../scripts/publish.ts";

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
