import type { MarkdownIt } from "markdown-it";

/** Top-level blocks that count as paragraphs of an article. */
const paragraphOpeners = new Set(["paragraph_open", "fence", "code_block"]);

/**
 * Gives each top-level paragraph a stable id (`p1`, `p2`, …), counted in document order, so
 * that a link can point at one paragraph of an article.
 */
export function paragraphIds(md: MarkdownIt): void {
  md.core.ruler.push("paragraph_ids", (state) => {
    let count = 0;
    for (const token of state.tokens) {
      if (token.level === 0 && paragraphOpeners.has(token.type)) token.attrSet("id", `p${++count}`);
    }
  });
}
