import { describe, expect, it } from "vitest";
import { frontMatter } from "../../scripts/convert/front-matter.ts";
import { before, diagnostics, reasons } from "./make.ts";

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

  it("drops an invalid date, URL or id with a warning", () => {
    const article = read("---\ndate: 2024-13-45\nurl: javascript:alert(1)\nid: Bad_ID\n---\nBody");
    expect(article.supplied).toEqual({});
    expect(diagnostics(article)).toEqual([2, 3, 4].map((line) => ({ severity: "warning", rule: "front-matter", line })));
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
