import { cp, mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuildReport } from "../../scripts/stages/report.ts";
import { type Build, buildSite } from "../site/build-site.ts";
import { accountsForEverySeed, corpora, corpusTimeout, expectEveryHeadline, present } from "./corpora.ts";

describe.skipIf(!present)("the Reuters-21578 corpus (7,769 hard-wrapped wire stories)", { timeout: corpusTimeout }, () => {
  let build: Build;
  let report: BuildReport;
  let seeds: string;
  beforeAll(async () => {
    // The stories have no file extension: copy them as *.txt into a temporary folder.
    const stories = join(corpora, "reuters21578-apte-nltk/reuters/training");
    seeds = await mkdtemp(join(tmpdir(), "broadsheet-reuters-"));
    for (const name of await readdir(stories)) await cp(join(stories, name), join(seeds, `${name}.txt`));
    build = await buildSite(seeds);
    report = await build.report();
  }, corpusTimeout);

  it("accounts for every story, with no errors", () => {
    expect(build.exitCode).toBe(0);
    accountsForEverySeed(report, 7769);
    expect(report.totals.error).toBe(0);
  });

  it("gives every page its story's headline as <h1>", () => expectEveryHeadline(build, report));

  it("reflows the wrapped lines into whole paragraphs", async () => {
    const seed = report.seeds.find((entry) => entry.seed === join(seeds, "1.txt"));
    const page = await build.page(seed?.url ?? "");
    const paragraphs = [...page.querySelectorAll("article .body p")].map((p) => p.textContent ?? "");
    const raw = (await readFile(join(seeds, "1.txt"), "utf8")).split("\n");
    expect(paragraphs).toHaveLength(raw.filter((line) => /^ {5,}\S/.test(line)).length + 1);
    expect(paragraphs[0]).toBe(
      "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January and improving prospects for the coming temporao, although normal humidity levels have not been restored, Comissaria Smith said in its weekly review.",
    );
    expect(paragraphs[1]).toBe("The dry period means the temporao will be late this year.");
  });
});
