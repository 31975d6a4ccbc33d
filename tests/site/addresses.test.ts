import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { brokenLinks } from "../../scripts/check-site/links.ts";
import { differingFiles } from "../../scripts/check-site/site-files.ts";
import { readRecord } from "../../scripts/convert/record.ts";
import { readTopicRecord } from "../../scripts/convert/topic-record.ts";
import { recordFile, topicRecordFile } from "../../scripts/stages/record-file.ts";
import { archiveSeeds, headlineOf, seedPath } from "./archive-seeds.ts";
import { type Build, buildSite, projectRoot, siteFolder, text } from "./build-site.ts";

const site = (build: Build) => join(build.folder, "_site");
const record = async (build: Build) => readRecord(await readFile(recordFile(join(build.folder, "content")), "utf8"));
const urlOf = async (build: Build, path: string) => (await build.report()).seeds.find((seed) => seed.seed.endsWith(path))?.url ?? "";

let seeds: string;
let first: Build;
/** The site and record as the first build left them. */
let before: { site: string; record: string };

beforeAll(async () => {
  seeds = await archiveSeeds();
  const folder = await siteFolder();
  first = await buildSite(seeds, { folder });
  expect(first.exitCode, first.stderr).toBe(0);
  before = { site: join(folder, "_site.first"), record: await readFile(recordFile(join(folder, "content")), "utf8") };
  await cp(site(first), before.site, { recursive: true });
});

describe("an archive that grows", () => {
  let added: Build;
  let changed: string[];
  const newSeed = join("local", "story-new.txt");

  beforeAll(async () => {
    await writeFile(join(seeds, newSeed), "Tobermory pier reopens after the winter storms\n\nThe pier at Tobermory reopened on Monday after repairs.\n");
    added = await buildSite(seeds, { folder: first.folder });
    expect(added.exitCode, added.stderr).toBe(0);
    changed = await differingFiles(before.site, site(added));
  });

  it("records the new article after every other, and changes no other line of the record", async () => {
    const after = await record(added);
    const url = await urlOf(added, "story-new.txt");
    expect(after.get(url)).toMatchObject({ entered: 301, article: "local/story-new.txt", headline: "Tobermory pier reopens after the winter storms" });
    expect([...after.values()].filter((entry) => entry.url !== url)).toEqual([...readRecord(before.record).values()]);
  });

  it("rewrites a bounded set of files: no numbered list page, and no article but the new one, its neighbour and those it is related to", async () => {
    const url = await urlOf(added, "story-new.txt");
    const pages = changed.filter((file) => file.endsWith(".html"));
    expect(pages.filter((file) => /\/page\/\d+\/index\.html$/.test(file))).toEqual([]);
    // The new article goes to the front of the archive's order: its only neighbour is the article that was newest.
    const home = await added.page("/");
    const neighbour = [...home.querySelectorAll(".article-list h2 a")].map((link) => link.getAttribute("href"))[1];
    const others = pages.filter((file) => file.startsWith("/articles/") && ![`${url}index.html`, `${neighbour}index.html`].includes(file));
    for (const file of others) {
      const related = (await added.page(file.replace(/index\.html$/, ""))).querySelectorAll(".related a");
      expect(
        [...related].map((link) => link.getAttribute("href")),
        file,
      ).toContain(url);
    }
    expect(changed).toContain(`${url}index.html`);
    expect(changed.length).toBeLessThanOrEqual(60);
  });
});

