import { stringify } from "yaml";
import { longestHeadline } from "../convert/headline.ts";
import { cutSlug, longestSlug } from "../convert/permalink.ts";
import { suppliedMetadataSchema } from "../convert/schema.ts";
import { slugWords } from "../convert/slug.ts";

/** What an editor states about a hand-entered article before writing its text. */
export interface SeedFacts {
  headline: string;
  /** `YYYY-MM-DD`, or a date-time with offset: whatever the seed's `date:` accepts. */
  date: string;
  source?: string;
  section?: string;
  author?: string;
  url?: string;
}

type OptionalFact = Exclude<keyof SeedFacts, "headline" | "date">;
const optionalFacts: OptionalFact[] = ["source", "section", "author", "url"];

export const placeholder = "Replace this line with the article's paragraphs, each separated from the next by a blank line.";

const hasLetter = /\p{L}/u;
/** The converter collapses a headline's whitespace too; a newline in it would start the body. */
const oneLine = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

const hints: Record<"date" | OptionalFact, string> = {
  date: "use a calendar date, YYYY-MM-DD",
  source: "use 1 to 300 characters",
  section: "use 1 to 300 characters",
  author: "use 1 to 300 characters",
  url: "use a full http:// or https:// address",
};

/**
 * The facts as the seed's front matter will read them, or why one cannot be used. Each value is
 * checked by the converter's own front-matter schema, so the skeleton never holds a value the
 * build would ignore with a warning.
 */
export function seedFacts(given: SeedFacts): { facts: SeedFacts } | { problem: string } {
  const headline = oneLine(given.headline);
  if (headline === "") return { problem: "the headline is empty; give the article's headline, in quotes" };
  if (!hasLetter.test(headline)) return { problem: `the headline "${headline}" has no letters; the converter needs a headline with words` };
  if (!suppliedMetadataSchema.shape.title.safeParse(headline).success) {
    return { problem: `the headline is ${headline.length} characters long; shorten it to 300 or fewer` };
  }
  const facts: SeedFacts = { headline, date: given.date };
  for (const key of ["date", ...optionalFacts] as const) {
    const value = given[key];
    if (value === undefined) continue;
    const checked = suppliedMetadataSchema.shape[key].safeParse(value);
    if (!checked.success || checked.data === undefined) return { problem: `--${key} ${JSON.stringify(value)} cannot be used; ${hints[key]}` };
    facts[key] = checked.data;
  }
  return { facts };
}

/**
 * The seed's file name: its headline's URL words, cut at a word to the URL's length. 80 characters
 * of any script but the rarest take at most 240 bytes, under file systems' 255-byte name limit.
 */
export const seedFileName = (headline: string) => `${cutSlug(slugWords(headline), longestSlug)}.txt`;

/**
 * The text of a new seed: front matter, the headline line, and a placeholder for the body.
 *
 * `title:` is left out because the converter takes the first line with letters as the headline, so
 * it would say the headline twice, and an editor who later fixed only one of them would find the
 * front-matter `title` winning and the corrected line published as the first paragraph. Only a
 * headline too long to be read as a headline line needs `title:`; the converter then drops the
 * line, as it matches the title.
 */
export function seedSkeleton(facts: SeedFacts): string {
  const headline = oneLine(facts.headline);
  const frontMatter: Record<string, string> = headline.length > longestHeadline ? { title: headline } : {};
  frontMatter.date = facts.date;
  for (const key of optionalFacts) {
    const value = facts[key];
    if (value !== undefined) frontMatter[key] = value;
  }
  // No folding: one `key: value` line each keeps the block easy to edit by hand.
  const yaml = stringify(frontMatter, { lineWidth: 0 });
  return `---\n${yaml}---\n${headline}\n\n${placeholder}\n`;
}
