import { decodeHTMLStrict } from "entities";
import type { Article, Line } from "./article.ts";
import { report } from "./diagnostics.ts";

const tabWidth = 8;

/** Invisible characters that scrapes leave behind and that carry no meaning in text. */
const zeroWidth = /[\u200B\u2060\uFEFF]/g;

/** C0 and C1 control characters other than tab (line breaks are split on before this runs). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters the step removes
export const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * The 66 code points Unicode reserves never to be characters (U+FDD0–U+FDEF, and the last two of
 * every plane, U+FFFE and U+FFFF among them): no text holds them, and XML 1.0 cannot carry U+FFFE or U+FFFF.
 */
export const noncharacters = /\p{Noncharacter_Code_Point}/gu;

/** Characters no line keeps, each kind with a rule of its own, and how a warning names them. */
const strays: Array<[rule: string, pattern: RegExp, name: string]> = [
  ["control-character", controls, "control character(s)"],
  ["noncharacter", noncharacters, "Unicode noncharacter(s)"],
];

const codePoint = (char: string) => `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`;

function removeStrays(article: Article, line: Line): string {
  let text = line.text;
  for (const [rule, pattern, name] of strays) {
    const removed = text.match(pattern);
    if (!removed) continue;
    const codes = [...new Set(removed)].map(codePoint).join(", ");
    report(article, "warning", rule, `removed ${removed.length} ${name} (${codes})`, { line: line.number, column: text.search(pattern) + 1 });
    text = text.replace(pattern, "");
  }
  return text;
}

function expandLeadingTabs(text: string): string {
  const indent = /^[ \t]*/.exec(text)?.[0] ?? "";
  let width = 0;
  for (const char of indent) width = char === "\t" ? (Math.floor(width / tabWidth) + 1) * tabWidth : width + 1;
  return " ".repeat(width) + text.slice(indent.length);
}

/**
 * Text → numbered lines: any line ending (CRLF, CR, LF, U+2028/U+2029) splits; text is NFC;
 * NBSP becomes a space, zero-width characters go, control characters and noncharacters go with
 * a warning, leading tabs become spaces and inner tabs one space; trailing white space goes;
 * HTML entities left by scrapes (`&lt;`) are decoded.
 */
export function lines(article: Article): Article {
  const rawLines = article.text.normalize("NFC").split(/\r\n|\r|\n|\u2028|\u2029/);
  const result: Line[] = rawLines.map((source, index) => {
    const number = index + 1;
    // A decoded `&#10;` must not start a new line; strays go after decoding, so `&#1;` and `&#xFFFF;` go too.
    const raw = removeStrays(article, { number, text: decodeHTMLStrict(source).replace(/[\r\n]/g, " ") });
    const text = expandLeadingTabs(raw.replace(zeroWidth, "").replace(/\u00A0/g, " "))
      .replace(/\t/g, " ")
      .trimEnd();
    return { number, text };
  });
  return { ...article, lines: result };
}
