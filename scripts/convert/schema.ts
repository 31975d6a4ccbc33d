import { z } from "zod";
import { isArticleUrl } from "../site/urls.ts";
import { controls, noncharacters } from "./lines.ts";

/** YAML escapes (`"\uFFFF"`, `"\x01"`) can write what the lines step removes from the text itself. */
const withoutStrays = (value: string) => value.search(controls) < 0 && value.search(noncharacters) < 0;
const strayMessage = "remove the control characters and Unicode noncharacters (such as U+FFFF) it holds: they are not text";

const text = z.string().trim().min(1).max(300).refine(withoutStrays, strayMessage);

/** RFC 3339 (and so Atom and JSON-LD) writes a year in four digits: the instant, in UTC, must fall in 0001–9999. */
function inFourDigitYears(value: string): boolean {
  const year = new Date(value.length === 10 ? `${value}T00:00:00Z` : value).getUTCFullYear();
  return year >= 1 && year <= 9999;
}

/**
 * What a seed may say about itself in a leading YAML block. Nothing else is accepted:
 * in particular no key that steers Eleventy (`permalink`, `layout`, `eleventyComputed`, …).
 */
export const suppliedMetadataSchema = z.strictObject({
  title: text.optional(),
  date: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })])
    .refine(inFourDigitYears, "use a date in the years 0001 to 9999 (in UTC), as RFC 3339 requires")
    .optional(),
  source: text.optional(),
  section: text.optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .refine(withoutStrays, strayMessage)
    .optional(),
  author: text.optional(),
  tags: z.array(text).max(50).optional(),
  /** Pins the article's URL, so that renaming the seed file keeps it. */
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,31}$/, "use 1–32 lowercase letters, digits and hyphens")
    .optional(),
});

export type SuppliedMetadata = z.infer<typeof suppliedMetadataSchema>;
export const suppliedKeys = Object.keys(suppliedMetadataSchema.shape);

const topic = z.strictObject({
  name: z.string().min(1),
  slug: z.string().regex(/^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u),
  mentions: z.number().int().positive(),
  written: z.array(z.string().min(1)).optional(),
  descriptor: z.strictObject({ text: z.string().min(1), paragraph: z.number().int().positive() }).optional(),
});
const articleUrl = z.string().refine(isArticleUrl, "not an article's address");

const removedLine = z.strictObject({ line: z.number().int().positive(), text: z.string(), rule: z.string() });

/**
 * The front matter of a converted article: the contract between the converter and the
 * layouts. Keys are written in this order; layouts read only these.
 */
export const frontMatterSchema = z.strictObject({
  title: z.string().min(1),
  displayTitle: z.string().min(1).optional(),
  description: z.string(),
  source: z.string().optional(),
  section: z.string().optional(),
  published: z.string().optional(),
  author: z.string().optional(),
  originalUrl: z.string().optional(),
  keywords: z.array(z.string()),
  language: z.string().optional(),
  wordCount: z.number().int().nonnegative(),
  readingMinutes: z.number().int().positive(),
  agencyFeed: z.boolean(),
  people: z.array(topic),
  organizations: z.array(topic),
  places: z.array(topic),
  /** The articles most like this one, best first. */
  related: z.array(articleUrl),
  /** Near-copies of this article published from other seeds. */
  alsoPublishedAs: z.array(articleUrl),
  /** Set on every near-copy but one: the article that lists show in its place. */
  repeatOf: articleUrl.optional(),
  /** The article's place in the order articles entered the archive (1 is the first). */
  entered: z.number().int().positive(),
  /** Set when the seed changed after the article entered the archive; with the headline it had before, if that changed. */
  corrected: z.strictObject({ previousHeadline: z.string().optional() }).optional(),
  seed: z.strictObject({
    file: z.string(),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    encoding: z.string(),
  }),
  furniture: z.array(removedLine),
  permalink: articleUrl,
  layout: z.literal("article.njk"),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
