import type { Article } from "./article.ts";
import { profiles } from "./sources/index.ts";

/** Picks the source profile: the one the seed names in front matter, else the first that recognises it. */
export function source(article: Article): Article {
  const named = article.supplied.source;
  const texts = article.paragraphs.map((paragraph) => paragraph.text);
  const profile = named !== undefined ? profiles.find((candidate) => candidate.name === named) : profiles.find((candidate) => candidate.recognises(texts));
  return profile ? { ...article, profile } : article;
}
