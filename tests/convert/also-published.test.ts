import { describe, expect, it } from "vitest";
import { alsoPublished } from "../../scripts/convert/also-published.ts";
import { type Article, articleUrl } from "../../scripts/convert/article.ts";
import { allBefore, diagnostics, reasons, seed } from "./make.ts";
import { addedSentence, ferryFollowUps, ferryStory, otherStories, seedText } from "./stories.ts";

type Seeded = [content: string, relativePath: string];

const check = (seeds: Seeded[]) =>
  alsoPublished(
    allBefore(
      "near duplicates",
      seeds.map(([content, relativePath]) => seed(content, relativePath)),
    ),
  );

/** What the step marked on each article, by seed path, with URLs given as seed paths too. */
function marks(articles: Article[]) {
  const pathAt = new Map(articles.map((article) => [articleUrl(article), article.seed.relativePath]));
  const path = (url: string) => pathAt.get(url) ?? url;
  return Object.fromEntries(
    articles.map((article) => [
      article.seed.relativePath,
      { alsoPublishedAs: article.alsoPublishedAs?.map(path), repeatOf: article.repeatOf === undefined ? undefined : path(article.repeatOf) },
    ]),
  );
}

const find = (articles: Article[], relativePath: string) => articles.find((article) => article.seed.relativePath === relativePath)!;

/** A copy of the ferry story under its own headline, from its own source. */
const copy = (relativePath: string, headline: string, fields: { date?: string }, paragraphs = ferryStory): Seeded => [
  seedText(headline, paragraphs, { ...fields, source: `Paper ${relativePath}` }),
  relativePath,
];

