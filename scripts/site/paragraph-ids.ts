import type { MarkdownIt } from "markdown-it";

/** Top-level blocks that count as paragraphs of an article. */
const paragraphOpeners = new Set(["paragraph_open", "fence", "code_block"]);

/**
 * Gives each top-level paragraph a stable id (`p1`, `p2`, …), counted in document order, and
 * ends each text paragraph with a link to itself. The link's "¶" is drawn by CSS, so it never
 * becomes part of the paragraph's text (for copying, search or comparison with the source).
 */
export function paragraphIds(md: MarkdownIt): void {
  md.core.ruler.push("paragraph_ids", (state) => {
    let count = 0;
    state.tokens.forEach((token, index) => {
      if (token.level !== 0 || !paragraphOpeners.has(token.type)) return;
      token.attrSet("id", `p${++count}`);
      const close = state.tokens[index + 2];
      if (token.type === "paragraph_open" && close?.type === "paragraph_close") close.meta = { paragraph: count };
    });
  });
  // markdown-it puts a fence's attributes on its inner <code>; the paragraph is the <pre>.
  const fence = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index];
    const id = token?.attrGet("id");
    if (!token || !fence || id === null || id === undefined) return fence ? fence(tokens, index, options, env, self) : "";
    token.attrs = (token.attrs ?? []).filter(([name]) => name !== "id");
    return fence(tokens, index, options, env, self).replace(/^<pre>/, `<pre id="${id}">`);
  };
  const closeParagraph = md.renderer.rules.paragraph_close;
  md.renderer.rules.paragraph_close = (tokens, index, options, env, self) => {
    const paragraph = (tokens[index]?.meta as { paragraph?: number } | null)?.paragraph;
    const rest = closeParagraph ? closeParagraph(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
    return paragraph === undefined ? rest : `<a class="pilcrow" href="#p${paragraph}" aria-label="Link to paragraph ${paragraph}"></a>${rest}`;
  };
}
