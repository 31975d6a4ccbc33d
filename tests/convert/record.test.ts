import { describe, expect, it } from "vitest";
import { goneAddresses, type RecordEntry, readRecord, writeRecord } from "../../scripts/convert/record.ts";

const entry = (slug: string, entered: number, more: Partial<RecordEntry> = {}): RecordEntry => ({
  url: `/articles/${slug}/`,
  entered,
  article: `${slug}.txt`,
  sha256: "0123456789abcdef",
  headline: slug,
  ...more,
});
const recordOf = (...entries: RecordEntry[]) => new Map(entries.map((one) => [one.url, one]));

describe("the record file", () => {
  it("writes one entry a line, sorted by address, and reads back the same record", () => {
    const record = recordOf(entry("b", 1), entry("a", 2, { corrected: { previousHeadline: "A\tthen" } }), entry("c", 3, { gone: { movedTo: "/articles/a/" } }));
    const text = writeRecord(record);
    expect(text.split("\n")).toEqual([
      '{"url":"/articles/a/","entered":2,"article":"a.txt","sha256":"0123456789abcdef","headline":"a","corrected":{"previousHeadline":"A\\tthen"}}',
      '{"url":"/articles/b/","entered":1,"article":"b.txt","sha256":"0123456789abcdef","headline":"b"}',
      '{"url":"/articles/c/","entered":3,"article":"c.txt","sha256":"0123456789abcdef","headline":"c","gone":{"movedTo":"/articles/a/"}}',
      "",
    ]);
    expect(readRecord(text)).toEqual(record);
    expect(writeRecord(readRecord(text))).toBe(text);
  });

  it("names the line that is not an entry", () => {
    const good = writeRecord(recordOf(entry("a", 1)));
    expect(() => readRecord(`${good}{"url":"/elsewhere/"}\n`)).toThrow(expect.objectContaining({ line: 2 }));
    expect(() => readRecord(`${good}not json\n`)).toThrow(expect.objectContaining({ line: 2, reason: expect.stringContaining("not a JSON object") }));
  });

  it("tells how to resolve a merge conflict when it meets one's markers", () => {
    const text = `<<<<<<< HEAD\n${writeRecord(recordOf(entry("a", 1)))}=======\n${writeRecord(recordOf(entry("b", 1)))}>>>>>>> branch\n`;
    expect(() => readRecord(text)).toThrow(expect.objectContaining({ line: 1, reason: expect.stringContaining("keep the lines of both sides") }));
  });

  it("refuses an address recorded twice", () => {
    const line = writeRecord(recordOf(entry("a", 1)));
    expect(() => readRecord(line + line)).toThrow(expect.objectContaining({ line: 2, reason: "/articles/a/ is recorded twice; keep one of the two lines" }));
  });
});

describe("goneAddresses", () => {
  it("leads each gone address straight to the live article at the end of its moves, or nowhere", () => {
    const record = recordOf(
      entry("live", 4),
      entry("first", 1, { gone: { movedTo: "/articles/second/" } }),
      entry("second", 2, { gone: { movedTo: "/articles/live/" } }),
      entry("withdrawn", 3, { gone: {} }),
      entry("to-withdrawn", 5, { gone: { movedTo: "/articles/withdrawn/" } }),
    );
    expect(goneAddresses(record)).toEqual([
      { url: "/articles/first/", movedTo: "/articles/live/" },
      { url: "/articles/second/", movedTo: "/articles/live/" },
      { url: "/articles/to-withdrawn/", movedTo: undefined },
      { url: "/articles/withdrawn/", movedTo: undefined },
    ]);
  });

  it("ends a loop of moves as withdrawn rather than going round it", () => {
    const record = recordOf(entry("a", 1, { gone: { movedTo: "/articles/b/" } }), entry("b", 2, { gone: { movedTo: "/articles/a/" } }));
    expect(goneAddresses(record)).toEqual([
      { url: "/articles/a/", movedTo: undefined },
      { url: "/articles/b/", movedTo: undefined },
    ]);
  });
});
