import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuildReport } from "../../scripts/stages/report.ts";
import { type Build, buildSite } from "../site/build-site.ts";
import { accountsForEverySeed, corpora, corpusTimeout, expectEveryHeadline, present } from "./corpora.ts";

describe.skipIf(!present)("the Pérez-Rosas corpus (files with a missing title or a leading blank line)", { timeout: corpusTimeout }, () => {
  let build: Build;
  let report: BuildReport;
  beforeAll(async () => {
    build = await buildSite(join(corpora, "perez-rosas2018-fakenews"));
    report = await build.report();
  }, corpusTimeout);

  it("accounts for every file; the 31 one-line files get a headline from their first sentence", () => {
    expect(build.exitCode).toBe(0);
    accountsForEverySeed(report, 980);
    expect(report.totals.error).toBe(0);
    expect(report.seeds.filter((seed) => seed.messages.some((message) => message.rule === "no-headline"))).toHaveLength(31);
  });

  it("gives every page its file's headline as <h1>", () => expectEveryHeadline(build, report));
});
