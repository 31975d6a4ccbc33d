import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type GeneratedSeed, generateSeeds, type SourceArticle } from "../../scripts/bench/generated-seeds.ts";
import { readSourceArticles, sourceArticles } from "../../scripts/bench/source-articles.ts";
import { severityOf } from "../../scripts/convert/diagnostics.ts";
import { convertSync, pipeline } from "../../scripts/convert/pipeline.ts";
import { readSeeds } from "../../scripts/stages/seed-files.ts";

// Research-only corpora, read in place from ../shared and never copied into the repository.
const corpora = resolve(import.meta.dirname, "../..", "../shared/corpus");
const present = existsSync(corpora);
if (!present) console.warn(`Skipping the generated-corpus conversion: ${corpora} is not here (the corpora live beside the project, in ../shared/corpus).`);

const sources: SourceArticle[] = [
  {
    headline: "Council plan to close library sparks row",
    source: "Town Crier",
    section: "Local",
    paragraphs: [
      "A plan to close the library on Mill Street has angered residents, who say the council gave them two weeks' notice.",
      "Councillor Ann Price said the building needed repairs the council could not afford this year.",
      "More than 400 people have signed a petition asking for the decision to be put off until the spring.",
      "The library lends about 30,000 books a year and runs a homework club on weekday evenings.",
      "A public meeting is due to be held at the town hall on Thursday.",
    ],
  },
  {
    headline: "Harbour Board reports rise in profits",
    source: "Town Crier",
    section: "Local",
    paragraphs: [
      "Profits at the Harbour Board rose by a fifth last year as more cruise ships called at the port.",
      "Chief executive Tom Reyes said the new quay had paid for itself within three years.",
      "The board plans to dredge the channel so that larger ships can berth at low tide.",
      "Fishermen say the dredging will disturb the oyster beds that Mill Street traders rely on.",
    ],
  },
  {
    headline: "Rovers win the county cup",
    source: "Town Crier",
    section: "Sport",
    paragraphs: [
      "Rovers won the county cup for the first time in twelve years with a 2-1 victory over Albion.",
      "Striker Dan Okafor scored both goals, the second a header in the last minute.",
      "Manager Sue Blake said the squad had earned the trophy with a season of hard work.",
      "About 3,000 supporters made the trip to the final at Westfield.",
    ],
  },
  {
    headline: "Albion sack manager after cup defeat",
    source: "Town Crier",
    section: "Sport",
    paragraphs: [
      "Albion have sacked manager Phil Grant two days after the county cup final defeat by Rovers.",
      "The club said in a statement that results had fallen short of what the board expected.",
      "Coach Lee Marsh will take charge of the team for Saturday's league match at home.",
      "Grant had been in the job for eighteen months and signed eleven players.",
      "Supporters' groups had called for a change after a run of five defeats.",
    ],
  },
];

// Finding topics takes three quarters of a conversion and reports nothing, so these tests leave it out.
const withoutTopics = pipeline.filter(([name]) => !name.startsWith("topic"));
const asSeed = ({ relativePath, text }: GeneratedSeed) => ({ path: `seeds/${relativePath}`, relativePath, bytes: new TextEncoder().encode(text) });

const sourceParagraphs = new Set(sources.flatMap((source) => source.paragraphs));

/** A generated seed's parts: front matter keys, headline, paragraphs. */
function parts(seed: GeneratedSeed) {
  const match = /^---\n([\s\S]*?)\n---\n([^\n]+)\n\n([\s\S]*)\n$/.exec(seed.text);
  if (!match) throw new Error(`not a seed with front matter, a headline and a body:\n${seed.text}`);
  const [, frontMatter = "", headline = "", body = ""] = match;
  const fields = Object.fromEntries(frontMatter.split("\n").map((line) => line.split(/: (.*)/).slice(0, 2)));
  return { fields, headline, paragraphs: body.split("\n\n") };
}

