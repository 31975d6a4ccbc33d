import type { Article, Line, Paragraph } from "./article.ts";
import { report } from "./diagnostics.ts";

/** Wire copy indents continuation lines by 2 spaces and starts a paragraph with 5 or more. */
const paragraphIndent = 5;
/** Hard-wrapped text keeps its lines at or under this width. */
const wrapWidth = 90;
/** A column gap inside a line: the mark of a table whose spacing carries meaning. */
const columnGap = /\S {3,}\S/;
const sentenceEnd = /[.!?:;"”’')\]]$/;

const indentOf = (line: Line) => line.text.length - line.text.trimStart().length;
const isBlank = (line: Line) => line.text.trim() === "";

function blocks(lines: Line[]): Line[][] {
  const result: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (!isBlank(line)) {
      current.push(line);
      continue;
    }
    if (current.length > 0) result.push(current);
    current = [];
  }
  if (current.length > 0) result.push(current);
  return result;
}

function joinWrapped(lines: Line[]): string {
  return lines.reduce((text, line) => {
    const next = line.text.trim();
    if (text === "") return next;
    // A line that ends in a hyphen before a letter was a compound split by the wrap: keep the hyphen, add no space.
    return /\p{L}-$/u.test(text) && /^\p{L}/u.test(next) ? text + next : `${text} ${next}`;
  }, "");
}

function preformatted(lines: Line[]): Paragraph {
  // A loop, not Math.min(...): spreading a very long seed's lines would overflow the call stack.
  const indent = lines.reduce((least, line) => Math.min(least, indentOf(line)), Number.POSITIVE_INFINITY);
  return { line: lines[0]?.number ?? 1, text: lines.map((line) => line.text.slice(indent)).join("\n"), preformatted: true };
}

/** Splits a run of lines into prose paragraphs and column-aligned tables (two or more gapped lines). */
function withTables(lines: Line[], prose: (run: Line[]) => Paragraph[]): Paragraph[] {
  const result: Paragraph[] = [];
  let run: Line[] = [];
  let table: Line[] = [];
  const flush = () => {
    if (table.length >= 2) {
      result.push(...prose(run), preformatted(table));
      run = [];
    } else run.push(...table);
    table = [];
  };
  for (const line of lines) {
    if (columnGap.test(line.text.trim())) table.push(line);
    else {
      flush();
      run.push(line);
    }
  }
  flush();
  return [...result, ...prose(run)];
}

function wireParagraphs(lines: Line[]): Paragraph[] {
  const result: Paragraph[] = [];
  let current: Line[] = [];
  const close = () => {
    if (current.length > 0) result.push({ line: current[0]?.number ?? 1, text: joinWrapped(current) });
    current = [];
  };
  for (const line of lines) {
    if (indentOf(line) >= paragraphIndent) close();
    current.push(line);
  }
  close();
  return result;
}

function isHardWrapped(lines: Line[]): boolean {
  if (lines.length < 2) return false;
  const widths = lines.map((line) => line.text.trim().length);
  const widest = widths.reduce((most, width) => Math.max(most, width), 0);
  const inner = lines.slice(0, -1);
  const openEnded = inner.filter((line) => !sentenceEnd.test(line.text)).length;
  return widest <= wrapWidth && widths.slice(0, -1).every((width) => width >= widest * 0.6) && openEnded * 2 > inner.length;
}

function plainParagraphs(lines: Line[]): Paragraph[] {
  if (isHardWrapped(lines)) return [{ line: lines[0]?.number ?? 1, text: joinWrapped(lines) }];
  return lines.map((line) => ({ line: line.number, text: line.text.trim() }));
}

/** Wire copy: most body lines are indented, with deeper indents where paragraphs begin. */
function isWireCopy(lines: Line[]): boolean {
  const content = lines.filter((line) => !isBlank(line));
  const indented = content.filter((line) => indentOf(line) >= 2).length;
  return content.length >= 2 && indented >= content.length * 0.8;
}

/**
 * Rebuilds paragraphs from the body lines: blank lines separate paragraphs; a line on its own
 * is a paragraph; hard-wrapped text and indented wire copy are reflowed; column-aligned
 * tables keep their lines.
 */
export function paragraphs(article: Article): Article {
  const wire = isWireCopy(article.lines);
  const prose = wire ? wireParagraphs : plainParagraphs;
  const result = blocks(article.lines).flatMap((block) => withTables(block, prose));
  if (result.length === 0) {
    report(article, "error", "no-body", "the seed has a headline but no body text", { line: article.headline?.line ?? 1 });
  }
  return { ...article, paragraphs: result };
}
