// The record of every topic address the archive has published (content/topic-addresses.jsonl).
// A topic's address changes when the archive settles its name or kind anew (Liverpool the place
// becomes Liverpool the club, "George Bush" merges into "George W Bush"): the old address then
// leads to the new one, or says the topic is gone, and never answers 404.
import { z } from "zod";
import { topicUrl } from "../site/urls.ts";
import type { Article } from "./article.ts";
import { readLines, writeLines } from "./record.ts";
import { variantKey } from "./topics/archive-votes.ts";
import { topicKinds } from "./topics/kinds.ts";

const topicAddress = z.string().regex(/^\/topics\/(?:people|organizations|places)\/[^/?#\\]+\/$/, "not a topic's address");
const entrySchema = z.strictObject({
  /** The address, e.g. `/topics/places/liverpool/`. */
  url: topicAddress,
  /** The topic's name when last published. */
  name: z.string().min(1),
  /** Set once the topic is no longer published: the address it became, or none. */
  gone: z.strictObject({ movedTo: topicAddress.optional() }).optional(),
});

export type TopicEntry = z.infer<typeof entrySchema>;
export type TopicRecord = ReadonlyMap<string, TopicEntry>;

const keys = Object.keys(entrySchema.shape) as (keyof TopicEntry)[];

export const readTopicRecord = (text: string): TopicRecord => readLines(text, entrySchema);
export const writeTopicRecord = (record: TopicRecord): string => writeLines(record.values(), keys);

/** Every topic address the published articles have, with its name. */
export function topicAddresses(articles: readonly Article[]): Map<string, string> {
  const addresses = new Map<string, string>();
  for (const article of articles) {
    for (const kind of topicKinds) for (const topic of article.topics?.[kind] ?? []) addresses.set(topicUrl(kind, topic.slug), topic.name);
  }
  return addresses;
}

/** `/topics/places/liverpool/` → `liverpool`. */
const slugOf = (url: string) => url.split("/").at(-2) ?? "";

/**
 * The record after this build: every address published now, and every address published before
 * that is not, marked gone. A gone topic leads to the topic it became: the same name under another
 * kind (Liverpool the place → the club), else one spelling of it (George Bush → George W Bush), else nowhere.
 */
export function nextTopicRecord(previous: TopicRecord, now: ReadonlyMap<string, string>): TopicRecord {
  const bySlug = new Map<string, string[]>();
  const byVariant = new Map<string, string[]>();
  for (const [url, name] of [...now].sort(([a], [b]) => (a < b ? -1 : 1))) {
    bySlug.set(slugOf(url), [...(bySlug.get(slugOf(url)) ?? []), url]);
    byVariant.set(variantKey(name), [...(byVariant.get(variantKey(name)) ?? []), url]);
  }
  const next = new Map<string, TopicEntry>();
  for (const [url, name] of now) next.set(url, { url, name });
  for (const entry of previous.values()) {
    if (next.has(entry.url)) continue;
    const [movedTo] = [...(bySlug.get(slugOf(entry.url)) ?? []), ...(byVariant.get(variantKey(entry.name)) ?? [])];
    next.set(entry.url, { url: entry.url, name: entry.name, gone: movedTo === undefined ? {} : { movedTo } });
  }
  return next;
}

/** A topic address no longer published, and the topic it leads to, if any. */
export interface GoneTopic {
  url: string;
  name: string;
  movedTo?: string;
}

export const goneTopics = (record: TopicRecord): GoneTopic[] =>
  [...record.values()].flatMap((entry) =>
    entry.gone ? [{ url: entry.url, name: entry.name, ...(entry.gone.movedTo ? { movedTo: entry.gone.movedTo } : {}) }] : [],
  );
