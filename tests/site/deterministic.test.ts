import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { siteFiles } from "../../scripts/check-site/site-files.ts";
import { buildSite, fixtureSeeds } from "./build-site.ts";
import { differingFiles } from "./site-files.ts";

describe("the built site", () => {
  it("is byte-identical when the same seeds are built twice, search index included", async () => {
    const seeds = await fixtureSeeds();
    // The second build rewrites every Markdown file, so file dates differ between the two.
    const [first, second] = [await buildSite(seeds), await buildSite(seeds)];
    const [a, b] = [join(first.folder, "_site"), join(second.folder, "_site")];
    expect([...(await siteFiles(a))].some((file) => file.startsWith("/pagefind/"))).toBe(true);
    expect(await differingFiles(a, b)).toEqual([]);
  });
});
