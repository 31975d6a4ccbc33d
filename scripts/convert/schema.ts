import { z } from "zod";

const text = z.string().trim().min(1).max(300);

/**
 * What a seed may say about itself in a leading YAML block. Nothing else is accepted:
 * in particular no key that steers Eleventy (`permalink`, `layout`, `eleventyComputed`, …).
 */
export const suppliedMetadataSchema = z.strictObject({
  title: text.optional(),
  date: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
  source: text.optional(),
  section: text.optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
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
});
const articleUrl = z.string().regex(/^\/articles\/[^/?#\\]+\/$/);

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
