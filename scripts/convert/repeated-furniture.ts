import type { Article } from "./article.ts";
import { report } from "./diagnostics.ts";

/** How many paragraphs at each end of an article are searched for repeated lines. */
const headSize = 2;
const tailSize = 3;
/** A line must repeat in at least this many seeds, and this share of its source's seeds. */
const leastSeeds = 3;
const leastShare = 0.2;
/** Longer paragraphs are article text, however often they repeat. */
const longestFurniture = 200;

function groupOf(article: Article): string {
  const folder = article.seed.relativePath.includes("/") ? article.seed.relativePath.split("/")[0] : "";
  return article.profile?.name ?? article.supplied.source ?? `folder:${folder}`;
}

function edgeIndexes(article: Article): number[] {
  const count = article.paragraphs.length;
  return [...new Set([...Array(Math.min(headSize, count)).keys(), ...Array.from({ length: Math.min(tailSize, count) }, (_, index) => count - 1 - index)])];
}

function repeatedLines(group: Article[]): Set<string> {
  const seedsWith = new Map<string, number>();
  for (const article of group) {
    const texts = new Set(edgeIndexes(article).map((index) => article.paragraphs[index]?.text ?? ""));
    for (const text of texts) if (text.length <= longestFurniture) seedsWith.set(text, (seedsWith.get(text) ?? 0) + 1);
  }
  const least = Math.max(leastSeeds, Math.ceil(group.length * leastShare));
  return new Set([...seedsWith].filter(([, count]) => count >= least).map(([text]) => text));
}

/**
 * The generic furniture rule: a line that stands verbatim at the head or tail of many seeds
 * of the same source (or folder, when the source is unknown) is the site's, not the article's.
 */
export function repeatedFurniture(articles: Article[]): Article[] {
  const groups = new Map<string, Article[]>();
  for (const article of articles) {
    const key = groupOf(article);
    const group = groups.get(key);
    if (group) group.push(article);
    else groups.set(key, [article]);
  }
  const repeatedIn = new Map([...groups].map(([key, group]) => [key, repeatedLines(group)]));
  return articles.map((article) => {
    const repeated = repeatedIn.get(groupOf(article));
    const edges = new Set(edgeIndexes(article));
    const drop = article.paragraphs.filter((paragraph, index) => edges.has(index) && repeated?.has(paragraph.text));
    if (drop.length === 0) return article;
    for (const paragraph of drop) {
      report(
        article,
        "warning",
        "repeated-boilerplate",
        `removed "${paragraph.text}": the same line stands at the head or tail of many seeds from this source`,
        {
          line: paragraph.line,
        },
      );
    }
    const paragraphs = article.paragraphs.filter((paragraph) => !drop.includes(paragraph));
    if (paragraphs.length === 0) report(article, "error", "no-body", "nothing is left after removing lines repeated across this source's seeds", { line: 1 });
    const removed = drop.map((paragraph) => ({ line: paragraph.line, text: paragraph.text, rule: "repeated-boilerplate" }));
    return { ...article, paragraphs, furniture: [...article.furniture, ...removed] };
  });
}
