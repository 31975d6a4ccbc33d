import markdownIt from "markdown-it";
import { paragraphIds } from "./paragraph-ids.ts";

/**
 * The Markdown renderer of the site. Article text is data, never markup: no raw HTML, no
 * autolinks, no typographic rewriting of quotes or dashes.
 */
export function createMarkdown() {
  return markdownIt({ html: false, linkify: false, typographer: false }).use(paragraphIds);
}