describe("generateSeeds", () => {
  const seeds = [...generateSeeds(sources, 400)];

  it("makes exactly `count` seeds, the same each time, each a smaller corpus the start of a larger", () => {
    expect(seeds).toHaveLength(400);
    expect([...generateSeeds(sources, 400)]).toEqual(seeds);
    expect([...generateSeeds(sources, 50)].map((seed) => seed.text)).toEqual(seeds.slice(0, 50).map((seed) => seed.text));
    expect([...generateSeeds(sources, 0)]).toEqual([]);
  });

  it("gives each seed its own path, in a month folder that matches its date", () => {
    expect(new Set(seeds.map((seed) => seed.relativePath)).size).toBe(seeds.length);
    expect(seeds[0]?.relativePath).toMatch(/^20(1[5-9]|2[0-4])\/(0[1-9]|1[0-2])\/000001\.txt$/);
    for (const seed of seeds) {
      const { date } = parts(seed).fields;
      expect(date).toMatch(/^20(1[5-9]|2[0-4])-\d\d-\d\dT(0[6-9]|1\d|2[01]):[0-5]\d:00Z$/);
      expect(seed.relativePath.slice(0, 8)).toBe(`${date?.slice(0, 4)}/${date?.slice(5, 7)}/`);
    }
  });

  it("starts with its lead's headline, a word or two changed at most, and its lead's source and section", () => {
    const changed = seeds.filter((seed) => {
      const { fields, headline, paragraphs } = parts(seed);
      const lead = sources.find((source) => source.paragraphs[0] === paragraphs[0]);
      expect(lead, "the body opens with a source's opening paragraph").toBeDefined();
      expect([fields.source, fields.section]).toEqual([JSON.stringify(lead?.source), JSON.stringify(lead?.section)]);
      const [words, leadWords] = [headline.split(" "), lead?.headline.split(" ") ?? []];
      const differing = words.filter((word, index) => word !== leadWords[index]).length;
      expect(headline.startsWith(lead?.headline ?? "\0") || (words.length === leadWords.length && differing <= 2), headline).toBe(true);
      return headline !== lead?.headline;
    });
    expect(changed.length).toBeGreaterThan(seeds.length / 2);
  });

  it("uses the sources' paragraphs unchanged, 4 to 12 of them, mixed so that no seed is a near-copy of a source", () => {
    for (const seed of seeds) {
      const { paragraphs } = parts(seed);
      expect(paragraphs.length).toBeGreaterThanOrEqual(4);
      expect(paragraphs.length).toBeLessThanOrEqual(12);
      expect(paragraphs.filter((paragraph) => !sourceParagraphs.has(paragraph))).toEqual([]);
      expect(new Set(paragraphs).size).toBe(paragraphs.length);
      for (const source of sources) {
        const shared = paragraphs.filter((paragraph) => source.paragraphs.includes(paragraph)).length;
        expect(shared / (paragraphs.length + source.paragraphs.length - shared)).toBeLessThan(0.7);
      }
    }
  });

  it("never writes two identical seeds", () => {
    expect(new Set(seeds.map((seed) => seed.text)).size).toBe(seeds.length);
  });

  it("reads back through the converter as generated: headline, paragraphs, date, source and section", () => {
    for (const seed of seeds.slice(0, 60)) {
      const [article] = convertSync([asSeed(seed)], withoutTopics);
      const { fields, headline, paragraphs } = parts(seed);
      expect(article?.file.messages.map((message) => message.reason)).toEqual([]);
      expect(article?.headline?.text).toBe(headline);
      expect(article?.paragraphs.map((paragraph) => paragraph.text)).toEqual(paragraphs);
      const { published, source, section } = article?.metadata ?? {};
      expect([published, source, section]).toEqual([fields.date, JSON.parse(fields.source ?? ""), JSON.parse(fields.section ?? "")]);
    }
  });

  it("refuses a count that is not a whole number, and sources with nothing to draw from", () => {
    expect(() => generateSeeds(sources, -1).next()).toThrow(RangeError);
    expect(() => generateSeeds(sources, 1.5).next()).toThrow(RangeError);
    expect(() => generateSeeds([{ headline: "Only a headline", paragraphs: [] }], 1).next()).toThrow(RangeError);
  });
});

describe("sourceArticles", () => {
  it("reads seeds as the converter does, keeping prose paragraphs only and leaving out seeds without a headline line", async () => {
    const folder = resolve(import.meta.dirname, "../fixtures/seeds");
    const seeds = await readSeeds(folder, ["near-copy-first.txt", "single-line.txt", "wire-hard-wrapped.txt"]);
    const read = sourceArticles(seeds, (seed) => ({ source: "Fixtures", section: seed.relativePath }));
    expect(read.map(({ headline, source, section }) => [headline, source, section])).toEqual([
      ["Harbour Council Approves New Ferry Timetable", "Fixtures", "near-copy-first.txt"],
      ["HARBOUR AUTHORITY SETS NEW TOLLS FOR 1988", "Fixtures", "wire-hard-wrapped.txt"],
    ]);
    expect(read[1]?.paragraphs).toEqual([
      "The harbour authority said it will raise tolls for container ships by eight pct from January, its first increase since 1984.",
      "The authority said the rise reflects higher dredging costs and the long-term cost of the new northern quay.",
      "Shipping lines said they would study the proposal before commenting.",
    ]);
  });
});

describe.skipIf(!present)(`seeds generated from ${corpora}`, () => {
  it("convert without an error or warning, and are neither copies nor near-copies of each other", async () => {
    const { sources: real } = await readSourceArticles();
    const articles = convertSync([...generateSeeds(real, 300)].map(asSeed), withoutTopics);
    const problems = articles.flatMap((article) =>
      article.file.messages.filter((message) => severityOf(message) !== "info").map((message) => `${article.seed.path}: ${message.reason}`),
    );
    expect(problems).toEqual([]);
    expect(articles.every((article) => article.metadata?.published !== undefined && article.metadata.source !== undefined)).toBe(true);
    expect(articles.filter((article) => article.repeatOf !== undefined || article.duplicateOf !== undefined).length).toBeLessThanOrEqual(300 * 0.02);
  });
});
