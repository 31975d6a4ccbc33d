import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { changeSeed, seedToChange } from "../../scripts/bench/seeds.ts";
import type { SeedReport } from "../../scripts/stages/report.ts";

const seed = (path: string, status: SeedReport["status"]): SeedReport => ({ seed: path, status, url: null, title: null, repeatOf: null, messages: [] });

describe("seedToChange", () => {
  it("picks the first seed that became a page, so the rebuild has a page to redo", () => {
    expect(seedToChange([seed("a.txt", "error"), seed("b.txt", "duplicate"), seed("c.txt", "warning"), seed("d.txt", "ok")])).toBe("c.txt");
  });
  it("throws when no seed became a page", () => {
    expect(() => seedToChange([seed("a.txt", "error")])).toThrow("published no article");
  });
});

describe("changeSeed", () => {
  it("adds a different sentence at the end on each run, keeping the text before it", async () => {
    const folder = await mkdtemp(join(tmpdir(), "broadsheet-change-"));
    const path = join(folder, "story.txt");
    await writeFile(path, "Headline\n\nFirst paragraph.\n");
    await changeSeed(path, 0);
    await changeSeed(path, 1);
    expect(await readFile(path, "utf8")).toBe(
      "Headline\n\nFirst paragraph.\n\n\nThis sentence was added for warm rebuild number 1 of the benchmark.\n\n\nThis sentence was added for warm rebuild number 2 of the benchmark.\n",
    );
    await rm(folder, { recursive: true });
  });
});
