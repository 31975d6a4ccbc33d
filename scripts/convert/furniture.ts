import type { Article, Paragraph, RemovedLine } from "./article.ts";
import { report } from "./diagnostics.ts";

/**
 * Removes the site furniture named by the seed's source profile (share prompts, disclaimers,
 * breadcrumbs), records each removed line, and keeps what the lines said (the section of a
 * breadcrumb, the agency-feed disclaimer) as facts.
 */
export function furniture(article: Article): Article {
  const { profile, headline } = article;
  if (!profile || !headline) return article;
  let facts = article.facts;
  const removed: RemovedLine[] = [];
  const kept: Paragraph[] = [];
  for (const paragraph of article.paragraphs) {
    const rule = profile.furniture.find((candidate) => candidate.pattern.test(paragraph.text));
    const section = rule ? undefined : profile.breadcrumb?.(paragraph.text, headline.text);
    if (!rule && section === undefined) {
      kept.push(paragraph);
      continue;
    }
    facts = { ...facts, ...rule?.facts, ...(section === undefined ? {} : { section }) };
    removed.push({ line: paragraph.line, text: paragraph.text, rule: section === undefined ? "boilerplate" : "breadcrumb" });
    report(article, "warning", "boilerplate", `removed site furniture "${paragraph.text}"`, { line: paragraph.line });
  }
  if (kept.length === 0) {
    report(article, "error", "no-body", `nothing is left after removing ${profile.name} site furniture; the seed has no article text`, { line: headline.line });
  }
  return { ...article, paragraphs: kept, furniture: [...article.furniture, ...removed], facts };
}
