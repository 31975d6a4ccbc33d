// Whether a URL stays put is a property of the converter alone, so it is tested on the converter,
// in-process, on the seeds as a build reads them: no build is needed to show it.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Seed } from "../../scripts/convert/article.ts";
import { articleUrl } from "../../scripts/convert/article.ts";
import { convertSync, isPublished } from "../../scripts/convert/pipeline.ts";
import { findSeeds, readSeeds } from "../../scripts/stages/seed-files.ts";
import { seed } from "./make.ts";

const projectRoot = join(import.meta.dirname, "../..");

/** Seed path (below the seeds folder) → URL, for every published article. */
const urlsOf = (seeds: Seed[]) =>
  new Map(convertSync(seeds).flatMap((article) => (isPublished(article) ? [[article.seed.relativePath, articleUrl(article)]] : [])));

const folderSeeds = async (folder: string) => readSeeds(folder, await findSeeds(folder));

describe("published URLs", () => {
  it("stay the same when seeds are added (one with an existing headline) and removed", async () => {
    const committed = [...(await folderSeeds(join(projectRoot, "tests/fixtures/seeds"))), ...(await folderSeeds(join(projectRoot, "seeds")))];
    const before = urlsOf(committed);
    const nato = committed.find((each) => each.relativePath === "000_c8afd5a7527161f8.txt")?.bytes as Uint8Array;
    const headline = new TextDecoder().decode(nato).split("\n")[0];
    const now = urlsOf([
      ...committed.filter((each) => each.relativePath !== "hindi.txt"),
      seed(`${headline}\n\nAnother story under the same headline, from another seed.\n`, "a-same-headline.txt"),
      seed("Markets Open Higher\n\nShares rose in early trading on Monday.\n", "business/new-story.txt"),
    ]);

    before.delete("hindi.txt");
    for (const [path, url] of before) expect(now.get(path), path).toBe(url);
    const same = now.get("a-same-headline.txt");
    expect(same).toMatch(/^\/articles\/nato-chief-urges-europe-to-step-up-as-us-turns-toward-asia-[0-9a-f]{6}\/$/);
    expect(same).not.toBe(before.get("000_c8afd5a7527161f8.txt"));
    expect(new Set(now.values()).size).toBe(now.size);
  });

  it("follow a renamed seed that pins its id, and move with one that does not", () => {
    const pinned = "---\nid: library-vote\n---\nCouncil approves the new library\n\nThe vote was close.\n";
    const loose = "Storm closes the coast road\n\nThe road reopens on Friday.\n";
    const before = urlsOf([seed(pinned, "pinned.txt"), seed(loose, "loose.txt")]);
    const after = urlsOf([seed(pinned, "renamed-pinned.txt"), seed(loose, "renamed-loose.txt")]);

    expect(after.get("renamed-pinned.txt")).toBe(before.get("pinned.txt"));
    expect(after.get("renamed-pinned.txt")).toBe("/articles/council-approves-the-new-library-library-vote/");
    expect(after.get("renamed-loose.txt")).not.toBe(before.get("loose.txt"));
  });
});
