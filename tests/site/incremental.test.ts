import { appendFile, cp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { differingFiles, siteFiles } from "../../scripts/check-site/site-files.ts";
import { recordFile } from "../../scripts/stages/record-file.ts";
import { archiveSeeds, headlineOf, seedPath } from "./archive-seeds.ts";
import { type Build, buildSite, siteFolder } from "./build-site.ts";

// A finished build of 300 seeds, changed as an archive is: a seed added, a headline corrected, a
// seed withdrawn. After each change the rebuild, which starts from the last build's cache and
// site, must be the site a fresh build of the same seeds and record makes, byte for byte.

const site = (build: Build) => join(build.folder, "_site");
const articles = (build: Build) => join(build.folder, "content", "articles");

/** Each file's inode: a file a rebuild left alone keeps its own. */
async function inodes(folder: string): Promise<Map<string, number>> {
  const files = [...(await siteFiles(folder))];
  return new Map(await Promise.all(files.map(async (file) => [file, (await stat(join(folder, file))).ino] as const)));
}

/** A fresh build of the same seeds, with the record the rebuild left, in a folder of its own. */
async function freshBuild(seeds: string, like: Build): Promise<Build> {
  const folder = await siteFolder();
  await writeFile(recordFile(join(folder, "content")), await readFile(recordFile(join(like.folder, "content")), "utf8"));
  const fresh = await buildSite(seeds, { folder });
  expect(fresh.exitCode, fresh.stderr).toBe(0);
  return fresh;
}

describe("a rebuild after a change", () => {
  let seeds: string;
  let build: Build;

  beforeAll(async () => {
    seeds = await archiveSeeds();
    build = await buildSite(seeds);
    expect(build.exitCode, build.stderr).toBe(0);
  });

  describe.sequential.each([
    [
      "one seed added",
      () => writeFile(join(seeds, "local", "story-new.txt"), "Tobermory pier reopens after the winter storms\n\nThe pier at Tobermory reopened on Monday.\n"),
    ],
    [
      "one headline corrected",
      async () => {
        const file = join(seeds, seedPath(40));
        await writeFile(file, (await readFile(file, "utf8")).replace(headlineOf(40), headlineOf(40, "rejects")));
      },
    ],
    ["one seed withdrawn", () => rm(join(seeds, seedPath(41)))],
    ["one seed given a sentence more", () => appendFile(join(seeds, seedPath(42)), "\nThe council will meet again in the spring.\n")],
  ])("%s", (_change, change) => {
    let before: { files: Map<string, number>; copy: string };
    let rebuilt: Build;
    let fresh: Build;

    beforeAll(async () => {
      before = { files: await inodes(site(build)), copy: `${build.folder}/_site.before` };
      await rm(before.copy, { recursive: true, force: true });
      await cp(site(build), before.copy, { recursive: true });
      await change();
      rebuilt = await buildSite(seeds, { folder: build.folder });
      expect(rebuilt.exitCode, rebuilt.stderr).toBe(0);
      fresh = await freshBuild(seeds, build);
    });

    it("makes the site, search index included, and the articles a fresh build makes, byte for byte", async () => {
      expect(await differingFiles(site(build), site(fresh))).toEqual([]);
      expect(await differingFiles(articles(build), articles(fresh))).toEqual([]);
      // Not an empty folder more or less either, which `diff -r` would list.
      const folders = async (root: string) => (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isDirectory()).length;
      expect(await folders(site(build))).toBe(await folders(site(fresh)));
    });

    it("renders again only the pages the change reaches, and indexes again only the newest search segments", async () => {
      const remade = (await rebuilt.report()).remade;
      expect(remade?.of).toBeGreaterThan(300);
      expect(remade?.pages).toBeGreaterThan(0);
      // Lists and topics the change reaches are remade whole; the bulk of the site is not.
      expect(remade?.pages).toBeLessThan((remade?.of ?? 0) / 4);
      expect(remade?.segments).toBeLessThanOrEqual(2);
    });

    it("writes only the files whose bytes changed: every other file is the one the last build left", async () => {
      const after = await inodes(site(build));
      const rewritten = [...after].filter(([file, inode]) => before.files.get(file) !== inode).map(([file]) => file);
      const changed = (await differingFiles(before.copy, site(build))).filter((file) => after.has(file));
      expect(rewritten.sort()).toEqual(changed);
      expect(changed.length).toBeLessThan(after.size / 10);
    });
  });
});
