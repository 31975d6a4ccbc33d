import { VFile } from "vfile";
import type { VFileMessage } from "vfile-message";
import type { Article } from "./article.ts";

export type Severity = "error" | "warning" | "info";

export interface Place {
  line: number;
  column?: number;
}

/** The diagnostics sink of one seed: a vfile named by the seed's path as given. */
export function diagnosticsFor(path: string): VFile {
  return new VFile({ path });
}

/**
 * Records a content problem at a position in the seed. An `error` means the seed
 * cannot become an article; the pipeline stops working on it after the current step.
 */
export function report(article: Article, severity: Severity, rule: string, message: string, place: Place = { line: 1 }): void {
  const options = { place: { line: place.line, column: place.column ?? 1 }, ruleId: rule, source: "broadsheet" };
  if (severity === "info") {
    article.file.info(message, options);
    return;
  }
  const diagnostic = article.file.message(message, options);
  if (severity === "error") diagnostic.fatal = true;
}

export function severityOf(message: VFileMessage): Severity {
  if (message.fatal === true) return "error";
  return message.fatal === false ? "warning" : "info";
}

/** The line and column of a character offset in text with any mix of line endings. */
export function placeAt(text: string, index: number): Place {
  const before = text.slice(0, index).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

export function isUnusable(article: Article): boolean {
  return article.file.messages.some((message) => message.fatal === true);
}

/** A message as the build report keeps it: where, how bad, which rule, and what to do. */
export interface PositionedMessage {
  line: number;
  column: number;
  severity: Severity;
  rule: string;
  message: string;
}

export const positioned = (message: VFileMessage): PositionedMessage => ({
  line: message.line ?? 1,
  column: message.column ?? 1,
  severity: severityOf(message),
  rule: message.ruleId ?? "convert",
  message: message.reason,
});

/**
 * Characters that would let seed text steer a terminal or a log reader: C0 and C1 controls
 * (newlines, ESC, BEL), DEL, the line and paragraph separators, and the bidirectional overrides
 * and isolates that reorder what a reader sees (CVE-2021-42574, "Trojan Source").
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const unprintable = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const named: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** Seed text as it may be printed: on one line, each control character written visibly (`\n`, `\x1b`, `\u202e`). */
export const printable = (text: string) =>
  text.replace(unprintable, (char) => {
    const code = char.codePointAt(0) ?? 0;
    return Object.hasOwn(named, char) ? (named[char] as string) : code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16)}`;
  });

/**
 * `seeds/x.txt:36:1: warning: removed site furniture "MoreLess" [boilerplate]`, on one line
 * whatever the seed holds. A file name may start with `::`, which a GitHub Actions log would
 * read as a workflow command, so such a path is written `./::…`, the same file.
 */
export function formatDiagnostic(path: string, { line, column, severity, message, rule }: PositionedMessage): string {
  const shown = printable(path);
  return `${shown.startsWith(":") ? `./${shown}` : shown}:${line}:${column}: ${severity}: ${printable(message)} [${printable(rule)}]`;
}
