import type { Article, Paragraph } from "./article.ts";

/**
 * Characters that open Markdown or HTML syntax anywhere in a line (emphasis, code, links,
 * autolinks, entities, strikethrough, escapes), and braces, so no template syntax survives.
 */
const inlineSyntax = /[\\`*_[\]<>&~{}|!]/g;

/** Block syntax that only counts at the start of a line: headings, bullets, rules, setext underlines. */
const blockMarker = /^[#+=-]/;
/** An ordered-list marker: `1987. The year…` must not become a list starting at 1987. */
const listNumber = /^(\d{1,9})([.)])/;

/** Text → a Markdown paragraph that renders as exactly the same visible characters. */
export function escapeParagraph(text: string): string {
  return text.trim().replace(inlineSyntax, "\\$&").replace(blockMarker, "\\$&").replace(listNumber, "$1\\$2");
}

/** Column-aligned text as a fenced block, with a fence longer than any backtick run inside. */
function fenced(text: string): string {
  const longestRun = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  return `${fence}text\n${text}\n${fence}`;
}

const render = (paragraph: Paragraph) => (paragraph.preformatted ? fenced(paragraph.text) : escapeParagraph(paragraph.text));

/** Paragraphs → the Markdown body, one block per paragraph. */
export function markdown(article: Article): Article {
  return { ...article, markdown: `${article.paragraphs.map(render).join("\n\n")}\n` };
}