describe("an archive whose seeds are corrected, deleted, merged and renamed", () => {
  let build: Build;
  const urls: Record<string, string> = {};
  const seed = { corrected: seedPath(11), deleted: seedPath(12), merged: seedPath(13), mergedInto: seedPath(14), renamed: seedPath(15) };

  beforeAll(async () => {
    for (const [what, path] of Object.entries(seed)) urls[what] = await urlOf(first, path);
    const corrected = (await readFile(join(seeds, seed.corrected), "utf8")).replace(headlineOf(11), headlineOf(11, "rejects"));
    await writeFile(join(seeds, seed.corrected), corrected);
    await rm(join(seeds, seed.deleted));
    await cp(join(seeds, seed.mergedInto), join(seeds, seed.merged));
    await cp(join(seeds, seed.renamed), join(seeds, "culture", "renamed.txt"));
    await rm(join(seeds, seed.renamed));
    build = await buildSite(seeds, { folder: first.folder });
    expect(build.exitCode, build.stderr).toBe(0);
  });

  it("keeps a corrected article at its address, and says what its headline was", async () => {
    const page = await build.page(urls.corrected ?? "");
    expect(text(page.querySelector("h1"))).toBe(headlineOf(11, "rejects"));
    expect(text(page.querySelector(".correction"))).toBe(`Corrected. This article changed after it entered the archive. Its headline was ${headlineOf(11)}.`);
    expect((await record(build)).get(urls.corrected ?? "")?.corrected).toEqual({ previousHeadline: headlineOf(11) });
  });

  it("answers a deleted seed's address with a page saying the article was withdrawn", async () => {
    const page = await build.page(urls.deleted ?? "");
    expect(text(page.querySelector("h1"))).toBe("This article was withdrawn from the archive");
    expect(page.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect((await record(build)).get(urls.deleted ?? "")?.gone).toEqual({});
  });

  it("leads a merged seed's address to the article it was merged into, and a renamed seed's to its new address", async () => {
    const renamedUrl = await urlOf(build, "culture/renamed.txt");
    for (const [from, to] of [
      [urls.merged, urls.mergedInto],
      [urls.renamed, renamedUrl],
    ] as const) {
      const page = await build.page(from ?? "");
      expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content")).toBe(`0; url=${to}`);
      expect(page.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(`http://localhost:8080${to}`);
      expect((await record(build)).get(from ?? "")?.gone).toEqual({ movedTo: to });
    }
  });

  it("leaves no link on the site broken", async () => {
    expect(await brokenLinks(site(build))).toEqual([]);
  });

  it("builds the same site, byte for byte, from a fresh clone of the seeds and the record", async () => {
    const clone = await siteFolder();
    const committed = await readFile(recordFile(join(build.folder, "content")), "utf8");
    await writeFile(recordFile(join(clone, "content")), committed);
    const fresh = await buildSite(seeds, { folder: clone });
    expect(await differingFiles(site(build), site(fresh))).toEqual([]);
    expect(await readFile(recordFile(join(clone, "content")), "utf8")).toBe(committed);
  });
});

describe("this project's own archive", () => {
  it("has its record committed as its seeds make it", async () => {
    const folder = await siteFolder();
    await cp(recordFile(join(projectRoot, "content")), recordFile(join(folder, "content")));
    const build = await buildSite(join(projectRoot, "seeds"), { folder, flags: ["--check-record"] });
    expect(build.exitCode, build.stderr).toBe(0);
  });
});

// Issue 20: a topic whose kind or name changes keeps its old address answering.
describe("a topic address no longer published", () => {
  let rebuilt: Build;

  beforeAll(async () => {
    const topics = topicRecordFile(join(first.folder, "content"));
    const published = await readFile(topics, "utf8");
    const [moved] = [...readTopicRecord(published).keys()];
    expect(moved, "the archive publishes topics").toBeDefined();
    const elsewhere = (moved ?? "").replace(/^\/topics\/(people|organizations|places)\//, (_, kind) => `/topics/${kind === "places" ? "people" : "places"}/`);
    const stale = [
      JSON.stringify({ url: elsewhere, name: readTopicRecord(published).get(moved ?? "")?.name }),
      JSON.stringify({ url: "/topics/people/nobody-now/", name: "Nobody Now" }),
    ];
    await writeFile(topics, `${published}${stale.join("\n")}\n`);
    rebuilt = await buildSite(seeds, { folder: first.folder });
    expect(rebuilt.exitCode, rebuilt.stderr).toBe(0);
    expect(readTopicRecord(await readFile(topics, "utf8")).get(elsewhere)?.gone).toEqual({ movedTo: moved });
  });

  it("leads to the topic it became, or says it is no longer a topic", async () => {
    const gone = readTopicRecord(await readFile(topicRecordFile(join(first.folder, "content")), "utf8"));
    const moved = [...gone.values()].find((entry) => entry.gone?.movedTo);
    const page = await rebuilt.page(moved?.url ?? "");
    expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content")).toBe(`0; url=${moved?.gone?.movedTo}`);
    const nobody = await rebuilt.page("/topics/people/nobody-now/");
    expect(text(nobody.querySelector("h1"))).toBe("Nobody Now is no longer a topic");
    expect(nobody.querySelector('a[href^="/search/?q="]')?.getAttribute("href")).toBe("/search/?q=Nobody%20Now");
    expect(await brokenLinks(site(rebuilt))).toEqual([]);
  });
});
