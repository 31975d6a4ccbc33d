import { access, cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, projectRoot, siteFolder, text } from "./build-site.ts";

const brokenSeeds = join(projectRoot, "tests/fixtures/broken-seeds");
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe("a seed that cannot become an article", () => {
  it("stops the build with a message naming the file, line and reason, and publishes nothing", async () => {
    const build = await buildSite(brokenSeeds);
    expect(build.exitCode).toBe(1);
    const errors = build.stderr.split("\n").filter((line) => line.includes(": error: "));
    expect(errors).toEqual([
      `${join(brokenSeeds, "blank.txt")}:1:1: error: the seed has no text (no line with letters); add the article's text or delete the file [no-text]`,
      `${join(brokenSeeds, "empty.txt")}:1:1: error: the seed is empty (0 bytes); add the article's text or delete the file [empty]`,
      `${join(brokenSeeds, "only-furniture.txt")}:1:1: error: nothing is left after removing Live Mint site furniture; the seed has no article text [no-body]`,
    ]);
    expect(build.stderr).toContain("--keep-going");
    expect(await exists(join(build.folder, "_site"))).toBe(false);
    const report = await build.report();
    expect(report.totals).toMatchObject({ seeds: 4, articles: 1, error: 3 });
    expect(report.seeds.filter((seed) => seed.status === "error").map((seed) => seed.url)).toEqual([null, null, null]);
  });

  it("with --keep-going, builds the rest, still lists the errors, and exits 0", async () => {
    const build = await buildSite(brokenSeeds, { flags: ["--keep-going"] });
    expect(build.exitCode).toBe(0);
    expect(build.stderr.match(/: error: /g)).toHaveLength(3);
    const report = await build.report();
    const usable = report.seeds.find((seed) => seed.seed.endsWith("usable.txt"));
    expect(usable?.status).toBe("ok");
    const page = await build.page(usable?.url ?? "");
    expect(text(page.querySelector("h1"))).toBe("A usable seed among broken ones");
  });
});

describe("rebuilding", () => {
  it("leaves a removed seed's address saying the article was withdrawn, and lists it no more", async () => {
    const seeds = await mkdtemp(join(tmpdir(), "broadsheet-seeds-"));
    await cp(join(projectRoot, "tests/fixtures/seeds"), seeds, { recursive: true });
    const folder = await siteFolder();
    const first = await buildSite(seeds, { folder });
    const removed = (await first.report()).seeds.find((seed) => seed.seed.endsWith("hindi.txt"))?.url ?? "";
    expect(await exists(join(folder, "_site", removed, "index.html"))).toBe(true);

    await rm(join(seeds, "hindi.txt"));
    const second = await buildSite(seeds, { folder });
    expect(second.exitCode).toBe(0);
    expect(text((await second.page(removed)).querySelector("h1"))).toBe("This article was withdrawn from the archive");
    const home = await second.page("/");
    expect([...home.querySelectorAll(".article-list a")].map((link) => link.getAttribute("href"))).not.toContain(removed);
  });

  it("reports a seeds folder that does not exist, without a stack trace", async () => {
    const build = await buildSite(join(projectRoot, "tests/fixtures/no-such-folder"));
    expect(build.exitCode).toBe(2);
    expect(build.stderr.trim()).toBe(
      `${join(projectRoot, "tests/fixtures/no-such-folder")}: cannot read the seeds folder (ENOENT); pass an existing folder with --seeds DIR`,
    );
  });

  it("stops with exit code 2 on a batch size that is not a whole number", async () => {
    const build = await buildSite(join(projectRoot, "tests/fixtures/seeds"), { flags: ["--batch", "0"] });
    expect(build.exitCode).toBe(2);
    expect(build.stderr.trim()).toBe("--batch 0: expected a whole number of at least 1");
  });
});
