import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuildReport, SeedReport } from "../../scripts/stages/report.ts";
import { accountsForEverySeed, convertCorpus, corpora, corpusTimeout, expectEveryHeadline, present, seedsIn } from "./corpora.ts";

describe.skipIf(!present)("the Pérez-Rosas corpus (files with a missing title or a leading blank line)", { timeout: corpusTimeout }, () => {
  let report: BuildReport;
  let titleOf: (seed: SeedReport) => string;
  beforeAll(async () => {
    ({ report, titleOf } = await convertCorpus(await seedsIn(join(corpora, "perez-rosas2018-fakenews"))));
  }, corpusTimeout);

  it("accounts for every file; the 31 one-line files get a headline from their first sentence", () => {
    accountsForEverySeed(report, 980);
    expect(report.totals.error).toBe(0);
    expect(report.seeds.filter((seed) => seed.messages.some((message) => message.rule === "no-headline"))).toHaveLength(31);
  });

  it("gives every article its file's headline as its title", () => expectEveryHeadline(report, titleOf));
});
