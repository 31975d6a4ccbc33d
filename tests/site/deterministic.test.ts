import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { differingFiles, siteFiles } from "../../scripts/check-site/site-files.ts";
import { buildSite, fixtureSeeds } from "./build-site.ts";

describe("the built site", () => {
  it("is byte-identical when the same seeds are built twice, search index included", async () => {
    const seeds = await fixtureSeeds();
    // The second build rewrites every Markdown file, so file dates differ between the two.
    const [first, second] = [await buildSite(seeds), await buildSite(seeds)];
    const [a, b] = [join(first.folder, "_site"), join(second.folder, "_site")];
    expect([...(await siteFiles(a))].some((file) => file.startsWith("/pagefind/"))).toBe(true);
    expect(await differingFiles(a, b)).toEqual([]);
  });

  it("is byte-identical whether Eleventy renders the articles one at a time or all together", async () => {
    const seeds = await fixtureSeeds();
    const [together, oneByOne] = [await buildSite(seeds), await buildSite(seeds, { flags: ["--batch", "1"] })];
    expect(oneByOne.exitCode).toBe(0);
    const articles = (await oneByOne.report()).totals.articles;
    expect(articles).toBeGreaterThan(5);
    // Every article's page is there, as many as Eleventy runs it took, and the same as from one run.
    const pages = [...(await siteFiles(join(oneByOne.folder, "_site")))].filter((file) => /^\/articles\/[^/]+\/index\.html$/.test(file));
    expect(pages).toHaveLength(articles);
    expect(await differingFiles(join(together.folder, "_site"), join(oneByOne.folder, "_site"))).toEqual([]);
  });
});
