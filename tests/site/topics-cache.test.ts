import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TopicInText } from "../../scripts/convert/article.ts";
import type { TopicsRequest } from "../../scripts/convert/topics.ts";
import { TopicsCache } from "../../scripts/stages/reading-topics/cache.ts";

const request = (headline: string): TopicsRequest => ({ headline, body: `${headline} body.`, english: true });
const topicsFor = (request: TopicsRequest): TopicInText[] => [{ name: request.headline, kind: "people", sure: false, mentions: 1, forms: [] }];

/** A reader that answers from the headline and remembers what it was asked. */
function countingReader() {
  const asked: string[] = [];
  const read = async (requests: TopicsRequest[]) => {
    asked.push(...requests.map((each) => each.headline));
    return requests.map(topicsFor);
  };
  return { asked, read };
}

const cacheFile = async () => join(await mkdtemp(join(tmpdir(), "broadsheet-cache-")), "cache", "topics.json");

describe("the topics cache", () => {
  it("answers what it has seen, in order, and asks only for the rest", async () => {
    const file = await cacheFile();
    const first = await TopicsCache.open(file, "v1");
    const reader = countingReader();
    expect(await first.around(reader.read)([request("A"), request("B")])).toEqual([topicsFor(request("A")), topicsFor(request("B"))]);
    await first.save();

    const second = await TopicsCache.open(file, "v1");
    const again = countingReader();
    const found: number[] = [];
    const answers = await second.around(again.read, (count) => found.push(count))([request("C"), request("A"), request("B")]);
    expect(answers.map((topics) => topics[0]?.name)).toEqual(["C", "A", "B"]);
    expect(again.asked).toEqual(["C"]);
    expect(found).toEqual([2]);
  });

  it("asks again when any part of the request changed", async () => {
    const file = await cacheFile();
    const cache = await TopicsCache.open(file, "v1");
    await cache.around(countingReader().read)([request("A")]);
    await cache.save();
    const reader = countingReader();
    await (await TopicsCache.open(file, "v1")).around(reader.read)([
      { ...request("A"), english: false },
      { ...request("A"), body: "Other." },
    ]);
    expect(reader.asked).toEqual(["A", "A"]);
  });

  it("starts afresh for another converter version", async () => {
    const file = await cacheFile();
    const old = await TopicsCache.open(file, "v1");
    await old.around(countingReader().read)([request("A")]);
    await old.save();
    const reader = countingReader();
    await (await TopicsCache.open(file, "v2")).around(reader.read)([request("A")]);
    expect(reader.asked).toEqual(["A"]);
  });

  it("keeps only what the last build used", async () => {
    const file = await cacheFile();
    const first = await TopicsCache.open(file, "v1");
    await first.around(countingReader().read)([request("A"), request("B")]);
    await first.save();
    const second = await TopicsCache.open(file, "v1");
    await second.around(countingReader().read)([request("B")]);
    await second.save();
    expect(Object.keys(JSON.parse(await readFile(file, "utf8")).results)).toHaveLength(1);
  });

  it("treats a damaged file as empty", async () => {
    const file = await cacheFile();
    const cache = await TopicsCache.open(file, "v1");
    await cache.save();
    await writeFile(file, "{ not json");
    const reader = countingReader();
    await (await TopicsCache.open(file, "v1")).around(reader.read)([request("A")]);
    expect(reader.asked).toEqual(["A"]);
  });
});
