import { spawn } from "node:child_process";
import { access, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildArguments, buildSite, fixtureSeeds, projectRoot, siteFolder, tsx } from "./build-site.ts";
import { fileOf } from "./site-files.ts";

const exists = (path: string) => access(path).then(() => true, () => false);

/**
 * Runs a build and kills it, with everything it started, the moment `when` first holds: a line it
 * prints, or a folder it makes. Resolves once the build is dead.
 */
function killBuild(seeds: string, folder: string, when: { printed: RegExp } | { made: string }): Promise<void> {
  return new Promise((done) => {
    // Its own process group, so that SIGKILL reaches tsx's child (the build itself) and Pagefind.
    const build = spawn(tsx, buildArguments(seeds, folder), { cwd: projectRoot, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const kill = () => {
      clearInterval(watching);
      try {
        process.kill(-(build.pid ?? 0), "SIGKILL");
      } catch {
        // Already gone: the build ended before the moment came.
      }
    };
    const watching = setInterval(() => {
      if ("made" in when) void exists(join(folder, when.made)).then((made) => made && kill());
    }, 5);
    build.stdout.on("data", (chunk: Buffer) => {
      if ("printed" in when && when.printed.test(chunk.toString())) kill();
    });
    build.stderr.resume();
    build.on("close", () => {
      clearInterval(watching);
      done();
    });
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

  it.each([
    ["as soon as it starts", { made: "" }],
    ["after writing the report", { printed: /seeds: \d+ articles/ }],
    ["while writing the articles", { made: "content/articles.next" }],
    ["while rendering", { made: "_site.next/articles" }],
    ["while indexing for search", { made: "_site.next/pagefind" }],
  ] as const)("leaves the previous site and articles complete when killed %s", async (_, when) => {
    await killBuild(seeds, folder, when);
    // Killed before the swap: the site is the first build's, without the story added since.
    expect((await readdir(join(folder, "_site/articles"))).filter((name) => name.startsWith("a-story-added-later"))).toEqual([]);
    for (const url of pages) expect(await exists(join(folder, "_site", fileOf(url))), url).toBe(true);
    expect(await exists(join(folder, "_site/pagefind/pagefind.js"))).toBe(true);
    const now = await readdir(join(folder, "content/articles"));
    expect(now).toEqual(expect.arrayContaining(articles));
  });

  it("then builds to completion, with the new article", async () => {
    const last = await buildSite(seeds, { folder });
    expect(last.exitCode).toBe(0);
    const added = (await last.report()).seeds.find((seed) => seed.seed.endsWith("late-story.txt"))?.url ?? "";
    expect(await exists(join(folder, "_site", fileOf(added)))).toBe(true);
    expect(await exists(join(folder, "_site.next"))).toBe(false);
    expect(await exists(join(folder, "_site.previous"))).toBe(false);
  });
});
