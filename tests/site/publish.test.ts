import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diskFull } from "../../scripts/stages/failure.ts";
import { replaceFolder } from "../../scripts/stages/publish.ts";

/** The error Node's file system gives when the disk is full, as `writeFile` would throw it. */
const noSpace = (path: string) => Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: "ENOSPC", syscall: "write", path });

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

  it("keeps the old contents whole when the disk fills, and removes what it had half written", async () => {
    const root = await mkdtemp(join(tmpdir(), "broadsheet-publish-"));
    const folder = join(root, "site");
    await mkdir(folder);
    await writeFile(join(folder, "old.html"), "old");
    const swappedIn: string[] = [];
    const fill = async (staging: string) => {
      await writeFile(join(staging, "half.html"), "half");
      throw noSpace(join(staging, "next.html"));
    };
    await expect(replaceFolder(folder, fill, async () => void swappedIn.push("report"))).rejects.toMatchObject({ code: "ENOSPC" });
    expect(await readdir(root)).toEqual(["site"]);
    expect(await readdir(folder)).toEqual(["old.html"]);
    expect(swappedIn).toEqual([]);
  });

  it("swaps in what goes with the new contents only once they are in place", async () => {
    const root = await mkdtemp(join(tmpdir(), "broadsheet-publish-"));
    const folder = join(root, "site");
    let seen: string[] = [];
    await replaceFolder(
      folder,
      (staging) => writeFile(join(staging, "new.html"), "new"),
      async () => {
        seen = await readdir(folder);
      },
    );
    expect(seen).toEqual(["new.html"]);
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
