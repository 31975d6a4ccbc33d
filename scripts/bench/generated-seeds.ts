// A seed corpus of any size for the benchmark, made from paragraphs of real articles.
import { existsSync } from "node:fs";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { readSourceArticles } from "./source-articles.ts";

/** A real article to draw from. Generated articles keep its source and section, and mix paragraphs only within them. */
export interface SourceArticle {
  headline: string;
  paragraphs: string[];
  source?: string;
  section?: string;
}

export interface GeneratedSeed {
  /** Below the seeds folder, with `/` separators: `2019/03/000123.txt`. */
  relativePath: string;
  text: string;
}

const fewestParagraphs = 4;
const mostParagraphs = 12;
const firstYear = 2015;
const years = 10;
const seedsPerFolder = 1000;
/** The converter's limit: a longer first line is read as a paragraph, not a headline. */
const longestHeadline = 160;

/** mulberry32: a tiny, well-mixed PRNG, so the same inputs always give the same corpus. */
function randomNumbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const below = (random: Random, limit: number) => Math.floor(random() * limit);
const pick = <T>(random: Random, items: readonly T[]): T => items[below(random, items.length)] as T;

// Headline words with same-meaning stand-ins, so a story re-told from other paragraphs gets its own headline.
const alternatives = new Map(
  (
    "rise climb|rises climbs|cut trim|cuts trims|boost lift|boosts lifts|profits earnings|firm company|firms companies|" +
    "talks negotiations|new fresh|fall drop|falls drops|row dispute clash|film movie|buys acquires|buy acquire|bid offer|" +
    "raises ups|sees expects forecasts|stake holding|completes closes|election poll|growth expansion|shares stock|" +
    "warns cautions|chief head boss|fears concerns|probe inquiry|gets receives|big major|biggest largest|quits resigns|" +
    "unveils launches|reveals discloses|urges presses|backs supports|attack assault|awards prizes|plan proposal|" +
    "deal agreement|star celebrity|sets declares|payout dividend|record best"
  )
    .split("|")
    .flatMap((group) => group.split(" ").map((word, _, words) => [word, words.filter((other) => other !== word)] as const)),
);
const endings = [", officials say", ", report says", ", sources say", " again"];

