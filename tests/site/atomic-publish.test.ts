import { spawn } from "node:child_process";
import { access, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fileOf } from "../../scripts/check-site/site-files.ts";
import { buildArguments, buildSite, fixtureSeeds, projectRoot, siteFolder, tsx } from "./build-site.ts";

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Runs a build held at one of its points (see `point` in scripts/build.ts), and kills it there,
 * with everything it started. Resolves once the build is dead.
 */
function killBuildAt(seeds: string, folder: string, hold: string): Promise<void> {
  return new Promise((done, fail) => {
    // Its own process group, so that SIGKILL reaches tsx's child (the build itself) too.
    const build = spawn(tsx, buildArguments(seeds, folder), {
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
  let folder: string;
  let pages: string[];
  let articles: string[];

  beforeAll(async () => {
    seeds = await fixtureSeeds();
    folder = await siteFolder();
    const first = await buildSite(seeds, { folder });
    expect(first.exitCode).toBe(0);
    pages = ["/", "/search/", ...(await first.report()).seeds.flatMap((seed) => (seed.url === null ? [] : [seed.url]))];
    articles = await readdir(join(folder, "content/articles"));
    // The next build has something new to write.
    await writeFile(join(seeds, "late-story.txt"), "A Story Added Later\n\nIt arrived after the first build.\n");
  });

  it.each(["converted", "articles written", "site rendered", "site indexed"])(
    "leaves the previous site and articles complete when killed at %s",
    async (hold) => {
      await killBuildAt(seeds, folder, hold);
      // Killed before the swap: the site is the first build's, without the story added since.
      expect((await readdir(join(folder, "_site/articles"))).filter((name) => name.startsWith("a-story-added-later"))).toEqual([]);
      for (const url of pages) expect(await exists(join(folder, "_site", fileOf(url))), url).toBe(true);
      expect(await exists(join(folder, "_site/pagefind/pagefind.js"))).toBe(true);
      const now = await readdir(join(folder, "content/articles"));
      expect(now).toEqual(expect.arrayContaining(articles));
    },
  );

  it("then builds to completion, with the new article", async () => {
    const last = await buildSite(seeds, { folder });
    expect(last.exitCode).toBe(0);
    const added = (await last.report()).seeds.find((seed) => seed.seed.endsWith("late-story.txt"))?.url ?? "";
    expect(await exists(join(folder, "_site", fileOf(added)))).toBe(true);
    expect(await exists(join(folder, "_site.next"))).toBe(false);
    expect(await exists(join(folder, "_site.previous"))).toBe(false);
  });
});
