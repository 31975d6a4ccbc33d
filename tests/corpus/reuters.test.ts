import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Article, Seed } from "../../scripts/convert/article.ts";
import type { BuildReport, SeedReport } from "../../scripts/stages/report.ts";
import { accountsForEverySeed, convertCorpus, corpora, corpusTimeout, expectEveryHeadline, present } from "./corpora.ts";

const stories = join(corpora, "reuters21578-apte-nltk/reuters/training");

describe.skipIf(!present)("the Reuters-21578 corpus (7,769 hard-wrapped wire stories)", { timeout: corpusTimeout }, () => {
  let articles: Article[];
  let report: BuildReport;
  let titleOf: (seed: SeedReport) => string;
  beforeAll(async () => {
    // The stories have no file extension, so they are read here as seeds, not found in a folder as *.txt.
    const names = await readdir(stories);
    const seeds = await Promise.all(
      names.map(async (name): Promise<Seed> => ({ path: join(stories, name), relativePath: `${name}.txt`, bytes: await readFile(join(stories, name)) })),
    );
    ({ articles, report, titleOf } = await convertCorpus(seeds));
  }, corpusTimeout);

  it("accounts for every story, with no errors", () => {
    accountsForEverySeed(report, 7769);
    expect(report.totals.error).toBe(0);
  });

  it("gives every article its story's headline as its title", () => expectEveryHeadline(report, titleOf));

  it("reflows the wrapped lines into whole paragraphs", async () => {
    const story = articles.find((article) => article.seed.path === join(stories, "1"));
    const paragraphs = story?.paragraphs.map((paragraph) => paragraph.text) ?? [];
    const raw = (await readFile(join(stories, "1"), "utf8")).split("\n");
    expect(paragraphs).toHaveLength(raw.filter((line) => /^ {5,}\S/.test(line)).length + 1);
    expect(paragraphs[0]).toBe(
      "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January and improving prospects for the coming temporao, although normal humidity levels have not been restored, Comissaria Smith said in its weekly review.",
    );
    expect(paragraphs[1]).toBe("The dry period means the temporao will be late this year.");
  });
});
