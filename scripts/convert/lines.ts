import { decodeHTMLStrict } from "entities";
import type { Article, Line } from "./article.ts";
import { report } from "./diagnostics.ts";

const tabWidth = 8;

/** Invisible characters that scrapes leave behind and that carry no meaning in text. */
const zeroWidth = /[\u200B\u2060\uFEFF]/g;

/** C0 and C1 control characters other than tab (line breaks are split on before this runs). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters the step removes
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

function expandLeadingTabs(text: string): string {
  const indent = /^[ \t]*/.exec(text)?.[0] ?? "";
  let width = 0;
  for (const char of indent) width = char === "\t" ? (Math.floor(width / tabWidth) + 1) * tabWidth : width + 1;
  return " ".repeat(width) + text.slice(indent.length);
}

/**
 * Text → numbered lines: any line ending (CRLF, CR, LF, U+2028/U+2029) splits; text is NFC;
 * NBSP becomes a space, zero-width characters go, leading tabs become spaces and inner tabs
 * one space; trailing white space goes; HTML entities left by scrapes (`&lt;`) are decoded.
 */
export function lines(article: Article): Article {
  const rawLines = article.text.normalize("NFC").split(/\r\n|\r|\n|\u2028|\u2029/);
  const result: Line[] = rawLines.map((source, index) => {
    const number = index + 1;
    // A decoded `&#10;` must not start a new line.
    const raw = decodeHTMLStrict(source).replace(/[\r\n]/g, " ");
    const removed = raw.match(controls);
    if (removed) {
      const codes = [...new Set(removed)].map((char) => `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`);
      report(article, "warning", "control-character", `removed ${removed.length} control character(s) (${codes.join(", ")})`, {
        line: number,
        column: raw.search(controls) + 1,
      });
    }
    const text = expandLeadingTabs(
      raw
        .replace(controls, "")
        .replace(zeroWidth, "")
        .replace(/\u00A0/g, " "),
    )
      .replace(/\t/g, " ")
      .trimEnd();
    return { number, text };
  });
  return { ...article, lines: result };
}
