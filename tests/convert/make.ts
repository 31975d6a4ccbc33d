import type { Article, Seed } from "../../scripts/convert/article.ts";
import { type Severity, severityOf } from "../../scripts/convert/diagnostics.ts";
import { convertSync, pipeline } from "../../scripts/convert/pipeline.ts";

/** What a test seed holds: inline text (written as UTF-8), raw bytes, or why it cannot be read. */
export type Content = string | Uint8Array | { unreadable: string };

/** A seed below `seeds/`, named by its path in that folder. */
export function seed(content: Content, relativePath = "example.txt"): Seed {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return { path: `seeds/${relativePath}`, relativePath, bytes };
}

function stageIndex(name: string): number {
  const index = pipeline.findIndex(([stage]) => stage === name);
  if (index < 0) throw new Error(`no stage named "${name}"`);
  return index;
}

/** The articles as they stand just before the named stage runs. */
export function allBefore(stage: string, seeds: Seed[]): Article[] {
  return convertSync(seeds, pipeline.slice(0, stageIndex(stage)));
}

/** The article as it stands just before the named stage runs. */
export function before(stage: string, content: Content, relativePath?: string): Article {
  const [article] = allBefore(stage, [seed(content, relativePath)]);
  if (!article) throw new Error("convertSync() returned no article");
  return article;
}

/** The article as it stands just after the named stage ran. */
export function after(stage: string, content: Content, relativePath?: string): Article {
  const [article] = convertSync([seed(content, relativePath)], pipeline.slice(0, stageIndex(stage) + 1));
  if (!article) throw new Error("convertSync() returned no article");
  return article;
}

export interface Diagnostic {
  severity: Severity;
  rule: string | undefined;
  line: number | undefined;
}

/** The article's diagnostics without their wording, for exact comparison. */
export function diagnostics(article: Article): Diagnostic[] {
  return article.file.messages.map((message) => ({ severity: severityOf(message), rule: message.ruleId, line: message.line }));
}

/** What the article's diagnostics say, in order. */
export function reasons(article: Article): string[] {
  return article.file.messages.map((message) => message.reason);
}
