import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, fixtureSeeds } from "./build-site.ts";
import { siteFiles } from "./site-files.ts";

describe("the built site", () => {
  it("is byte-identical when the same seeds are built twice, search index included", async () => {
    const seeds = await fixtureSeeds();
    // The second build rewrites every Markdown file, so file dates differ between the two.
    const [first, second] = [await buildSite(seeds), await buildSite(seeds)];
    const [a, b] = [join(first.folder, "_site"), join(second.folder, "_site")];
    const files = [...(await siteFiles(a))].sort();
    expect([...(await siteFiles(b))].sort()).toEqual(files);
    expect(files.some((file) => file.startsWith("/pagefind/"))).toBe(true);
    const differing: string[] = [];
    for (const file of files) if (!(await readFile(join(a, file))).equals(await readFile(join(b, file)))) differing.push(file);
    expect(differing).toEqual([]);
  });
});
