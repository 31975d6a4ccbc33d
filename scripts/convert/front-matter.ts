import { isMap, isNode, isScalar, LineCounter, parseDocument } from "yaml";
import type { Article } from "./article.ts";
import { report } from "./diagnostics.ts";
import { type SuppliedMetadata, suppliedKeys, suppliedMetadataSchema } from "./schema.ts";

const fence = /^---$/;
const closingFence = /^(---|\.\.\.)$/;
/** A block between `---` lines is front matter only if it looks like metadata; else it is text with rules in it. */
const keyLine = /^[A-Za-z_][\w-]*:(\s|$)/;

/**
 * Reads the optional YAML block at the top of a seed (between `---` lines). Only the keys of
 * `suppliedMetadataSchema` are kept, each validated on its own; anything else is reported
 * with its line and ignored, so a seed can never set data that steers the site generator.
 */
export function frontMatter(article: Article): Article {
  const [first, ...rest] = article.lines;
  if (!first || !fence.test(first.text)) return article;
  const closing = rest.findIndex((line) => closingFence.test(line.text));
  const block = rest.slice(0, Math.max(closing, 0)).filter((line) => line.text.trim() !== "");
  if (closing < 0 || (block.length > 0 && !block.some((line) => keyLine.test(line.text)))) {
    report(article, "warning", "front-matter", "the seed starts with a `---` line but no `key: value` front matter follows; read it as text", {
      line: first.number,
    });
    return article;
  }
  const firstLine = first.number + 1;
  const lineCounter = new LineCounter();
  const yaml = rest
    .slice(0, closing)
    .map((line) => line.text)
    .join("\n");
  // Every key a seed may set is text: the failsafe schema keeps `id: 247270` (a pinned suffix) and `title: 1984` as written.
  const document = parseDocument(yaml, { lineCounter, uniqueKeys: true, prettyErrors: false, schema: "failsafe" });
  const lineOf = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;
  const body = rest.slice(closing + 1);

  const [problem] = document.errors;
  if (problem) {
    report(article, "error", "front-matter", `the front matter is not valid YAML (${problem.code}); fix it or remove the \`---\` block`, {
      line: lineOf(problem.pos[0]),
    });
    return article;
  }
  if (document.contents === null) return { ...article, lines: body };
  if (!isMap(document.contents)) {
    report(article, "error", "front-matter", "the front matter must be a list of `key: value` lines", { line: first.number });
    return article;
  }

  const supplied: Record<string, unknown> = {};
  for (const item of document.contents.items) {
    const key = String(isScalar(item.key) ? item.key.value : item.key);
    const place = { line: lineOf(isNode(item.key) ? (item.key.range?.[0] ?? 0) : 0) };
    // The key is seed text: `constructor` or `__proto__` must not find what every object inherits.
    const field = Object.hasOwn(suppliedMetadataSchema.shape, key) ? suppliedMetadataSchema.shape[key as keyof SuppliedMetadata] : undefined;
    if (!field) {
      report(article, "warning", "front-matter", `ignored front-matter key "${key}": a seed may set only ${suppliedKeys.join(", ")}`, place);
      continue;
    }
    const checked = field.safeParse(isNode(item.value) ? item.value.toJSON() : item.value);
    if (checked.success) supplied[key] = checked.data;
    else report(article, "warning", "front-matter", `ignored front-matter key "${key}": ${checked.error.issues[0]?.message ?? "invalid value"}`, place);
  }
  return { ...article, lines: body, supplied: supplied as SuppliedMetadata };
}
