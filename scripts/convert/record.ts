// The archive's record: every address it has published, the article that holds each, and the
// order articles entered the archive. The build keeps it in the repository, so that neither a
// corrected headline nor a lost cache can move an article, and an address once published always answers.
import { z } from "zod";
import { articleSlug, isArticleUrl } from "../site/urls.ts";

/**
 * What an article is across builds: its pinned `id` if it has one, else its seed's path below
 * the seeds folder. An `id` has no dot and a seed's path ends in `.txt`, so the two never meet.
 */
export const identityOf = (seed: { relativePath: string }, id: string | undefined) => id ?? seed.relativePath;

/** The first 16 hex digits of a seed's SHA-256: what the record keeps to tell a correction or a copy. */
export const shortSha256 = (sha256: string) => sha256.slice(0, 16);

const entrySchema = z.strictObject({
  /** The address, e.g. `/articles/nato-chief-urges-europe-e4c07a/`. */
  url: z.string().refine(isArticleUrl, "not an article's address"),
  /** The article's place in the order articles entered the archive (1 is the first); ties go by address. */
  entered: z.number().int().positive(),
  /** Its identity (see `identityOf`). */
  article: z.string().min(1),
  /** The first 16 hex digits of its seed's SHA-256 when last built: a change is a correction. */
  sha256: z.string().regex(/^[0-9a-f]{16}$/),
  /** The headline it was last published under. */
  headline: z.string(),
  /** Set once the seed has changed since it entered the archive; with the headline it had before, if that changed. */
  corrected: z.strictObject({ previousHeadline: z.string().optional() }).optional(),
  /** Set once the article has left the archive: the address of the article it became, or none (withdrawn). */
  gone: z.strictObject({ movedTo: z.string().refine(isArticleUrl, "not an article's address").optional() }).optional(),
});

export type RecordEntry = z.infer<typeof entrySchema>;

/** The record, by address. */
export type ArchiveRecord = ReadonlyMap<string, RecordEntry>;

export const emptyRecord: ArchiveRecord = new Map();

/** A line of the record that cannot be read: the build names the file and line, and stops. */
export class RecordProblem extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Keys in this order, so the same record is always the same bytes. */
const keys = Object.keys(entrySchema.shape) as (keyof RecordEntry)[];

/**
 * A record file's text: one JSON object a line, keys in `keys`' order, sorted by address, so a
 * merge seldom conflicts and a diff reads line by line.
 */
export function writeLines<Entry extends { url: string }>(entries: Iterable<Entry>, keys: readonly (keyof Entry)[]): string {
  return [...entries]
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((entry) => `${JSON.stringify(Object.fromEntries(keys.flatMap((key) => (entry[key] === undefined ? [] : [[key, entry[key]]]))))}\n`)
    .join("");
}

/** The record file's text. */
export const writeRecord = (record: ArchiveRecord): string => writeLines(record.values(), keys);

/** Reads a record file's text by `schema`, by address; throws a `RecordProblem` naming the line that is not an entry, or repeats an address. */
export function readLines<Entry extends { url: string }>(text: string, schema: z.ZodType<Entry>): Map<string, Entry> {
  const record = new Map<string, Entry>();
  for (const [index, line] of text.split("\n").entries()) {
    // Lines left by a merge conflict are not entries: the message says how to resolve one.
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new RecordProblem(index + 1, conflictHint(line) ?? "not a JSON object; each line of the record is one entry");
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new RecordProblem(index + 1, z.prettifyError(parsed.error).replaceAll("\n", "; "));
    if (record.has(parsed.data.url)) throw new RecordProblem(index + 1, `${parsed.data.url} is recorded twice; keep one of the two lines`);
    record.set(parsed.data.url, parsed.data);
  }
  return record;
}

/** Reads the record file's text (see `readLines`). */
export const readRecord = (text: string): ArchiveRecord => readLines(text, entrySchema);

function conflictHint(line: string): string | undefined {
  if (!/^(<{7}|={7}|>{7})/.test(line)) return undefined;
  return "a merge conflict's marker: keep the lines of both sides (each is one address), delete the markers, and build again";
}

/** The slug of a recorded address. */
export const slugOf = (entry: RecordEntry) => articleSlug(entry.url);

/** The record's live entries by identity: the articles it holds now, or held before they left. */
export function byArticle(record: ArchiveRecord): Map<string, RecordEntry> {
  const found = new Map<string, RecordEntry>();
  for (const entry of record.values()) {
    const held = found.get(entry.article);
    // An article that left and came back under a new address has both; the live one is its address now.
    if (!held || (held.gone && !entry.gone)) found.set(entry.article, entry);
  }
  return found;
}

/** An address whose article has left the archive, and where it now leads: the article it became, or nowhere (withdrawn). */
export interface GoneAddress {
  url: string;
  movedTo?: string;
}

/** Every address whose article has left, each leading straight to where its article is now (never through another redirect). */
export function goneAddresses(record: ArchiveRecord): GoneAddress[] {
  const final = (url: string, seen: Set<string>): string | undefined => {
    const entry = record.get(url);
    if (!entry || seen.has(url)) return undefined;
    if (!entry.gone) return url;
    return entry.gone.movedTo === undefined ? undefined : final(entry.gone.movedTo, seen.add(url));
  };
  return [...record.values()]
    .filter((entry) => entry.gone)
    .map((entry) => ({ url: entry.url, movedTo: entry.gone?.movedTo === undefined ? undefined : final(entry.gone.movedTo, new Set([entry.url])) }))
    .sort((a, b) => (a.url < b.url ? -1 : 1));
}
