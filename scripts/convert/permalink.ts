import { createHash } from "node:crypto";
import type { Article } from "./article.ts";
import { slugWords } from "./slug.ts";

/** Whole slug, stable suffix included. */
export const longestSlug = 80;
const suffixLength = 6;

/** A slug cut to at most `length` characters, at a word (a hyphen) where there is one. */
export function cutSlug(slug: string, length: number): string {
  if (slug.length <= length) return slug;
  const cut = slug.slice(0, length + 1);
  const boundary = cut.lastIndexOf("-");
  return (boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, length)).replace(/-+$/, "");
}

/**
 * The article's slug: its headline's words plus a short suffix from the seed's `id`, or else
 * from its path below the seeds folder. The suffix keeps two articles with one headline apart,
 * and depends on nothing but the seed itself, so adding or removing other seeds never moves it.
 */
export function permalink(article: Article): Article {
  if (!article.headline) return article;
  const suffix = article.supplied.id ?? createHash("sha256").update(article.seed.relativePath).digest("hex").slice(0, suffixLength);
  const base = cutSlug(slugWords(article.headline.text), longestSlug - suffix.length - 1);
  return { ...article, slug: base === "" ? suffix : `${base}-${suffix}` };
}
