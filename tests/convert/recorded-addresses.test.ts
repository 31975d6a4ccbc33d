import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { type Article, articleUrl } from "../../scripts/convert/article.ts";
import { nextRecord } from "../../scripts/convert/next-record.ts";
import { convertSync, isPublished, pipeline } from "../../scripts/convert/pipeline.ts";
import { type ArchiveRecord, emptyRecord } from "../../scripts/convert/record.ts";
import { reasons, seed } from "./make.ts";

type Seeds = Record<string, string>;

/** One build: the seeds converted against the record, and the record it leaves. */
function build(seeds: Seeds, record: ArchiveRecord = emptyRecord): { articles: Article[]; record: ArchiveRecord } {
  const articles = convertSync(
    Object.entries(seeds).map(([path, text]) => seed(text, path)),
    pipeline,
    record,
  );
  return { articles, record: nextRecord(record, articles) };
}

const published = (articles: Article[]) =>
  Object.fromEntries(articles.filter(isPublished).map((article) => [article.seed.relativePath, { url: articleUrl(article), entered: article.entered }]));

const story = (headline: string, body = "The council met on Tuesday and voted for it.") => `${headline}\n\n${body}\n`;

describe("recorded addresses", () => {
  it("keeps an article's address when its headline is corrected, and says what the headline was", () => {
    const first = build({ "a.txt": story("Council approves library") });
    const second = build({ "a.txt": story("Council approves new library") }, first.record);
    const [article] = second.articles;
    expect(articleUrl(article!)).toBe(articleUrl(first.articles[0]!));
    expect(article?.corrected).toEqual({ previousHeadline: "Council approves library" });
    // The correction stays told in later builds, and the record keeps the headline the article had before.
    const third = build({ "a.txt": story("Council approves new library") }, second.record);
    expect(third.articles[0]?.corrected).toEqual({ previousHeadline: "Council approves library" });
    expect([...third.record.values()].map((entry) => [entry.headline, entry.corrected])).toEqual([
      ["Council approves new library", { previousHeadline: "Council approves library" }],
    ]);
  });

  it("marks a changed body corrected, with no previous headline", () => {
    const first = build({ "a.txt": story("Council approves library") });
    const second = build({ "a.txt": story("Council approves library", "The council voted on Wednesday.") }, first.record);
    expect(second.articles[0]?.corrected).toEqual({});
  });

  it("enters new articles after every recorded one, in the order of their paths, whatever order they are read in", () => {
    const first = build({ "m.txt": story("Council meets in the middle", "Members argued about roads.") });
    const seeds = {
      "z.txt": story("Council meets at last", "The mayor spoke about the harbour."),
      "m.txt": story("Council meets in the middle", "Members argued about roads."),
      "a.txt": story("Council meets at first", "Schools were on the agenda."),
    };
    expect(published(build(seeds, first.record).articles)).toMatchObject({
      "m.txt": { entered: 1 },
      "a.txt": { entered: 2 },
      "z.txt": { entered: 3 },
    });
    const reversed = Object.fromEntries(Object.entries(seeds).reverse());
    expect(published(build(reversed, first.record).articles)).toEqual(published(build(seeds, first.record).articles));
  });

  it("keeps a seed's address when it comes to pin an `id`", () => {
    const first = build({ "a.txt": story("Council approves library") });
    const pinned = build({ "a.txt": `---\nid: library\n---\n${story("Council approves library")}` }, first.record);
    expect(articleUrl(pinned.articles[0]!)).toBe(articleUrl(first.articles[0]!));
    expect([...pinned.record.values()].map((entry) => entry.article)).toEqual(["library"]);
  });

  it("never gives an address that an article has held to another, even after it left", () => {
    const suffixOfPath = createHash("sha256").update("news/library.txt").digest("hex").slice(0, 6);
    const first = build({ "news/library.txt": story("Council approves library") });
    const gone = build({}, first.record);
    const taker = build({ "b.txt": `---\nid: ${suffixOfPath}\n---\n${story("Council approves library", "Another story.")}` }, gone.record);
    expect(reasons(taker.articles[0]!)).toEqual([
      `/articles/council-approves-library-${suffixOfPath}/ was published for another article (news/library.txt), and an address belongs to the article that first held it; choose another \`id\``,
    ]);
  });

  it("publishes the copy that entered first when a byte-identical one is added, whatever their paths", () => {
    const first = build({ "z.txt": story("Council approves library") });
    const second = build({ "a.txt": story("Council approves library"), "z.txt": story("Council approves library") }, first.record);
    expect(published(second.articles)).toEqual(published(first.articles));
  });
});

describe("the next record", () => {
  const seeds: Seeds = { "keep.txt": story("Kept story"), "drop.txt": story("Dropped story", "Dropped body."), "twin.txt": story("Twin story", "Twin body.") };
  const first = build(seeds);
  const urlOf = (path: string) => published(first.articles)[path]?.url ?? "";
  const goneOf = (record: ArchiveRecord, path: string) => record.get(urlOf(path))?.gone;

  it("keeps a deleted seed's address, withdrawn", () => {
    const { "drop.txt": _, ...rest } = seeds;
    expect(goneOf(build(rest, first.record).record, "drop.txt")).toEqual({});
  });

  it("leads a renamed seed's old address to its new one", () => {
    const { "drop.txt": dropped, ...rest } = seeds;
    const renamed = build({ ...rest, "renamed.txt": dropped! }, first.record);
    expect(goneOf(renamed.record, "drop.txt")).toEqual({ movedTo: published(renamed.articles)["renamed.txt"]?.url });
  });

  it("leads the address of a seed merged into another, as its duplicate, to that one", () => {
    const merged = build({ ...seeds, "twin.txt": seeds["keep.txt"]! }, first.record);
    expect(goneOf(merged.record, "twin.txt")).toEqual({ movedTo: urlOf("keep.txt") });
  });

  it("gives a withdrawn article its address back when its seed returns", () => {
    const { "drop.txt": _, ...rest } = seeds;
    const back = build(seeds, build(rest, first.record).record);
    expect(published(back.articles)).toEqual(published(first.articles));
    expect(back.record).toEqual(first.record);
  });
});
