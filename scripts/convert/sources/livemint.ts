import type { SourceProfile } from "./profile.ts";

/** Crumbs run together without separators: `Business NewsPoliticsNews<headline>`. */
function breadcrumb(paragraph: string, headline: string): string | undefined {
  if (!paragraph.startsWith("Business News") || !paragraph.endsWith(headline)) return undefined;
  const crumbs = paragraph
    .slice("Business News".length, paragraph.length - headline.length)
    .split(/(?<=\p{Ll})(?=\p{Lu})/u)
    .map((crumb) => crumb.trim());
  return crumbs.find((crumb) => crumb !== "" && crumb !== "News");
}

export const livemint: SourceProfile = {
  name: "Live Mint",
  recognises: (paragraphs) => paragraphs.some((text) => /\bon Live Mint\b|\bMint News App\b/.test(text)),
  furniture: [
    { pattern: /^This article was generated from an automated news agency feed\b/, facts: { agencyFeed: true } },
    { pattern: /^Catch all the .+ on Live Mint\. Download .+ App\b/ },
    { pattern: /^MoreLess$/ },
    { pattern: /^About The Author$/ },
  ],
  breadcrumb,
};
