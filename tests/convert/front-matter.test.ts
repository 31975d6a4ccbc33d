import { describe, expect, it } from "vitest";
import { frontMatter } from "../../scripts/convert/front-matter.ts";
import { before, diagnostics, reasons, after as throughStage } from "./make.ts";

const read = (text: string) => frontMatter(before("front matter", text));
const allowed = "a seed may set only title, date, source, section, url, author, tags, id";

describe("front matter", () => {
  it("keeps every accepted key and leaves the body with its own line numbers", () => {
    const article = read(
      [
        "---",
        "title: NATO Chief Urges Europe to Step Up",
        "date: 2025-04-02",
        "source: Live Mint",
        "section: Politics",
        "url: https://www.livemint.com/politics/nato",
        "author: Jane Roe",
        "tags: [nato, europe]",
        "id: nato-rutte",
        "---",
        "Headline",
        "",
        "Body.",
      ].join("\n"),
    );
    expect(article.supplied).toEqual({
      title: "NATO Chief Urges Europe to Step Up",
      date: "2025-04-02",
      source: "Live Mint",
      section: "Politics",
      url: "https://www.livemint.com/politics/nato",
      author: "Jane Roe",
      tags: ["nato", "europe"],
      id: "nato-rutte",
    });
    expect(article.lines).toEqual([
      { number: 11, text: "Headline" },
      { number: 12, text: "" },
      { number: 13, text: "Body." },
    ]);
    expect(diagnostics(article)).toEqual([]);
  });

  it("drops keys that steer the site generator, and values of the wrong type, each with a warning at its line", () => {
    const article = read(
      "---\ntitle: Kept\npermalink: /evil/\nlayout: other.njk\neleventyComputed:\n  title: x\npagination:\n  data: x\ntags: just-a-string\n---\nBody",
    );
    expect(article.supplied).toEqual({ title: "Kept" });
    expect(diagnostics(article)).toEqual([3, 4, 5, 7, 9].map((line) => ({ severity: "warning", rule: "front-matter", line })));
    expect(reasons(article)).toEqual([
      `ignored front-matter key "permalink": ${allowed}`,
      `ignored front-matter key "layout": ${allowed}`,
      `ignored front-matter key "eleventyComputed": ${allowed}`,
      `ignored front-matter key "pagination": ${allowed}`,
      'ignored front-matter key "tags": Invalid input: expected array, received string',
    ]);
    expect(article.lines).toEqual([{ number: 11, text: "Body" }]);
  });

  it("ignores keys that name what every object inherits, as any other unknown key, and the seed still converts", () => {
    const text = "---\nconstructor: x\n__proto__: y\ntoString: z\nhasOwnProperty: w\ntitle: Kept\n---\nHeadline\n\nBody.";
    const article = read(text);
    expect(article.supplied).toEqual({ title: "Kept" });
    expect(Object.getPrototypeOf(article.supplied)).toBe(Object.prototype);
    expect(reasons(article)).toEqual(["constructor", "__proto__", "toString", "hasOwnProperty"].map((key) => `ignored front-matter key "${key}": ${allowed}`));
    expect(diagnostics(throughStage("document", text)).filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
  });

  it("reads every value as the text written, so a pinned id of digits stays an id", () => {
    const article = read("---\nid: 247270\ntitle: 1984\ntags: [2024, budget]\n---\nBody");
    expect(article.supplied).toEqual({ id: "247270", title: "1984", tags: ["2024", "budget"] });
    expect(diagnostics(article)).toEqual([]);
  });

  it("drops an invalid date, URL or id with a warning", () => {
    const article = read("---\ndate: 2024-13-45\nurl: javascript:alert(1)\nid: Bad_ID\n---\nBody");
    expect(article.supplied).toEqual({});
    expect(diagnostics(article)).toEqual([2, 3, 4].map((line) => ({ severity: "warning", rule: "front-matter", line })));
  });

  it.each(["9999-12-31T23:59:59-23:59", "0000-01-01", "0000-06-01T00:00:00+00:00", "0001-01-01T00:30:00+01:00"])(
    "drops the date %s, outside the years 0001–9999 in UTC, with a warning at its line, so the article is undated",
    (date) => {
      const seed = `---\ntitle: Kept\ndate: ${date}\n---\nHarbour Ferry Resumes\n\nThe ferry ran again on Monday.`;
      const article = read(seed);
      expect(article.supplied).toEqual({ title: "Kept" });
      expect(diagnostics(article)).toEqual([{ severity: "warning", rule: "front-matter", line: 3 }]);
      expect(reasons(article)).toEqual(['ignored front-matter key "date": use a date in the years 0001 to 9999 (in UTC), as RFC 3339 requires']);
      expect(throughStage("metadata", seed).metadata?.published).toBeUndefined();
    },
  );

  it.each(["0001-01-01", "9999-12-31T23:59:59Z", "0001-01-01T00:30:00+00:30", "9999-12-31T23:59:59+23:59"])(
    "keeps the date %s, inside the years 0001–9999 in UTC",
    (date) => {
      const article = read(`---\ndate: ${date}\n---\nBody`);
      expect(article.supplied).toEqual({ date });
      expect(diagnostics(article)).toEqual([]);
    },
  );

  it("drops a text or URL whose YAML escapes write a control character or a noncharacter, with a warning at its line", () => {
    const article = read(
      '---\ntitle: "Harbour \\uFFFF ferry"\nauthor: "Jo \\x01Bloggs"\ntags: ["ferry", "\\U0010FFFE"]\nurl: "https://example.org/ferry\\uFFFE"\nsource: "Live Mint"\n---\nBody',
    );
    expect(article.supplied).toEqual({ source: "Live Mint" });
    expect(diagnostics(article)).toEqual([2, 3, 4, 5].map((line) => ({ severity: "warning", rule: "front-matter", line })));
    const stray = "remove the control characters and Unicode noncharacters (such as U+FFFF) it holds: they are not text";
    expect(reasons(article)).toEqual([
      `ignored front-matter key "title": ${stray}`,
      `ignored front-matter key "author": ${stray}`,
      `ignored front-matter key "tags": ${stray}`,
      `ignored front-matter key "url": ${stray}`,
    ]);
  });

  it("makes invalid YAML an error at its line", () => {
    const article = read("---\ntitle: fine\n\nkey: : :\n---\nBody");
    expect(diagnostics(article)).toEqual([{ severity: "error", rule: "front-matter", line: 4 }]);
    expect(reasons(article)).toEqual(["the front matter is not valid YAML (BLOCK_AS_IMPLICIT_KEY); fix it or remove the `---` block"]);
  });

  it("reads a block without a closing fence as text, with a warning", () => {
    const article = read("---\ntitle: not front matter\nBody line");
    expect(article.supplied).toEqual({});
    expect(article.lines.map((line) => line.text)).toEqual(["---", "title: not front matter", "Body line"]);
    expect(diagnostics(article)).toEqual([{ severity: "warning", rule: "front-matter", line: 1 }]);
  });

  it("reads a text that opens with a `---` rule as text, not as front matter", () => {
    const article = read("---\nA headline between rules\n---\nBody line");
    expect(article.supplied).toEqual({});
    expect(article.lines.map((line) => line.text)).toEqual(["---", "A headline between rules", "---", "Body line"]);
    expect(diagnostics(article)).toEqual([{ severity: "warning", rule: "front-matter", line: 1 }]);
  });

  it("accepts an empty block", () => {
    const article = read("---\n---\nBody");
    expect(article.supplied).toEqual({});
    expect(article.lines).toEqual([{ number: 3, text: "Body" }]);
  });

  it("never runs a `---js` block: it is just text", () => {
    const article = read("---js\n{ title: process.exit(1) }\n---\nBody");
    expect(article.supplied).toEqual({});
    expect(article.lines.map((line) => line.text)).toEqual(["---js", "{ title: process.exit(1) }", "---", "Body"]);
    expect(diagnostics(article)).toEqual([]);
  });
});
