import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { diskFull } from "../../scripts/stages/failure.ts";
import { updateFolder } from "../../scripts/stages/publish.ts";

/** The error Node's file system gives when the disk is full, as `writeFile` would throw it. */
const noSpace = (path: string) => Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: "ENOSPC", syscall: "write", path });

/** A folder `site` in a fresh temporary folder, holding these files. */
async function folderWith(files: Record<string, string>): Promise<{ root: string; folder: string }> {
  const root = await mkdtemp(join(tmpdir(), "broadsheet-publish-"));
  const folder = join(root, "site");
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(folder, name)), { recursive: true });
    await writeFile(join(folder, name), text);
  }
  return { root, folder };
}

const keepNone = () => false;

describe("updateFolder", () => {
  it("moves in the new and changed files, keeps what it is told to, and removes the rest with their empty folders", async () => {
    const { root, folder } = await folderWith({ "kept.html": "kept", "changed.html": "old", "gone/index.html": "gone" });
    await updateFolder(folder, async (staging) => {
      await writeFile(join(staging, "changed.html"), "new");
      await writeFile(join(staging, "added.html"), "added");
      return (file) => file === "kept.html";
    });
    expect((await readdir(folder)).sort()).toEqual(["added.html", "changed.html", "kept.html"]);
    expect(await readFile(join(folder, "changed.html"), "utf8")).toBe("new");
    expect(await readdir(root)).toEqual(["site"]);
  });

  it("moves a first build's folder in whole", async () => {
    const root = await mkdtemp(join(tmpdir(), "broadsheet-publish-"));
    const folder = join(root, "site");
    await updateFolder(folder, async (staging) => {
      await writeFile(join(staging, "new.html"), "new");
      return keepNone;
    });
    expect(await readdir(folder)).toEqual(["new.html"]);
    expect(await readdir(root)).toEqual(["site"]);
  });

  it("leaves a file written again with the same bytes as it was, modification time and all", async () => {
    const { folder } = await folderWith({ "same.html": "same" });
    const before = await stat(join(folder, "same.html"));
    await updateFolder(folder, async (staging) => {
      await writeFile(join(staging, "same.html"), "same");
      return keepNone;
    });
    const after = await stat(join(folder, "same.html"));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it("keeps the old contents when filling fails", async () => {
    const { folder } = await folderWith({ "old.html": "old" });
    await expect(updateFolder(folder, async () => Promise.reject(new Error("render failed")))).rejects.toThrow("render failed");
    expect(await readFile(join(folder, "old.html"), "utf8")).toBe("old");
  });

  it("keeps the old contents whole when the disk fills, and removes what it had half written", async () => {
    const { root, folder } = await folderWith({ "old.html": "old" });
    const swappedIn: string[] = [];
    const fill = async (staging: string): Promise<() => boolean> => {
      await writeFile(join(staging, "half.html"), "half");
      throw noSpace(join(staging, "next.html"));
    };
    await expect(updateFolder(folder, fill, async () => void swappedIn.push("report"))).rejects.toMatchObject({ code: "ENOSPC" });
    expect(await readdir(root)).toEqual(["site"]);
    expect(await readdir(folder)).toEqual(["old.html"]);
    expect(swappedIn).toEqual([]);
  });

  it("swaps in what goes with the new contents only once they are in place", async () => {
    const { folder } = await folderWith({ "old.html": "old" });
    let seen: string[] = [];
    await updateFolder(
      folder,
      async (staging) => {
        await writeFile(join(staging, "new.html"), "new");
        return keepNone;
      },
      async () => {
        seen = await readdir(folder);
      },
    );
    expect(seen).toEqual(["new.html"]);
  });

  it("puts back the files of an update that a killed build stopped half-way, before the next one starts", async () => {
    // Stopped while moving files: one changed file moved in, one removed file moved aside, one added file in.
    const { root, folder } = await folderWith({ "changed.html": "new", "added/index.html": "added" });
    await mkdir(`${folder}.previous/gone`, { recursive: true });
    await writeFile(`${folder}.previous/changed.html`, "old");
    await writeFile(`${folder}.previous/gone/index.html`, "gone");
    await writeFile(`${folder}.added`, "added/index.html");
    await expect(updateFolder(folder, async () => Promise.reject(new Error("killed again")))).rejects.toThrow("killed again");
    expect((await readdir(folder, { recursive: true })).sort()).toEqual(["changed.html", "gone", "gone/index.html"]);
    expect(await readFile(join(folder, "changed.html"), "utf8")).toBe("old");
    expect(await readdir(root)).toEqual(["site"]);
  });
});

describe("a full disk", () => {
  it("is said plainly, with the path, however deep the error that reports it", () => {
    const wrapped = Object.assign(new Error('Having trouble writing to "_site.next/a/index.html" from "./content/a.md"'), {
      originalError: noSpace("_site.next/a/index.html"),
    });
    const expected = "no space left on device while writing _site.next/a/index.html: free some space and build again; the last site is unchanged";
    expect(diskFull(noSpace("_site.next/a/index.html"))).toBe(expected);
    expect(diskFull(wrapped)).toBe(expected);
    expect(diskFull(new Error("outer", { cause: wrapped }))).toBe(expected);
    const withoutPath = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write" });
    expect(diskFull(Object.assign(new Error(wrapped.message), { originalError: withoutPath }))).toBe(expected);
    const copying = Object.assign(new Error("Having trouble copying './content/assets'"), { originalError: withoutPath });
    expect(diskFull(copying, "_site.next/")).toBe(
      "no space left on device while writing _site.next/: free some space and build again; the last site is unchanged",
    );
  });

  it("leaves any other failure to be shown as it is", () => {
    expect(diskFull(new Error("Template render error"))).toBeUndefined();
    expect(diskFull(Object.assign(new Error("gone"), { code: "ENOENT", path: "x" }))).toBeUndefined();
  });
});
