import { createHash } from "node:crypto";
import type { TopicInText } from "../../convert/article.ts";
import type { ReadTopics, TopicsRequest } from "../../convert/topics.ts";
import { KeptResults } from "../kept-results.ts";

const keyOf = (request: TopicsRequest) => createHash("sha256").update(JSON.stringify(request)).digest("base64url");

/**
 * Topics answered before, by the exact text they were read from: an unchanged seed (or one whose
 * change does not touch its text) is not read again. The converter's version is part of the
 * cache, so a change to the converter or its dependencies starts it afresh.
 */
export class TopicsCache {
  private constructor(private readonly kept: KeptResults<TopicInText[]>) {}

  /** Opens the cache file; a missing, unreadable or other version's file is an empty cache. */
  static async open(file: string, version: string): Promise<TopicsCache> {
    return new TopicsCache(await KeptResults.open<TopicInText[]>(file, version));
  }

  /** Reads topics from the cache, asking `read` only for what it does not hold; `found` hears how many it held. */
  around(read: ReadTopics, found: (count: number) => void = () => {}): ReadTopics {
    return async (requests) => {
      const keys = requests.map(keyOf);
      const missing = keys.flatMap((key, index) => (this.kept.has(key) ? [] : [index]));
      found(requests.length - missing.length);
      const answers = await read(missing.map((index) => requests[index] as TopicsRequest));
      missing.forEach((index, position) => {
        this.kept.set(keys[index] as string, answers[position] as TopicInText[]);
      });
      return keys.map((key) => this.kept.get(key) as TopicInText[]);
    };
  }

  /** Writes what this build used, whole or not at all (a killed build leaves the old file). */
  save(): Promise<void> {
    return this.kept.save();
  }
}
