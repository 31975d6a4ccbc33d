import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { htmlProblems } from "../../scripts/check-site/html.ts";
import { brokenLinks } from "../../scripts/check-site/links.ts";
import { type Build, buildSite, text } from "./build-site.ts";

// 120 dated articles from 3 sources in 4 sections, over 2 years: enough for every list to page.
const sources = ["Town Crier", "Evening Post", "The Ledger"];
const sections = ["Local", "Business", "Sport", "Arts"];
const dateOf = (n: number) => `${2023 + (n % 2)}-${String((n % 12) + 1).padStart(2, "0")}-${String((n % 28) + 1).padStart(2, "0")}`;

async function manySeeds(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "broadsheet-many-"));
  for (let n = 1; n <= 120; n++) {
    const front = `---\ndate: ${dateOf(n)}\nsource: ${sources[n % 3]}\nsection: ${sections[n % 4]}\n---\n`;
    await writeFile(
      join(folder, `story-${String(n).padStart(3, "0")}.txt`),
      `${front}Story number ${n} makes the news\n\nThe ${n}th story has one paragraph.\n`,
    );
  }
  return folder;
}

const listed = (page: Document) => [...page.querySelectorAll(".article-list h2 a")].map((link) => text(link));
const pageNumbers = (page: Document) => [...page.querySelectorAll(".pagination li")].map((item) => text(item));
const groupCounts = (page: Document) => [...page.querySelectorAll(".groups li")].map((item) => text(item));

let build: Build;
let seeds: string;
beforeAll(async () => {
  seeds = await manySeeds();
  build = await buildSite(seeds);
});

describe("lists at size", () => {
  it("pages the home list newest first, numbering full pages from the oldest, and says the totals on the front page only", async () => {
    expect(build.exitCode).toBe(0);
    const [front, oldest] = await Promise.all(["/", "/page/1/"].map((url) => build.page(url)));
    expect([front, oldest].map((page) => listed(page as Document).length)).toEqual([70, 50]);
    const dates = [front, oldest].flatMap((page) =>
      [...(page as Document).querySelectorAll(".article-list time")].map((time) => time.getAttribute("datetime")),
    );
    expect(dates).toEqual([...dates].sort().reverse());
    expect(pageNumbers(front as Document)).toEqual(["Latest", "1"]);
    expect(text((front as Document).querySelector(".pagination [aria-current=page]"))).toBe("Latest");
    expect(text((front as Document).querySelector(".counts"))).toBe("120 articles from 3 sources in 4 sections.");
    expect((oldest as Document).querySelector(".counts")).toBeNull();
    expect(text((oldest as Document).querySelector("h1"))).toBe("Articles, page 1");
    expect(text((oldest as Document).querySelector("title"))).toBe("Articles, page 1 · Broadsheet");
  });

  it("indexes sources and sections with their counts, and lists each", async () => {
    expect(groupCounts(await build.page("/sources/"))).toEqual(["Evening Post 40 articles", "The Ledger 40 articles", "Town Crier 40 articles"]);
    expect(groupCounts(await build.page("/sections/"))).toEqual(["Arts 30 articles", "Business 30 articles", "Local 30 articles", "Sport 30 articles"]);
    const ledger = await build.page("/sources/the-ledger/");
    expect(text(ledger.querySelector("h1"))).toBe("The Ledger");
    expect(text(ledger.querySelector(".counts"))).toBe("40 articles.");
    expect(listed(ledger)).toHaveLength(40);
  });

  it("files dated articles by year and month, with counts that add up", async () => {
    const archive = await build.page("/archive/");
    const years = [...archive.querySelectorAll(".years > li")].map((year) => `${text(year.querySelector("a"))} ${text(year.querySelector(".count"))}`);
    expect(years).toEqual(["2024 60 articles", "2023 60 articles"]);
    const months = [...archive.querySelectorAll(".years > li:first-child .months li")].map((month) => text(month));
    expect(months).toHaveLength(6);
    expect(months[0]).toBe("December 2024 10");
    const year = await build.page("/archive/2024/");
    expect([...year.querySelectorAll(".months li")].map((item) => text(item))).toEqual(months);
    expect(year.querySelector(".months a")?.getAttribute("href")).toBe("/archive/2024/12/");
    const month = await build.page("/archive/2024/12/");
    expect(text(month.querySelector("h1"))).toBe("December 2024");
    expect([...month.querySelectorAll(".article-list time")].every((time) => time.getAttribute("datetime")?.startsWith("2024-12-"))).toBe(true);
    expect(listed(month)).toHaveLength(10);
  });

  it("leaves no internal link or fragment unresolved", async () => {
    expect(await brokenLinks(join(build.folder, "_site"))).toEqual([]);
  });

  it("with --pathprefix, prefixes every internal link, and they all resolve, on valid pages", async () => {
    const prefixed = await buildSite(seeds, { flags: ["--pathprefix", "/news/archive/"] });
    expect(prefixed.exitCode).toBe(0);
    const home = await prefixed.page("/");
    expect(home.querySelector("link[rel=stylesheet]")?.getAttribute("href")).toBe("/news/archive/assets/site.css");
    expect(home.querySelector(".site-nav a")?.getAttribute("href")).toBe("/news/archive/");
    expect(home.querySelector("link[rel=canonical]")?.getAttribute("href")).toBe("http://localhost:8080/news/archive/");
    expect(await brokenLinks(join(prefixed.folder, "_site"), "/news/archive/")).toEqual([]);
    // The prefix is added by re-serialising every page, which must not make one invalid.
    expect(await htmlProblems(join(prefixed.folder, "_site"))).toEqual([]);
  });
});
