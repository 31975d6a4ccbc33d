import matter from "gray-matter";
import { type Article, articleUrl } from "./article.ts";
import { type FrontMatter, frontMatterSchema } from "./schema.ts";

/** Present keys only, in the schema's order, so the same article always writes the same bytes. */
function ordered(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(frontMatterSchema.shape).flatMap((key) => (data[key] === undefined ? [] : [[key, data[key]]])));
}

/** The article as a Markdown file: validated front matter, then the escaped body. */
export function document(article: Article): Article {
  const { metadata, markdown, slug, seed, encoding } = article;
  if (!metadata || markdown === undefined || slug === undefined || !(seed.bytes instanceof Uint8Array) || encoding === undefined) {
    throw new Error(`document() needs a converted article; ${seed.path} reached it without metadata, markdown, slug or bytes`);
  }
  const data: FrontMatter = frontMatterSchema.parse({
    ...metadata,
    ...(article.topics ?? { people: [], organizations: [], places: [] }),
    related: article.related ?? [],
    alsoPublishedAs: article.alsoPublishedAs ?? [],
    repeatOf: article.repeatOf,
    entered: article.entered,
    corrected: article.corrected,
    seed: { file: seed.relativePath, bytes: seed.bytes.byteLength, sha256: article.sha256, encoding },
    furniture: [...article.furniture].sort((a, b) => a.line - b.line),
    permalink: articleUrl(article),
    layout: "article.njk",
  });
  return { ...article, document: matter.stringify(markdown, ordered(data)), frontMatter: data };
}