describe("also published", () => {
  const corpus: Seeded[] = [
    copy("0-undated.txt", "Island Ferries to Sail Earlier From April", {}, [...ferryStory, addedSentence]),
    copy("a-later.txt", "Council Backs Earlier Ferry Crossings for Island Commuters", { date: "2025-03-03" }),
    [seedText(...ferryFollowUps[0]!), "follow-up.txt"],
    copy("z-first.txt", "Harbour Council Approves New Ferry Timetable", { date: "2025-03-02" }),
    ...otherStories.map(([headline, paragraphs], index): Seeded => [seedText(headline, paragraphs), `other-${index}.txt`]),
  ];
  const articles = check(corpus);

  it("links copies under a new headline or with a sentence added, and marks all but the earliest dated as its repeats", () => {
    expect(marks(articles)).toEqual({
      "z-first.txt": { alsoPublishedAs: ["a-later.txt", "0-undated.txt"], repeatOf: undefined },
      "a-later.txt": { alsoPublishedAs: ["z-first.txt", "0-undated.txt"], repeatOf: "z-first.txt" },
      "0-undated.txt": { alsoPublishedAs: ["z-first.txt", "a-later.txt"], repeatOf: "z-first.txt" },
      "follow-up.txt": { alsoPublishedAs: undefined, repeatOf: undefined },
      "other-0.txt": { alsoPublishedAs: undefined, repeatOf: undefined },
      "other-1.txt": { alsoPublishedAs: undefined, repeatOf: undefined },
      "other-2.txt": { alsoPublishedAs: undefined, repeatOf: undefined },
    });
  });

  it("returns the articles in the order given", () => {
    expect(articles.map((article) => article.seed.relativePath)).toEqual(corpus.map(([, relativePath]) => relativePath));
  });

  it("chooses the same first copy whatever order the seeds come in", () => {
    expect(marks(check([...corpus].reverse()))).toEqual(marks(articles));
    const { "z-first.txt": first, "a-later.txt": later, "0-undated.txt": undated, "other-1.txt": other } = marks(articles);
    expect(marks(check([corpus[3]!, corpus[0]!, corpus[5]!, corpus[1]!]))).toEqual({
      "z-first.txt": first,
      "0-undated.txt": undated,
      "other-1.txt": other,
      "a-later.txt": later,
    });
  });

  it("tells each repeat, as information, which seed lists and search show instead", () => {
    for (const repeat of ["a-later.txt", "0-undated.txt"]) {
      expect(diagnostics(find(articles, repeat))).toEqual([{ severity: "info", rule: "near-duplicate", line: 1 }]);
      expect(reasons(find(articles, repeat))).toEqual([expect.stringContaining("seeds/z-first.txt")]);
    }
  });

  it("says nothing about the first copy or about articles that are no copies", () => {
    for (const relativePath of ["z-first.txt", "follow-up.txt", "other-0.txt", "other-1.txt", "other-2.txt"]) {
      expect(diagnostics(find(articles, relativePath))).toEqual([]);
    }
  });

  it("puts a dated copy before an undated one, whatever their paths", () => {
    const found = check([copy("a.txt", "Undated Copy", {}), copy("b.txt", "Dated Copy", { date: "2025-03-09" })]);
    expect(marks(found)).toEqual({
      "a.txt": { alsoPublishedAs: ["b.txt"], repeatOf: "b.txt" },
      "b.txt": { alsoPublishedAs: ["a.txt"], repeatOf: undefined },
    });
  });

  it("breaks ties between copies of the same date, or with none, by seed path", () => {
    const sameDay = check([
      copy("c.txt", "Third Copy", { date: "2025-03-02" }),
      copy("b.txt", "Second Copy", { date: "2025-03-02" }),
      copy("a/z.txt", "First Copy", { date: "2025-03-02" }),
    ]);
    expect(marks(sameDay)).toEqual({
      "c.txt": { alsoPublishedAs: ["a/z.txt", "b.txt"], repeatOf: "a/z.txt" },
      "b.txt": { alsoPublishedAs: ["a/z.txt", "c.txt"], repeatOf: "a/z.txt" },
      "a/z.txt": { alsoPublishedAs: ["b.txt", "c.txt"], repeatOf: undefined },
    });
    const undated = check([copy("b.txt", "Second Copy", {}), copy("a.txt", "First Copy", {})]);
    expect(marks(undated)).toEqual({
      "b.txt": { alsoPublishedAs: ["a.txt"], repeatOf: "a.txt" },
      "a.txt": { alsoPublishedAs: ["b.txt"], repeatOf: undefined },
    });
  });

  // 00:30 at +05:00 on 2 April is 19:30 UTC on 1 April, half an hour before the other copy;
  // compared as text, "2025-04-01…" comes first.
  it("takes the copy published first when the dates are written with different offsets", () => {
    const found = check([
      copy("a.txt", "Evening Copy", { date: "2025-04-01T20:00:00Z" }),
      copy("b.txt", "Morning Copy", { date: "2025-04-02T00:30:00+05:00" }),
    ]);
    expect(marks(found)).toEqual({
      "a.txt": { alsoPublishedAs: ["b.txt"], repeatOf: "b.txt" },
      "b.txt": { alsoPublishedAs: ["a.txt"], repeatOf: undefined },
    });
  });
});

describe("alsoPublished with signatures remembered", () => {
  it("marks the same copies from remembered signatures as from signatures worked out anew", () => {
    const seeds: Seeded[] = [
      [seedText("Harbour Council Approves New Ferry Timetable", ferryStory, { date: "2025-03-02" }), "a.txt"],
      [seedText("Island Ferries to Sail Earlier From April", [...ferryStory, addedSentence]), "b.txt"],
      ...otherStories.map(([headline, paragraphs], index): Seeded => [seedText(headline, paragraphs), `other-${index}.txt`]),
    ];
    const kept = new Map<string, unknown>();
    const memory = { recall: (key: string) => kept.get(key), keep: (key: string, value: unknown) => void kept.set(key, value) };
    const articles = () =>
      allBefore(
        "near duplicates",
        seeds.map(([content, path]) => seed(content, path)),
      );
    const fresh = marks(alsoPublished(articles()));
    expect(marks(alsoPublished(articles(), { memory }))).toEqual(fresh);
    expect(kept.size).toBe(seeds.length);
    // From memory alone: a signature worked out again would be told apart by the spy.
    const recalled = marks(alsoPublished(articles(), { memory: { ...memory, keep: () => {} } }));
    expect(recalled).toEqual(fresh);
    expect(fresh["b.txt"]?.repeatOf).toBe("a.txt");
  });
});
