import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuildReport } from "../../scripts/stages/report.ts";
import { largestSeed, readSeeds } from "../../scripts/stages/seed-files.ts";
import { type Build, buildSite } from "./build-site.ts";

let seeds: string;
let build: Build;
let report: BuildReport;
const story = (headline: string) => `${headline}\n\nThe body of a story called ${headline}.\n`;

beforeAll(async () => {
  seeds = await mkdtemp(join(tmpdir(), "broadsheet-seeds-"));
  await mkdir(join(seeds, "sub"));
  await writeFile(join(seeds, "good.txt"), story("A Good Story"));
  await writeFile(join(seeds, "with spaces é.txt"), story("Spaces And Accents"));
  await writeFile(join(seeds, "-leading-dash.txt"), story("A Leading Dash"));
  await writeFile(join(seeds, "dots..in..name.txt"), story("Dots In The Name"));
  await writeFile(join(seeds, "中文名.txt"), story("A Chinese File Name"));
  await symlink("loop-b.txt", join(seeds, "loop-a.txt"));
  await symlink("loop-a.txt", join(seeds, "loop-b.txt"));
  await symlink("missing.txt", join(seeds, "dangling.txt"));
  await symlink("..", join(seeds, "sub/up"));
  await symlink(seeds, join(seeds, "sub/folder.txt"));
  await writeFile(join(seeds, "huge.txt"), "A Huge File\n\n".padEnd(largestSeed + 1024 * 1024, "x"));
  build = await buildSite(seeds, { flags: ["--keep-going"] });
  report = await build.report();
});

const entry = (name: string) => report.seeds.find((seed) => seed.seed === join(seeds, name));
const reason = (name: string) => entry(name)?.messages.find((message) => message.severity === "error")?.message;

describe("every seed is accounted for", () => {
  it("reports every *.txt, and the totals add up, with no stack trace", () => {
    expect(build.exitCode).toBe(0);
    expect(report.seeds.map((seed) => seed.seed.slice(seeds.length + 1)).sort()).toEqual(
      [
        "-leading-dash.txt",
        "dangling.txt",
        "dots..in..name.txt",
        "good.txt",
        "huge.txt",
        "loop-a.txt",
        "loop-b.txt",
        "sub/folder.txt",
        "with spaces é.txt",
        "中文名.txt",
      ].sort(),
    );
    const { totals } = report;
    expect(totals.ok + totals.warning + totals.duplicate + totals.error).toBe(totals.seeds);
    expect(totals.error).toBe(5);
    expect(build.stderr).not.toMatch(/^\s+at /m);
  });

  it("says why a seed could not be read", () => {
    expect(reason("loop-a.txt")).toBe("cannot read the seed: it is a symbolic link that loops");
    expect(reason("dangling.txt")).toBe("cannot read the seed: it is a symbolic link to a file that does not exist");
    expect(reason("sub/folder.txt")).toBe("cannot read the seed: it is a folder");
    expect(reason("huge.txt")).toBe("cannot read the seed: it is 6.0 MB, more than the 5.0 MB a seed may be; split it into one file per article");
  });

  it("says so of a seed removed while the build runs", async () => {
    const [gone] = await readSeeds(seeds, ["removed-meanwhile.txt"]);
    expect(gone?.bytes).toEqual({ unreadable: "the file disappeared while the build ran" });
  });

  it("publishes seeds with spaces, accents, dashes, dots and other scripts in their names under /articles/", async () => {
    for (const name of ["with spaces é.txt", "-leading-dash.txt", "dots..in..name.txt", "中文名.txt"]) {
      const url = entry(name)?.url ?? "";
      expect(url, name).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
      expect((await build.page(url)).querySelector("h1")?.textContent).not.toBe("");
    }
  });
});
