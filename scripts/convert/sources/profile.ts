import type { Facts } from "../article.ts";

/** A line that a site adds around its articles, and what its presence tells about the article. */
export interface FurnitureRule {
  pattern: RegExp;
  /** What the line says about the article, kept as metadata when the line is removed. */
  facts?: Facts;
}

/** What the converter knows about one site. Adding a site means adding one of these. */
export interface SourceProfile {
  /** The source's name as readers know it. */
  name: string;
  /** True when the seed's paragraphs carry a line that only this site's pages have. */
  recognises: (paragraphs: string[]) => boolean;
  furniture: FurnitureRule[];
  /** The section named by a breadcrumb paragraph (which ends with the headline), if it is one. */
  breadcrumb?: (paragraph: string, headline: string) => string | undefined;
}
