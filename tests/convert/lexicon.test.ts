import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lexicon, parseLexicon } from "../../scripts/convert/topics/lexicon.ts";

const parse = (...lines: string[]) => parseLexicon(lines.join("\n"), "lex.yaml");

describe("parseLexicon", () => {
  it("reads names with their forms, titles and ignored words", () => {
    const parsed = parse(
      "people:",
      "  Jane Doerr: [Doerr]",
      "  Paul Lindqvist:",
      "organizations:",
      "  NATO: [North Atlantic Treaty Organization]",
      "places:",
      "  United States:",
      "    - US",
      "    - U.S.",
      "titles: [Mr, Secretary]",
      "ignore: [Monday]",
    );
    expect(parsed.names).toEqual([
      { kind: "people", name: "Jane Doerr", forms: ["Jane Doerr", "Doerr"] },
      { kind: "people", name: "Paul Lindqvist", forms: ["Paul Lindqvist"] },
      { kind: "organizations", name: "NATO", forms: ["NATO", "North Atlantic Treaty Organization"] },
      { kind: "places", name: "United States", forms: ["United States", "US", "U.S."] },
    ]);
    expect([...parsed.byForm].map(([form, known]) => [form, known.name])).toEqual([
      ["Jane Doerr", "Jane Doerr"],
      ["Doerr", "Jane Doerr"],
      ["Paul Lindqvist", "Paul Lindqvist"],
      ["NATO", "NATO"],
      ["North Atlantic Treaty Organization", "NATO"],
      ["United States", "United States"],
      ["US", "United States"],
      ["U.S.", "United States"],
    ]);
    expect([...parsed.titles]).toEqual(["Mr", "Secretary"]);
    expect([...parsed.ignored]).toEqual(["Monday"]);
  });

  it("reads an empty file as an empty lexicon", () => {
    const parsed = parse("# nothing yet");
    expect(parsed.names).toEqual([]);
    expect(parsed.byForm.size).toBe(0);
    expect(parsed.titles.size).toBe(0);
    expect(parsed.ignored.size).toBe(0);
  });

  it("names the line and column of invalid YAML", () => {
    expect(() => parse("people:", "  Ann: [Bob]]")).toThrow("lex.yaml:2:13: not valid YAML (UNEXPECTED_TOKEN)");
    expect(() => parse("people:", "  Ann: []", "\tBob: []")).toThrow("lex.yaml:3:1: not valid YAML (TAB_AS_INDENT)");
    expect(() => parse("people:", "  Ann: []", "  Ann: [A]")).toThrow("lex.yaml:3:3: not valid YAML (DUPLICATE_KEY)");
  });

  it("names the line and column of a value of the wrong type, and its path", () => {
    expect(() => parse("people:", "  Ann: 3")).toThrow(/^lex\.yaml:2:8: people\.Ann: .*expected array, received number$/);
    expect(() => parse("places:", "  Oslo: [Kristiania]", "  Paris:", "    x: 1")).toThrow(/^lex\.yaml:4:5: places\.Paris: .*expected array/);
    expect(() => parse("people:", "  Ann:", "    - Annie", "    - 3")).toThrow(/^lex\.yaml:4:7: people\.Ann\.1: .*expected string/);
    expect(() => parse("people:", "  Ann: ['']")).toThrow(/^lex\.yaml:2:9: people\.Ann\.0: /);
    expect(() => parse("titles: Mr")).toThrow(/^lex\.yaml:1:9: titles: .*expected array/);
  });

  it("names the line and column of a form that two names claim", () => {
    expect(() => parse("people:", "  Ann: []", "  Bob: [Robert, Ann]")).toThrow(
      'lex.yaml:3:17: "Ann" already stands for people: Ann; a form can name one topic only',
    );
    expect(() => parse("people:", "  Jane Doerr: [Doerr]", "organizations:", "  Doerr Group:", "    - DG", "    - Doerr")).toThrow(
      'lex.yaml:6:7: "Doerr" already stands for people: Jane Doerr; a form can name one topic only',
    );
  });

  // Bug: for a canonical name the position is that of its value ("[]", column 10), not of the name.
  it("points at the canonical name that another name already claims", () => {
    expect(() => parse("people:", "  Jane Doerr: [Doerr]", "organizations:", "  Doerr: []")).toThrow(
      'lex.yaml:4:3: "Doerr" already stands for people: Jane Doerr; a form can name one topic only',
    );
  });

  // Bug: zod reports an unknown key with an empty path, so the position falls back to 1:1 and the
  // message starts with ": " instead of naming the key.
  it("names the line of a misspelt section", () => {
    expect(() => parse("people:", "  Ann: []", "places:", "  Oslo: []", "peeple:", "  Bob: []")).toThrow(/^lex\.yaml:5:1: .*peeple/);
  });
});

describe("the project's lexicon", () => {
  const path = "scripts/convert/topics/lexicon.yaml";

  it("parses", () => {
    expect(parseLexicon(readFileSync(path, "utf8"), path)).toEqual(lexicon);
  });

  it.each([
    ["North Atlantic Treaty Organization", "organizations", "NATO"],
    ["NATO", "organizations", "NATO"],
    ["Trump", "people", "Donald Trump"],
    ["US", "places", "United States"],
  ])("reads %s as %s: %s", (form, kind, name) => {
    expect(lexicon.byForm.get(form)).toMatchObject({ kind, name });
  });
});
