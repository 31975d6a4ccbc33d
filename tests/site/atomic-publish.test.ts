import { execFileSync, spawn } from "node:child_process";
import { access, cp, readdir, readFile, statfs, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileOf } from "../../scripts/check-site/site-files.ts";
import { buildArguments, buildSite, buildSiteAsCommand, fixtureSeeds, projectRoot, siteFolder, typeScriptCommand } from "./build-site.ts";

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Runs a build held at one of its points (see `at` in scripts/build.ts), and kills it there,
 * with everything it started. Resolves once the build is dead.
 */
function killBuildAt(seeds: string, folder: string, hold: string): Promise<void> {
  return new Promise((done, fail) => {
    // Its own process group, so that SIGKILL reaches whatever the build started too.
    const build = spawn(process.execPath, typeScriptCommand(buildArguments(seeds, folder)), {
      cwd: projectRoot,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, BROADSHEET_HOLD_AT: hold },
    });
    let held = false;
    build.stdout.on("data", (chunk: Buffer) => {
      if (held || !chunk.toString().includes(`held at ${hold}`)) return;
      held = true;
      process.kill(-(build.pid ?? 0), "SIGKILL");
    });
    build.stderr.resume();
    build.on("close", () => (held ? done() : fail(new Error(`the build ended without reaching "${hold}"`))));
  });
}

describe("a build killed at any point", () => {
  let seeds: string;
  let built: string;
  let pages: string[];
  let articles: string[];
  let report: string;

  beforeAll(async () => {
    seeds = await fixtureSeeds();
    built = await siteFolder();
    const first = await buildSite(seeds, { folder: built });
    expect(first.exitCode).toBe(0);
    pages = ["/", "/search/", ...(await first.report()).seeds.flatMap((seed) => (seed.url === null ? [] : [seed.url]))];
    articles = await readdir(join(built, "content/articles"));
    report = await readFile(join(built, "build-report.json"), "utf8");
    // The next build has something new to write.
    await writeFile(join(seeds, "late-story.txt"), "A Story Added Later\n\nIt arrived after the first build.\n");
  });

  // Each works on a folder of its own, so they run side by side: most of their time is a process starting.
  it.concurrent.for(["converted", "articles written", "site rendered", "site indexed"])(
    "leaves the previous site and articles complete when killed at %s, and the next build completes",
    async (hold, { expect }) => {
      // Each kill starts from its own copy of the first build, as a maintainer's checkout would be.
      const folder = await siteFolder();
      await cp(built, folder, { recursive: true });
      await killBuildAt(seeds, folder, hold);
      // Killed before the swap: the site is the first build's, without the story added since.
      expect((await readdir(join(folder, "_site/articles"))).filter((name) => name.startsWith("a-story-added-later"))).toEqual([]);
      for (const url of pages) expect(await exists(join(folder, "_site", fileOf(url))), url).toBe(true);
      expect(await exists(join(folder, "_site/pagefind/segments.json"))).toBe(true);
      const now = await readdir(join(folder, "content/articles"));
      expect(now).toEqual(expect.arrayContaining(articles));
      // The report is the published site's: it is swapped in with the site, never before.
      expect(await readFile(join(folder, "build-report.json"), "utf8")).toBe(report);

      const last = await buildSite(seeds, { folder });
      expect(last.exitCode).toBe(0);
      const added = (await last.report()).seeds.find((seed) => seed.seed.endsWith("late-story.txt"))?.url ?? "";
      expect(await exists(join(folder, "_site", fileOf(added)))).toBe(true);
      expect(await exists(join(folder, "_site.next"))).toBe(false);
      expect(await exists(join(folder, "_site.previous"))).toBe(false);
    },
  );
});

/** Mounts a tmpfs of `size` bytes on a new folder; undefined, saying why, where this machine does not allow it. */
function smallDisk(): { folder: string; resize(bytes: number): void; remove(): void } | undefined {
  const folder = join(tmpdir(), `broadsheet-full-disk-${process.pid}`);
  try {
    execFileSync("mkdir", ["-p", folder]);
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64m", "tmpfs", folder], { stdio: "pipe" });
  } catch (error) {
    console.warn(`Skipping the full-disk build: mounting a small tmpfs needs root and a kernel that allows it (${String(error).split("\n")[0]})`);
    return undefined;
  }
  return {
    folder,
    resize: (bytes) => execFileSync("mount", ["-o", `remount,size=${bytes}`, folder]),
    remove: () => execFileSync("umount", [folder]),
  };
}

describe("a build that fills the disk", () => {
  const disk = smallDisk();
  afterAll(() => disk?.remove());

  it.skipIf(disk === undefined)("says so with the path, and leaves the last site and its report whole", async () => {
    const seeds = await fixtureSeeds();
    const folder = await siteFolder();
    const output = ["--output", join(disk?.folder ?? "", "_site")];
    const first = await buildSite(seeds, { folder, flags: output });
    expect(first.exitCode).toBe(0);
    const before = await readFile(join(folder, "build-report.json"), "utf8");
    // Room for a little more than the one site: the next build's copy cannot fit beside it. Each room
    // fills at another point: a page Eleventy writes, its passthrough copy, Pagefind's index.
    const { blocks, bfree, bsize } = await statfs(disk?.folder ?? "");
    for (const room of [1.05, 1.2, 1.3, 1.5]) {
      disk?.resize(Math.ceil((blocks - bfree) * bsize * room));
      const second = await buildSiteAsCommand(seeds, { folder, flags: [...output, "--force"] });
      expect(second.exitCode, second.stderr.slice(-3000)).toBe(1);
      expect(second.stderr, `room ${room}`).toMatch(
        new RegExp(
          `^no space left on device while writing ${disk?.folder}/_site\\.next/\\S*: free some space and build again; the last site is unchanged$`,
          "m",
        ),
      );
      expect(second.stderr).not.toMatch(/^\s+at /m);
      expect(await readdir(disk?.folder ?? "")).toEqual(["_site"]);
      expect(await exists(join(disk?.folder ?? "", "_site/pagefind/segments.json"))).toBe(true);
      expect(await exists(join(disk?.folder ?? "", "_site/index.html"))).toBe(true);
    }
    expect(await readFile(join(folder, "build-report.json"), "utf8")).toBe(before);
  });
});
