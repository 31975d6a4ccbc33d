import { cp, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BuildReport } from "../../scripts/stages/report.ts";
import { buildSite, projectRoot, siteFolder } from "./build-site.ts";

/** Seed path (below the seeds folder) → URL, for every published article. */
const urlsOf = (report: BuildReport, seeds: string) =>
  new Map(report.seeds.flatMap((seed) => (seed.url !== null && seed.status !== "duplicate" ? [[seed.seed.slice(seeds.length + 1), seed.url]] : [])));

describe("published URLs", () => {
  it("stay the same when seeds are added (one with an existing headline) and removed", async () => {
    const seeds = await mkdtemp(join(tmpdir(), "broadsheet-seeds-"));
    await cp(join(projectRoot, "tests/fixtures/seeds"), seeds, { recursive: true });
    await cp(join(projectRoot, "seeds"), seeds, { recursive: true });
    const folder = await siteFolder();
    const before = urlsOf(await (await buildSite(seeds, { folder })).report(), seeds);

    const nato = await readFile(join(seeds, "000_c8afd5a7527161f8.txt"), "utf8");
    const headline = nato.split("\n")[0];
    await writeFile(join(seeds, "a-same-headline.txt"), `${headline}\n\nAnother story under the same headline, from another seed.\n`);
    await writeFile(join(seeds, "business/new-story.txt"), "Markets Open Higher\n\nShares rose in early trading on Monday.\n");
    await rm(join(seeds, "hindi.txt"));
    const after = await buildSite(seeds, { folder });
    expect(after.exitCode).toBe(0);
    const now = urlsOf(await after.report(), seeds);

    before.delete("hindi.txt");
    for (const [seed, url] of before) expect(now.get(seed), seed).toBe(url);
    const same = now.get("a-same-headline.txt");
    expect(same).toMatch(/^\/articles\/nato-chief-urges-europe-to-step-up-as-us-turns-toward-asia-[0-9a-f]{6}\/$/);
    expect(same).not.toBe(before.get("000_c8afd5a7527161f8.txt"));
    expect(new Set(now.values()).size).toBe(now.size);
  });

  it("follow a renamed seed that pins its id, and move with one that does not", async () => {
    const seeds = await mkdtemp(join(tmpdir(), "broadsheet-seeds-"));
    await writeFile(join(seeds, "pinned.txt"), "---\nid: library-vote\n---\nCouncil approves the new library\n\nThe vote was close.\n");
    await writeFile(join(seeds, "loose.txt"), "Storm closes the coast road\n\nThe road reopens on Friday.\n");
    const folder = await siteFolder();
    const before = urlsOf(await (await buildSite(seeds, { folder })).report(), seeds);

    await rename(join(seeds, "pinned.txt"), join(seeds, "renamed-pinned.txt"));
    await rename(join(seeds, "loose.txt"), join(seeds, "renamed-loose.txt"));
    const after = urlsOf(await (await buildSite(seeds, { folder })).report(), seeds);

    expect(after.get("renamed-pinned.txt")).toBe(before.get("pinned.txt"));
    expect(after.get("renamed-pinned.txt")).toBe("/articles/council-approves-the-new-library-library-vote/");
    expect(after.get("renamed-loose.txt")).not.toBe(before.get("loose.txt"));
  });
});
