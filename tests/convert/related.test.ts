import { describe, expect, it } from "vitest";
import { type Article, articleUrl } from "../../scripts/convert/article.ts";
import { related, relatedCount } from "../../scripts/convert/related.ts";
import { allBefore, seed } from "./make.ts";
import { addedSentence, ferryFollowUps, ferryStory, otherStories, seedText } from "./stories.ts";

type Story = [headline: string, paragraphs: string[]];

/** Seeds of the ferry story's copies (the first dated earliest), then of the other stories, through the step. */
function check(copies: Story[], stories: Story[]): Article[] {
  const copySeeds = copies.map(([headline, paragraphs], index) =>
    seed(seedText(headline, paragraphs, { date: `2025-03-${String(index + 1).padStart(2, "0")}`, source: `Paper ${index}` }), `copy-${index}.txt`),
  );
  const storySeeds = stories.map(([headline, paragraphs], index) => seed(seedText(headline, paragraphs), `story-${index}.txt`));
  return related(allBefore("related", [...copySeeds, ...storySeeds]));
}

const find = (articles: Article[], relativePath: string) => articles.find((article) => article.seed.relativePath === relativePath)!;
const urlOf = (articles: Article[], relativePath: string) => articleUrl(find(articles, relativePath));
/** An article's related articles, as seed paths. */
const relatedPaths = (articles: Article[], relativePath: string) =>
  (find(articles, relativePath).related ?? []).map((url) => articles.find((article) => articleUrl(article) === url)?.seed.relativePath ?? url);

const copies: Story[] = [
  ["Harbour Council Approves New Ferry Timetable", ferryStory],
  ["Council Backs Earlier Ferry Crossings for Island Commuters", ferryStory],
  ["Island Ferries to Sail Earlier From April", [...ferryStory, addedSentence]],
];

describe("related", () => {
  const articles = check(copies, [...ferryFollowUps, ...otherStories]);
  const followUps = ferryFollowUps.map((_, index) => `story-${index}.txt`);
  const repeats = ["copy-1.txt", "copy-2.txt"];

  it("runs on copies the step before marked as repeats of the first", () => {
    expect(articles.map((article) => article.repeatOf)).toEqual([
      undefined,
      ...repeats.map(() => urlOf(articles, "copy-0.txt")),
      ...followUps.map(() => undefined),
      ...otherStories.map(() => undefined),
    ]);
  });

  // Each follow-up shares the subject with five other follow-ups and the ferry story.
  it(`lists ${relatedCount} related articles where more share the subject`, () => {
    for (const followUp of followUps) expect(relatedPaths(articles, followUp)).toHaveLength(relatedCount);
  });

  it("never lists an article as related to itself or to a copy of itself", () => {
    for (const article of articles) {
      const own = [articleUrl(article), ...(article.alsoPublishedAs ?? [])];
      expect(article.related?.filter((url) => own.includes(url))).toEqual([]);
    }
  });

  it("lists a story by its first copy, never by a repeat", () => {
    const repeatUrls = repeats.map((repeat) => urlOf(articles, repeat));
    expect(articles.flatMap((article) => article.related ?? []).filter((url) => repeatUrls.includes(url))).toEqual([]);
    expect(relatedPaths(articles, "story-0.txt")).toContain("copy-0.txt");
  });

  it("puts an article about the same subject above articles about other things", () => {
    const few = check(copies.slice(0, 1), [ferryFollowUps[0]!, ...otherStories]);
    expect(relatedPaths(few, "story-0.txt")[0]).toBe("copy-0.txt");
    expect(relatedPaths(few, "copy-0.txt")[0]).toBe("story-0.txt");
  });

  it("lists nothing for an article that shares no word with another", () => {
    // The other stories relate to each other, so an empty list is the quokka story's alone.
    const alone = check([], [["Quokka Census", ["Rottnest rangers tallied marsupials."]], ...otherStories]);
    expect(relatedPaths(alone, "story-0.txt")).toEqual([]);
    expect(relatedPaths(alone, "story-1.txt")).not.toContain("story-0.txt");
    expect(relatedPaths(alone, "story-1.txt")).not.toEqual([]);
  });

  // A story republished ten times: its copies, the articles most like it, must not crowd the
  // follow-ups that share its subject out of its list (they once filled the candidates and were dropped).
  it("still lists related articles for a story with many copies", () => {
    const many = check(
      Array.from({ length: 11 }, (_, index): Story => [`Ferry Timetable Story, Edition ${index + 1}`, ferryStory]),
      [...ferryFollowUps, ...otherStories],
    );
    expect(find(many, "copy-1.txt").repeatOf).toBe(urlOf(many, "copy-0.txt"));
    expect(relatedPaths(many, "copy-0.txt")).toHaveLength(relatedCount);
    expect(relatedPaths(many, "copy-0.txt").filter((path) => !followUps.includes(path))).toEqual([]);
    expect(relatedPaths(many, "story-2.txt")).toHaveLength(relatedCount);
  });
});