function inCaseOf(model: string, word: string): string {
  if (model === model.toUpperCase()) return word.toUpperCase();
  return /^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** The lead article's headline with a word or two changed, or an ending added where no word has a stand-in. */
function variedHeadline(headline: string, random: Random): string {
  let changed = false;
  const varied = headline.replace(/\p{L}+/gu, (word) => {
    const choices = alternatives.get(word.toLowerCase());
    if (!choices || random() < 0.5) return word;
    changed = true;
    return inCaseOf(word, pick(random, choices));
  });
  if (changed || random() < 0.5) return varied;
  const ending = inCaseOf(headline, pick(random, endings));
  return (varied + ending).length <= longestHeadline ? varied + ending : varied;
}

const dayMilliseconds = 86_400_000;
const firstDay = Date.UTC(firstYear, 0, 1);
const days = (Date.UTC(firstYear + years, 0, 1) - firstDay) / dayMilliseconds;

/** A moment in the archive's ten years, in newsroom hours (06:00 to 22:00 UTC). */
function publication(random: Random): string {
  const minutes = 6 * 60 + below(random, 16 * 60);
  return new Date(firstDay + below(random, days) * dayMilliseconds + minutes * 60_000).toISOString().replace(".000Z", "Z");
}

/** Capitalised words inside sentences: the people, places and firms an article is about. */
const namePattern = /(?<=\p{Ll}[,;]? )\p{Lu}[\p{L}'’-]+/gu;
const closestCount = 30;

/** What a lead's story goes on with: articles about the same people and firms, and any of its source and section. */
interface Donors {
  related: SourceArticle[];
  all: SourceArticle[];
}

/**
 * For each article, the others of its group that share the most names with it. A name in more
 * than 5% of the group (`Monday`, `Mr`) says nothing about what an article is about.
 */
function relatedArticles(group: SourceArticle[]): SourceArticle[][] {
  const names = group.map((article) => new Set(`${article.headline}\n${article.paragraphs.join("\n")}`.match(namePattern)));
  const holders = new Map<string, number[]>();
  names.forEach((found, index) => {
    for (const name of found) {
      const holding = holders.get(name);
      if (holding) holding.push(index);
      else holders.set(name, [index]);
    }
  });
  const common = Math.max(3, group.length * 0.05);
  return names.map((found, index) => {
    const shared = new Map<number, number>();
    for (const name of found) {
      const holding = holders.get(name) ?? [];
      if (holding.length <= common) for (const other of holding) if (other !== index) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const closest = [...shared].sort(([a, many], [b, more]) => more - many || a - b).slice(0, closestCount);
    return closest.length > 0 ? closest.map(([other]) => group[other] as SourceArticle) : group;
  });
}

function donorsByLead(sources: SourceArticle[]): Map<SourceArticle, Donors> {
  const groups = new Map<string, SourceArticle[]>();
  for (const source of sources) {
    const key = `${source.source ?? ""}\n${source.section ?? ""}`;
    const group = groups.get(key);
    if (group) group.push(source);
    else groups.set(key, [source]);
  }
  const donors = new Map<SourceArticle, Donors>();
  let relatedToAny: SourceArticle[][] | undefined;
  for (const group of groups.values()) {
    // An article alone in its source and section draws on every source.
    const all = group.length > 1 ? group : sources;
    if (all === sources) relatedToAny ??= relatedArticles(sources);
    const related = (all === sources ? relatedToAny : undefined) ?? relatedArticles(all);
    const position = new Map(all.map((article, index) => [article, index]));
    for (const lead of group) donors.set(lead, { related: related[position.get(lead) ?? -1] ?? all, all });
  }
  return donors;
}

/** Words in each source paragraph, counted once: a body is weighed word by word many times over. */
type WordCounts = Map<string, number>;
const wordCounts = (sources: SourceArticle[]): WordCounts =>
  new Map(sources.flatMap((source) => source.paragraphs.map((paragraph) => [paragraph, paragraph.split(" ").length])));

/**
 * The body, about as long as the lead: its opening paragraph, then single paragraphs (never a donor's
 * own opening) from related articles and, as often, from any of the same source and section, so that
 * articles with one lead do not keep drawing on the same few paragraphs. No paragraph is more than a
 * quarter of the length aimed at (a long opening makes a longer article), so two articles are
 * near-copies (Jaccard 0.7 over 5-word shingles: some 82% of their words in common) only if they
 * share most of their paragraphs, and none is a near-copy of a source.
 */
function body(lead: SourceArticle, donors: Donors, counts: WordCounts, random: Random): string[] {
  const wordsIn = (paragraph: string) => counts.get(paragraph) ?? 0;
  const [opening = ""] = lead.paragraphs;
  const length = Math.max(
    lead.paragraphs.reduce((sum, paragraph) => sum + wordsIn(paragraph), 0),
    4 * wordsIn(opening),
  );
  const chosen = [opening];
  const used = new Set(chosen);
  let words = wordsIn(opening);
  const unfinished = () => chosen.length < mostParagraphs && (words < length || chosen.length < fewestParagraphs);
  // After the first hundred tries a long paragraph is taken too, so a lead among long paragraphs still gets a body.
  for (let attempt = 0; attempt < 200 && unfinished(); attempt++) {
    const donor = pick(random, random() < 0.5 ? donors.related : donors.all);
    const paragraph = donor.paragraphs[donor.paragraphs.length > 1 ? 1 + below(random, donor.paragraphs.length - 1) : 0] ?? "";
    if (donor === lead || paragraph === "" || used.has(paragraph) || (wordsIn(paragraph) > length / 4 && attempt < 100)) continue;
    chosen.push(paragraph);
    used.add(paragraph);
    words += wordsIn(paragraph);
  }
  return chosen;
}

/**
 * `count` seeds made from the source articles, one at a time. Seed `n` depends only on the
 * sources and `n`, so a smaller corpus is the start of a larger one (paths and folders aside).
 */
export function* generateSeeds(sources: SourceArticle[], count: number): Generator<GeneratedSeed> {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number of seeds, not ${count}`);
  const usable = sources.filter((source) => source.paragraphs.length > 0 && source.headline.trim() !== "");
  if (count > 0 && usable.length === 0) throw new RangeError("generateSeeds needs at least one source article with a headline and a paragraph");
  const donors = donorsByLead(usable);
  const counts = wordCounts(usable);
  const width = Math.max(6, String(count).length);
  // A month folder holds count / 120 seeds; past 1,000 a folder, days get folders too.
  const byDay = count / (years * 12) > seedsPerFolder;
  for (let index = 0; index < count; index++) {
    const random = randomNumbers(Math.imul(index + 1, 0x9e3779b1) ^ 0x5bd1e995);
    const lead = pick(random, usable);
    const paragraphs = body(lead, donors.get(lead) ?? { related: usable, all: usable }, counts, random);
    const headline = variedHeadline(lead.headline, random);
    const date = publication(random);
    const folder = byDay ? date.slice(0, 10).replaceAll("-", "/") : date.slice(0, 7).replace("-", "/");
    const frontMatter = [`date: ${date}`, `source: ${JSON.stringify(lead.source ?? "Broadsheet")}`, `section: ${JSON.stringify(lead.section ?? "News")}`];
    yield {
      relativePath: `${folder}/${String(index + 1).padStart(width, "0")}.txt`,
      text: `---\n${frontMatter.join("\n")}\n---\n${headline}\n\n${paragraphs.join("\n\n")}\n`,
    };
  }
}

/** Enough writes in flight to keep the disk busy, few enough to stay far below the open-file limit. */
const writesAtOnce = 64;

/**
 * Writes `count` generated seeds below `folder`, which must be new or empty so that no seeds of an
 * earlier run are measured with them. `from` says which articles they were made from.
 */
export async function writeGeneratedSeeds(folder: string, count: number): Promise<{ written: number; from: string }> {
  if (existsSync(folder) && (await readdir(folder)).length > 0) throw new Error(`${folder} is not empty; generated seeds go into a new or empty folder`);
  const { sources, from } = await readSourceArticles();
  const seeds = generateSeeds(sources, count);
  const folders = new Map<string, Promise<unknown>>();
  let written = 0;
  // Every writer pulls from the one generator, so only the seeds being written are in memory.
  const writer = async () => {
    for (const seed of seeds) {
      const path = join(folder, seed.relativePath);
      const made = folders.get(dirname(path)) ?? mkdir(dirname(path), { recursive: true });
      folders.set(dirname(path), made);
      await made;
      await writeFile(path, seed.text);
      written++;
    }
  };
  await Promise.all(Array.from({ length: writesAtOnce }, writer));
  return { written, from };
}
