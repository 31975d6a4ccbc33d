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
export function report(
  article: Article,
  severity: Severity,
  rule: string,
  message: string,
  place: Place = { line: 1 },
): void {
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

/** `seeds/x.txt:36:1: warning: removed site furniture "MoreLess" [boilerplate]` */
export function formatDiagnostic(path: string, message: VFileMessage): string {
  return `${path}:${message.line ?? 1}:${message.column ?? 1}: ${severityOf(message)}: ${message.reason} [${message.ruleId ?? "convert"}]`;
}
