import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { placeholder, type SeedFacts, seedFacts, seedFileName, seedSkeleton } from "../../scripts/cli/seed-skeleton.ts";
import type { Article } from "../../scripts/convert/article.ts";
import { convertSync, isPublished } from "../../scripts/convert/pipeline.ts";
import { diagnostics, seed } from "../convert/make.ts";
import { projectRoot, typeScriptCommand } from "./build-site.ts";

describe("seedSkeleton", () => {
  it("writes the date, the headline line and a placeholder paragraph for a plain headline", () => {
    expect(seedSkeleton({ headline: "Council approves the new library", date: "2025-04-02" })).toBe(
      [
        "---",
        "date: 2025-04-02",
        "---",
        "Council approves the new library",
        "",
        "Replace this line with the article's paragraphs, each separated from the next by a blank line.",
        "",
      ].join("\n"),
    );
  });

  it("quotes values YAML would misread, and writes the facts given in the README's order", () => {
    const facts: SeedFacts = {
      headline: 'Mayor: "No #1 rule" here',
      date: "2025-04-02",
      url: "https://example.com/news/a#b",
      author: "O'Brien",
      section: "- Local",
      source: "true",
    };
    expect(seedSkeleton(facts)).toBe(
      [
        "---",
        "date: 2025-04-02",
        'source: "true"',
        'section: "- Local"',
        "author: O'Brien",
        "url: https://example.com/news/a#b",
        "---",
        'Mayor: "No #1 rule" here',
        "",
        placeholder,
        "",
      ].join("\n"),
    );
  });

  it("adds a title only for a headline too long to be read as a headline line", () => {
    const long = `${"Word ".repeat(40)}End`;
    expect(seedSkeleton({ headline: long, date: "2025-04-02" }).split("\n").slice(0, 4)).toEqual(["---", `title: ${long}`, "date: 2025-04-02", "---"]);
  });
});

describe("a skeleton read by the converter", () => {
  const convertSkeleton = (facts: SeedFacts) => convertSync([seed(seedSkeleton(facts), "new.txt")])[0] as Article;

  it.each([
    ["a plain headline", "Council approves the new library"],
    ["YAML's own characters", "Mayor: \"No #1 rule\" — 'here' & [now] {too}"],
    ["a 160-character headline", `${"Council ".repeat(19)}approves`],
    ["a headline longer than 160 characters", `${"Council ".repeat(30)}approves`],
    ["an ALL-CAPS wire headline", "BAHIA COCOA REVIEW"],
  ])("keeps %s as the headline, with the facts given and no messages", (_, headline) => {
    const article = convertSkeleton({
      headline,
      date: "2025-04-02",
      source: "Town Crier",
      section: "Local",
      author: "Jo Bloggs",
      url: "https://example.com/a?b=1#c",
    });
    expect(diagnostics(article)).toEqual([]);
    expect(isPublished(article)).toBe(true);
    expect(article.headline?.text).toBe(headline);
    expect(article.metadata).toMatchObject({
      title: headline,
      published: "2025-04-02",
      source: "Town Crier",
      section: "Local",
      author: "Jo Bloggs",
      originalUrl: "https://example.com/a?b=1#c",
    });
    // Left as it is, the placeholder is what gets published: the converter cannot tell it from text.
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual([placeholder]);
  });
});

describe("seedFacts", () => {
  const today = { headline: "Council approves the new library", date: "2025-04-02" };

  it("puts the headline on one line and trims the facts as the converter would", () => {
    expect(seedFacts({ ...today, headline: "  Council\napproves\tthe new library ", source: " Town Crier " })).toEqual({
      facts: { ...today, source: "Town Crier" },
    });
  });

  it.each([
    ["an empty headline", { ...today, headline: " \n " }, "the headline is empty; give the article's headline, in quotes"],
    ["a headline without letters", { ...today, headline: "2025 — 10%" }, 'the headline "2025 — 10%" has no letters; the converter needs a headline with words'],
    ["a headline over 300 characters", { ...today, headline: "a".repeat(301) }, "the headline is 301 characters long; shorten it to 300 or fewer"],
    ["a day that does not exist", { ...today, date: "2025-02-30" }, '--date "2025-02-30" cannot be used; use a calendar date, YYYY-MM-DD'],
    ["a date in another format", { ...today, date: "02/04/2025" }, '--date "02/04/2025" cannot be used; use a calendar date, YYYY-MM-DD'],
    ["an empty source", { ...today, source: " " }, '--source " " cannot be used; use 1 to 300 characters'],
    [
      "a URL that is not http(s)",
      { ...today, url: "ftp://example.com/a" },
      '--url "ftp://example.com/a" cannot be used; use a full http:// or https:// address',
    ],
  ])("refuses %s", (_, given, problem) => {
    expect(seedFacts(given)).toEqual({ problem });
  });
});

describe("seedFileName", () => {
  it("names the seed by its headline's URL words", () => {
    expect(seedFileName('Mayor: "No #1 rule" here')).toBe("mayor-no-1-rule-here.txt");
    expect(seedFileName("भारत ने जीता मैच")).toBe("भारत-ने-जीता-मैच.txt");
  });

  it("cuts a long headline at a word, to the URL's 80 characters", () => {
    expect(seedFileName(`${"Council ".repeat(30)}approves`)).toBe(`${"council-".repeat(9)}council.txt`);
    expect(seedFileName("x".repeat(100))).toBe(`${"x".repeat(80)}.txt`);
  });
});

interface Run {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run new`'s script from the project folder. */
function newSeed(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, typeScriptCommand(["scripts/new-seed.ts", ...args]), { cwd: projectRoot }, (error, stdout, stderr) => {
      done({ exitCode: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** An empty seeds folder of the test's own, removed when the test ends. */
async function seedsFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "broadsheet-new-"));
  onTestFinished(() => rm(folder, { recursive: true, force: true }));
  return folder;
}

describe("npm run new", () => {
  it("writes the seed, prints its path, and refuses to write it again", async () => {
    const seeds = await seedsFolder();
    const path = join(seeds, "council-approves-the-new-library.txt");
    const before = new Date().toISOString().slice(0, 10);
    const first = await newSeed(["--seeds", seeds, "--source", "Town Crier", "Council approves the new library"]);
    const after = new Date().toISOString().slice(0, 10);
    expect(first).toMatchObject({ exitCode: 0, stdout: `${path}\n` });
    expect(first.stderr).toContain("npm run build");
    const written = await readFile(path, "utf8");
    const date = written.match(/^date: (.*)$/m)?.[1];
    expect([before, after]).toContain(date);
    expect(written).toBe(seedSkeleton({ headline: "Council approves the new library", date: date ?? "", source: "Town Crier" }));

    const second = await newSeed(["--seeds", seeds, "--date", "2020-01-01", "Council approves the new library"]);
    expect(second).toEqual({ exitCode: 2, stdout: "", stderr: `${path}: a seed with this name already exists; edit it, or choose another headline\n` });
    expect(await readFile(path, "utf8")).toBe(written);
  });

  it("writes nothing for a date that does not exist", async () => {
    const seeds = await seedsFolder();
    const run = await newSeed(["--seeds", seeds, "--date", "2025-02-30", "Council approves the new library"]);
    expect(run).toEqual({ exitCode: 2, stdout: "", stderr: '--date "2025-02-30" cannot be used; use a calendar date, YYYY-MM-DD\n' });
    expect(await readdir(seeds)).toEqual([]);
  });
});
