import { existsSync } from "node:fs";
import { cp, mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { decodeHTMLStrict } from "entities";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuildReport } from "../../scripts/report.ts";
import { type Build, buildSite, projectRoot, text } from "../site/build-site.ts";
import { brokenLinks } from "../site/site-files.ts";

// Research-only corpora, read in place from ../shared and never copied into the repository.
const corpora = resolve(projectRoot, "../shared/corpus");
const present = existsSync(corpora);
if (!present) console.warn(`Skipping the corpus builds: ${corpora} is not here (the corpora live beside the project, in ../shared/corpus).`);

/** The headline as a reader of the raw file sees it: its first line with letters. */
function headlineOf(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  const line = text.split(/\r\n|\r|\n/).find((candidate) => /\p{L}/u.test(candidate)) ?? "";
  return decodeHTMLStrict(line.normalize("NFC")).replace(/[\s\u00A0]+/g, " ").trim();
}

async function expectEveryHeadline(build: Build, report: BuildReport): Promise<void> {
  const published = report.seeds.filter((seed) => seed.status === "ok" || seed.status === "warning");
  for (const seed of published) {
    const h1 = text((await build.page(seed.url ?? "")).querySelector("h1"));
    const expected = headlineOf(await readFile(seed.seed));
    if (seed.messages.some((message) => message.rule === "no-headline")) expect(expected.startsWith(h1.replace(/…$/, "")), seed.seed).toBe(true);
    else expect(h1, seed.seed).toBe(expected);
  }
}

const accountsForEverySeed = (report: BuildReport, seeds: number) => {
  expect(report.seeds).toHaveLength(seeds);
  expect(report.totals.ok + report.totals.warning + report.totals.duplicate + report.totals.error).toBe(seeds);
};

// Building and reading thousands of pages takes longer than a unit test.
const corpusTimeout = 300_000;

describe.skipIf(!present)("the BBC corpus (2,225 articles in category folders)", { timeout: corpusTimeout }, () => {
  let build: Build;
  let report: BuildReport;
  beforeAll(async () => {
    build = await buildSite(join(corpora, "bbc-greene2006"));
    report = await build.report();
  });

  it("publishes every article once; the 98 byte-identical copies are duplicates", () => {
    expect(build.exitCode).toBe(0);
    accountsForEverySeed(report, 2225);
    expect(report.totals).toMatchObject({ articles: 2127, duplicate: 98, error: 0 });
  });

  it("gives every page its seed's headline as <h1>", () => expectEveryHeadline(build, report));

  it("keeps pagination, counts and links whole at this size", async () => {
    expect(await brokenLinks(join(build.folder, "_site"))).toEqual([]);
    const home = await build.page("/");
    expect(text(home.querySelector(".counts"))).toBe("2,127 articles in 5 sections.");
    expect([...home.querySelectorAll(".pagination li")].map((item) => text(item))).toEqual(["1", "2", "3", "…", "43"]);
    const last = await build.page("/page/43/");
    expect(last.querySelectorAll(".article-list > li")).toHaveLength(2127 - 42 * 50);
    const perFolder = new Map<string, number>();
    for (const seed of report.seeds.filter((entry) => entry.status === "ok" || entry.status === "warning")) {
      const folder = seed.seed.split("/").at(-2) ?? "";
      perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
    }
    const sections = [...(await build.page("/sections/")).querySelectorAll(".groups li")].map((item) => text(item));
    expect(sections).toEqual([...perFolder].sort().map(([folder, count]) => `${folder[0]?.toUpperCase()}${folder.slice(1)} ${count} articles`));
  });

  it("shows the £ of the Latin-1 file sport/199.txt", async () => {
    const seed = report.seeds.find((entry) => entry.seed.endsWith("sport/199.txt"));
    const page = await build.page(seed?.url ?? "");
    expect(text(page.querySelector("article .body"))).toContain("£");
    expect(text(page.querySelector("article"))).not.toContain("\uFFFD");
    expect(text(page.querySelector("article .meta"))).toContain("Sport");
  });
});

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
  });

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

describe.skipIf(!present)("the Pérez-Rosas corpus (files with a missing title or a leading blank line)", { timeout: corpusTimeout }, () => {
  let build: Build;
  let report: BuildReport;
  beforeAll(async () => {
    build = await buildSite(join(corpora, "perez-rosas2018-fakenews"));
    report = await build.report();
  });

  it("accounts for every file; the 31 one-line files get a headline from their first sentence", () => {
    expect(build.exitCode).toBe(0);
    accountsForEverySeed(report, 980);
    expect(report.totals.error).toBe(0);
    expect(report.seeds.filter((seed) => seed.messages.some((message) => message.rule === "no-headline"))).toHaveLength(31);
  });

  it("gives every page its file's headline as <h1>", () => expectEveryHeadline(build, report));
});
