import { fc, test } from "@fast-check/vitest";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { Paragraph } from "../../scripts/convert/article.ts";
import { escapeParagraph, markdown } from "../../scripts/convert/markdown.ts";
import { createMarkdown } from "../../scripts/site/markdown.ts";
import { before } from "./make.ts";

const renderer = createMarkdown();
const article = before("markdown", "Headline\n\nBody.");
const bodyOf = (paragraphs: Paragraph[]) => markdown({ ...article, paragraphs }).markdown ?? "";

const parse = (body: string) => parseHTML(`<!doctype html><html><body>${renderer.render(body)}</body></html>`).document;

/** The rendered body's elements, as `tag: text content` (nested elements listed too), paragraph links aside. */
function rendered(body: string): string[] {
  return [...parse(body).body.querySelectorAll("*:not(.pilcrow)")].map((element) => `${element.tagName.toLowerCase()}: ${element.textContent}`);
}

const tricky = [
  "# not a heading",
  "1. not a list",
  "1987. A year",
  "3) not a list",
  "- dash",
  "+ plus",
  "> quote",
  "| a | b |",
  "*stars*",
  "_under_",
  "`one` and ``two`` backticks",
  "[link](http://x)",
  "![img](x)",
  "<b>bold</b>",
  "<script>alert(1)</script>",
  "&amp; &lt;",
  "{{ x }}",
  "{% y %}",
  "{# z #}",
  "~~strike~~",
  "\\back\\slash",
  "---",
  "***",
  "===",
  "<http://auto.link>",
  "AT&T rose 5% to $30 (or 25p) !important",
];

/** Characters that mean something to Markdown, HTML or a template engine, with letters, digits and spaces. */
const markup = [..."#*_`[]()<>!&;{}%|~\\-+=.:/'\"$@^? 0123456789 aZé"];

describe("markdown", () => {
  it.each(tricky)("renders %s as one paragraph of exactly that text", (text) => {
    expect(rendered(bodyOf([{ line: 3, text }]))).toEqual([`p: ${text}`]);
  });

  test.prop([fc.string({ unit: fc.constantFrom(...markup), maxLength: 40 })], { numRuns: 300 })(
    "renders any line of Markdown, HTML and template characters as exactly that text",
    (raw) => {
      const text = raw.trim();
      if (text === "") return;
      expect(rendered(escapeParagraph(text))).toEqual([`p: ${text}`]);
    },
  );

  it("ends each paragraph with an empty link to itself, which adds no text", () => {
    const document = parse(
      bodyOf([
        { line: 3, text: "First." },
        { line: 5, text: "Second." },
      ]),
    );
    const links = [...document.querySelectorAll("p > a.pilcrow")];
    expect(links.map((link) => [link.parentElement?.id, link.getAttribute("href"), link.getAttribute("aria-label"), link.textContent])).toEqual([
      ["p1", "#p1", "Link to paragraph 1", ""],
      ["p2", "#p2", "Link to paragraph 2", ""],
    ]);
  });

  it("writes one block per paragraph", () => {
    expect(
      bodyOf([
        { line: 3, text: "First." },
        { line: 5, text: "# Second" },
      ]),
    ).toBe("First.\n\n\\# Second\n");
  });

  it("renders a preformatted paragraph as one <pre> with its lines, even with backtick runs inside", () => {
    const table = ["          1987   1986", "Sales   ```  1,200", "Stocks  `   <b>300</b>"].join("\n");
    const elements = rendered(bodyOf([{ line: 8, text: table, preformatted: true }]));
    // A fenced block's content ends with a line ending (CommonMark 4.5).
    expect(elements).toEqual([`pre: ${table}\n`, `code: ${table}\n`]);
  });
});
