import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Topics } from "../../convert/article.ts";
import type { ReadTopics, TopicsRequest } from "../../convert/topics.ts";
import { replaceFile } from "../publish.ts";

/** The file: the converter version it was written by, and each request's topics by the hash of the request. */
interface CacheFile {
  version: string;
  topics: Record<string, Topics>;
}

const keyOf = (request: TopicsRequest) => createHash("sha256").update(JSON.stringify(request)).digest("base64url");

/**
 * Topics answered before, by the exact text they were read from: an unchanged seed (or one whose
 * change does not touch its text) is not read again. The converter's version is part of the
 * cache, so a change to the converter or its dependencies starts it afresh.
 */
export class TopicsCache {
  /** What this build used: saving only these keeps the file the size of the archive. */
  private readonly used = new Map<string, Topics>();

  private constructor(
    private readonly file: string,
    private readonly version: string,
    private readonly known: Map<string, Topics>,
  ) {}

  /** Opens the cache file; a missing, unreadable or other version's file is an empty cache. */
  static async open(file: string, version: string): Promise<TopicsCache> {
    // A cache only saves time: one that cannot be read is rebuilt, and the build's output is the same.
    const saved = await readFile(file, "utf8")
      .then((text) => JSON.parse(text) as CacheFile)
      .catch(() => undefined);
    const known = saved?.version === version ? new Map(Object.entries(saved.topics)) : new Map<string, Topics>();
    return new TopicsCache(file, version, known);
  }

  /** Reads topics from the cache, asking `read` only for what it does not hold; `found` hears how many it held. */
  around(read: ReadTopics, found: (count: number) => void = () => {}): ReadTopics {
    return async (requests) => {
      const keys = requests.map(keyOf);
      const missing = keys.flatMap((key, index) => (this.known.has(key) ? [] : [index]));
      found(requests.length - missing.length);
      const answers = await read(missing.map((index) => requests[index] as TopicsRequest));
      missing.forEach((index, position) => {
        this.known.set(keys[index] as string, answers[position] as Topics);
      });
      return keys.map((key) => {
        const topics = this.known.get(key) as Topics;
        this.used.set(key, topics);
        return topics;
      });
    };
  }

  /** Writes what this build used, whole or not at all (a killed build leaves the old file). */
  async save(): Promise<void> {
    const saved: CacheFile = { version: this.version, topics: Object.fromEntries(this.used) };
    await replaceFile(this.file, JSON.stringify(saved));
  }
}
