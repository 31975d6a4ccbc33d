import { appendFile, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { differingFiles } from "../../scripts/check-site/site-files.ts";
import { recordFile } from "../../scripts/stages/record-file.ts";
import { type Build, buildSite, fixtureSeeds, siteFolder, text } from "./build-site.ts";

const timings = (build: Build) => join(build.folder, "timings.json");
const skipped = async (build: Build) => (JSON.parse(await readFile(timings(build), "utf8")) as { skipped: boolean }).skipped;
const site = (build: Build) => join(build.folder, "_site");
const added = "A paragraph added after the first build, naming Jane Doerr in Oban.";

describe("building again", () => {
  let seeds: string;
  let first: Build;
  beforeAll(async () => {
    seeds = await fixtureSeeds();
    const folder = await siteFolder();
    first = await buildSite(seeds, { folder, flags: ["--keep-going", "--timings", join(folder, "timings.json")] });
    expect(first.exitCode, first.stderr).toBe(0);
  });

  it("shows each stage's progress in plain lines when its output is not a terminal, and ends with a summary", () => {
    const progress = first.stderr.split("\n").filter((line) => /^(convert|render|index):/.test(line));
    expect(progress.filter((line) => / in \d+\.\d s$/.test(line)).map((line) => line.split(":")[0])).toEqual(["convert", "render", "index"]);
    expect(first.stdout).toMatch(
      /^\d+ seeds → \d+ articles \(\d+ with warnings\), 1 duplicate, 0 errors · convert [\d.]+ s, render [\d.]+ s, index [\d.]+ s, total [\d.]+ s$/m,
    );
  });
  const again = (...flags: string[]) => buildSite(seeds, { folder: first.folder, flags: ["--keep-going", "--timings", timings(first), ...flags] });

  it("with nothing changed does nothing, says so, and leaves the site as it was", async () => {
    const written = (await stat(join(site(first), "index.html"))).mtimeMs;
    const build = await again();
    expect(build.exitCode).toBe(0);
    expect(build.stdout).toContain("nothing changed since the last build");
    expect(await skipped(build)).toBe(true);
    expect((await stat(join(site(first), "index.html"))).mtimeMs).toBe(written);
  });

  it("with the search index asked for in smaller segments builds again, into those segments", async () => {
    const build = await again("--search-part", "4");
    expect(await skipped(build)).toBe(false);
    const { segments } = JSON.parse(await readFile(join(site(build), "pagefind", "segments.json"), "utf8")) as { segments: string[] };
    expect(segments.length).toBeGreaterThan(1);
    // Listed newest first; the oldest holds the first four articles to enter the archive.
    expect(segments.at(-1)).toBe("pagefind/segments/1/");
  });

  it("with --force builds everything again, from the cache, into the same bytes as a fresh build", async () => {
    const fresh = await buildSite(seeds, { flags: ["--keep-going"] });
    const build = await again("--force", "--quiet");
    expect(await skipped(build)).toBe(false);
    expect(build.stderr.split("\n").filter((line) => /^(convert|render|index):/.test(line))).toEqual([]);
    expect(await differingFiles(site(build), site(fresh))).toEqual([]);
  });

  it("with one seed changed builds that change, and matches a fresh build of the changed seeds with the record it left", async () => {
    await appendFile(join(seeds, "near-copy-first.txt"), `\n${added}\n`);
    const build = await again();
    expect(await skipped(build)).toBe(false);
    const seed = (await build.report()).seeds.find((entry) => entry.seed.endsWith("near-copy-first.txt"));
    const page = await build.page(seed?.url ?? "");
    expect([...page.querySelectorAll("[data-pagefind-body] p[id]")].map(text)).toContain(added);
    expect(text(page.querySelector(".correction"))).toBe("Corrected. This article changed after it entered the archive.");
    // A fresh clone: the seeds and the record as committed, nothing else.
    const record = await readFile(recordFile(join(build.folder, "content")), "utf8");
    const clone = await siteFolder();
    await writeFile(recordFile(join(clone, "content")), record);
    const fresh = await buildSite(seeds, { folder: clone, flags: ["--keep-going"] });
    expect(await differingFiles(site(build), site(fresh))).toEqual([]);
    expect(await readFile(recordFile(join(clone, "content")), "utf8")).toBe(record);
  });
});
