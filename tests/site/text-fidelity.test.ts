import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { decodeHTMLStrict } from "entities";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { convertSync } from "../../scripts/convert/pipeline.ts";
import { createMarkdown } from "../../scripts/site/markdown.ts";
import { seed } from "../convert/make.ts";
import { type Build, buildSite } from "./build-site.ts";

/** `npm run fuzz` sets many more runs than the few hundred `npm test` can afford. */
const numRuns = Number(process.env.FUZZ_RUNS ?? 300);
/** A case takes a few milliseconds; `npm run fuzz` runs 20,000, which needs more than the default minute. */
const fuzzTimeout = Math.max(60_000, numRuns * 20);

/** Pieces of text that Markdown, HTML, templates, Unicode or scrapes give meaning to. */
const pieces = [
  "#",
  "##",
  ">",
  "-",
  "*",
  "_",
  "__",
  "|",
  "[",
  "]",
  "(",
  ")",
  "<",
  ">",
  "&",
  "{",
  "}",
  "%",
  "`",
  "```",
  "~",
  "~~~",
  "\\",
  "!",
  "=",
  "+",
  "1.",
  "2)",
  "---",
  "***",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "[a](javascript:alert(1))",
  "<b>bold</b>",
  "{{ title }}",
  "{% raw %}",
  "{{- x -}}",
  "${x}",
  "&amp;",
  "&lt;p&gt;",
  "&#60;",
  "&nbsp;",
  "https://example.com/x?a=1&b=2",
  "*emphasis*",
  "_under_",
  "e\u0301",
  "é",
  "שלום",
  "مرحبا",
  "\u202Eabc",
  "😀",
  "👍🏽",
  "a\u00A0b",
  "x\u200By",
  "x\uFFFFy",
  "&#xFFFE;",
  "&#1;",
  "北京",
  "नमस्ते",
  "Ωμέγα",
];
const word = fc.oneof(fc.constantFrom(...pieces), fc.stringMatching(/^[a-zA-Z0-9]{1,8}$/));
/** Pieces that become a space or nothing: a line they start would start with a space, an indent. */
const blank = new Set(["&nbsp;", "&#xFFFE;", "&#1;"]);
/** A line that Markdown would read as markup where it starts (`# `, `> `, `1. `, `---`) as often as not. */
const firstWord = fc.oneof(fc.constantFrom(...pieces.filter((piece) => !blank.has(piece))), fc.stringMatching(/^[a-zA-Z0-9]{1,8}$/));
const paragraph = fc.tuple(firstWord, fc.array(word, { maxLength: 12 })).map(([first, rest]) => [first, ...rest].join(" "));
/** The headline starts like one (two capitalised words), so the first line is taken as the headline. */
const headline = fc
  .tuple(fc.stringMatching(/^[A-Z][a-z]{2,8} [A-Z][a-z]{2,8}$/), fc.array(word, { maxLength: 12 }))
  .map(([first, rest]) => [first, ...rest].join(" "));
const lineEnding = fc.constantFrom("\n", "\r\n", "\r");
/**
 * What the converter promises to keep of a line: its text, NFC, entities decoded, NBSP as a space,
 * zero-width characters, control characters other than tab, and noncharacters gone.
 */
const normalised = (text: string) =>
  decodeHTMLStrict(text.normalize("NFC"))
    .replace(/[\u200B\u2060\uFEFF]/g, "")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the model drops what the converter drops
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|\p{Noncharacter_Code_Point}/gu, "")
    .replace(/\u00A0/g, " ")
    .trimEnd();

/** A body with no letters at all would make the headline the seed's only line, and so its first sentence (a rule of its own). */
const story = fc
  .record({ headline, paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 6 }), ending: lineEnding })
  .filter(({ paragraphs }) => paragraphs.some((text) => /\p{L}/u.test(normalised(text))));

/** A headline is one line of display: its runs of white space become one space. */
const headlineOf = (text: string) => normalised(text).replace(/\s+/g, " ").trim();

const markdown = createMarkdown();

describe("text fidelity", () => {
  test.prop([story], { numRuns })(
    "shows every paragraph as the seed wrote it, and no markup the seed did not ask for",
    ({ headline, paragraphs, ending }) => {
      const text = [headline, ...paragraphs].join(ending + ending);
      const [article] = convertSync([seed(text)]);
      expect(article?.metadata?.title).toBe(headlineOf(headline));
      const { document } = parseHTML(`<!DOCTYPE html><html><body>${markdown.render(article?.markdown ?? "")}</body></html>`);
      const shown = [...document.body.children];
      // Each paragraph is one line, so none is a table (two or more lines with column gaps).
      expect(shown.map((element) => element.tagName)).toEqual(paragraphs.map(() => "P"));
      expect(shown.map((element) => element.textContent)).toEqual(paragraphs.map(normalised));
      for (const element of document.body.querySelectorAll("*")) {
        const isPilcrow = element.tagName === "A" && element.getAttribute("class") === "pilcrow" && /^#p\d+$/.test(element.getAttribute("href") ?? "");
        expect(element.tagName === "P" || isPilcrow, element.outerHTML).toBe(true);
        for (const { name } of element.attributes) expect(name.startsWith("on"), name).toBe(false);
      }
    },
    fuzzTimeout,
  );
});

describe("text fidelity in the built site", () => {
  const stories = fc.sample(story, { numRuns: 25, seed: 20251127 });
  let build: Build;
  beforeAll(async () => {
    const seeds = await mkdtemp(join(tmpdir(), "broadsheet-fuzz-"));
    await Promise.all(
      stories.map(({ headline, paragraphs, ending }, index) => writeFile(join(seeds, `story-${index}.txt`), [headline, ...paragraphs].join(ending + ending))),
    );
    build = await buildSite(seeds);
  });

  it("gives every generated story its headline and paragraphs, and no script or handler of the seed's", async () => {
    const report = await build.report();
    expect(build.exitCode).toBe(0);
    for (const [index, { headline, paragraphs }] of stories.entries()) {
      const entry = report.seeds.find((seed) => seed.seed.endsWith(`/story-${index}.txt`));
      const page = await build.page(entry?.url ?? "");
      expect(page.querySelector("h1")?.textContent, `story-${index}`).toBe(headlineOf(headline));
      expect([...page.querySelectorAll("article .body > p")].map((element) => element.textContent)).toEqual(paragraphs.map(normalised));
      const scripts = [...page.querySelectorAll("script")].map((script) => script.getAttribute("src") ?? script.getAttribute("type"));
      expect(
        scripts.every((source) => source === "application/ld+json" || source?.startsWith("/assets/")),
        scripts.join(", "),
      ).toBe(true);
      for (const element of page.querySelectorAll("*")) {
        for (const { name, value } of element.attributes) {
          expect(name.startsWith("on"), `${name} on ${element.tagName}`).toBe(false);
          // Text may say "javascript:" (a description, say); an address never may.
          if (["href", "src", "action", "formaction"].includes(name)) expect(/^\s*javascript:/i.test(value), `${name}="${value}"`).toBe(false);
        }
      }
    }
  });
});
