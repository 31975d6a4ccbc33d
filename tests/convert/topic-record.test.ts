import { describe, expect, it } from "vitest";
import { RecordProblem } from "../../scripts/convert/record.ts";
import { goneTopics, nextTopicRecord, readTopicRecord, writeTopicRecord } from "../../scripts/convert/topic-record.ts";

const now = (...topics: [string, string][]) => new Map(topics);
const record = (text: string) => readTopicRecord(text);

describe("the record of topic addresses", () => {
  it("records every topic published now, sorted by address, one line each", () => {
    const next = nextTopicRecord(new Map(), now(["/topics/places/oslo/", "Oslo"], ["/topics/people/ann-example/", "Ann Example"]));
    expect(writeTopicRecord(next)).toBe('{"url":"/topics/people/ann-example/","name":"Ann Example"}\n{"url":"/topics/places/oslo/","name":"Oslo"}\n');
    expect(readTopicRecord(writeTopicRecord(next))).toEqual(next);
  });

  // Issue 20: Liverpool moves from place to organisation, and an alias merges into its name.
  it("leads a topic no longer published to the same name under another kind, or to its one spelling", () => {
    const before = record('{"url":"/topics/places/liverpool/","name":"Liverpool"}\n{"url":"/topics/people/george-bush/","name":"George Bush"}\n');
    const next = nextTopicRecord(before, now(["/topics/organizations/liverpool/", "Liverpool"], ["/topics/people/george-w-bush/", "George W Bush"]));
    expect(goneTopics(next)).toEqual([
      { url: "/topics/places/liverpool/", name: "Liverpool", movedTo: "/topics/organizations/liverpool/" },
      { url: "/topics/people/george-bush/", name: "George Bush", movedTo: "/topics/people/george-w-bush/" },
    ]);
  });

  it("keeps a topic that is no longer anything, and brings it back when it is published again", () => {
    const gone = nextTopicRecord(record('{"url":"/topics/people/brown/","name":"Brown"}\n'), now());
    expect(goneTopics(gone)).toEqual([{ url: "/topics/people/brown/", name: "Brown" }]);
    expect(goneTopics(nextTopicRecord(gone, now())), "still gone a build later").toHaveLength(1);
    expect(goneTopics(nextTopicRecord(gone, now(["/topics/people/brown/", "Brown"])))).toEqual([]);
  });

  it("names the line that is not an entry", () => {
    expect(() => readTopicRecord('{"url":"/topics/people/a/","name":"A"}\n{"url":"/articles/x/","name":"X"}\n')).toThrow(RecordProblem);
    try {
      readTopicRecord('{"url":"/topics/people/a/","name":"A"}\nnot json\n');
    } catch (error) {
      expect((error as RecordProblem).line).toBe(2);
    }
  });
});
