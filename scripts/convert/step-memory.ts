// What lets a rebuild skip the converter's costly steps for articles they have seen: each
// article carries a chain, a hash of everything that decided it so far (its seed, then each step
// it went through and what each corpus-wide step changed in it). A step on one article is a pure
// function of the article, so the same chain before a step means the same result after it, as
// Bazel's action cache reruns an action only when the hash of its inputs changed.
import { createHash } from "node:crypto";
import type { Article, ArticleStep, Seed } from "./article.ts";
import { type PositionedMessage, positioned, report } from "./diagnostics.ts";

/** A short hash of some texts, a separator between each. */
export function digestOf(...parts: Array<string | Uint8Array>): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("base64url").slice(0, 22);
}

/** What a step did to one article: the fields it set, and the problems it reported. */
export interface StepResult {
  fields: Record<string, unknown>;
  messages: PositionedMessage[];
}

/**
 * What steps worked out before, by a key that hashes everything it depends on: a remembered
 * step's result by the article's chain and the step's name, or a value a corpus-wide step works
 * out from one article alone (see `rememberedValue`). Values are JSON.
 */
export interface StepMemory {
  recall(key: string): unknown;
  keep(key: string, value: unknown): void;
}

export const noStepMemory: StepMemory = { recall: () => undefined, keep: () => {} };

/** The chain of a seed not yet converted: its path and its bytes. */
export const seedChain = ({ relativePath, bytes }: Seed) => digestOf(relativePath, bytes instanceof Uint8Array ? bytes : JSON.stringify(bytes));

/** The fields of `after` that are not those of `before`: a step never changes an article in place. */
const changedFields = (before: Article, after: Article) =>
  Object.fromEntries(Object.entries(after).filter(([field, value]) => value !== before[field as keyof Article]));

/**
 * The chain after a corpus-wide step: unchanged when the step left the article as it was,
 * else a hash of the chain before and of what the step changed in it.
 */
export const chainAfter = (chain: string, step: string, before: Article, after: Article) =>
  before === after ? chain : digestOf(chain, step, JSON.stringify(changedFields(before, after)));

/** Runs `step` on an article, or gives what it gave before, from `memory`, when the chain says the article is the same. */
export function rememberedStep(step: ArticleStep, article: Article, key: string, memory: StepMemory): Article {
  const known = memory.recall(key) as StepResult | undefined;
  if (known) {
    for (const { severity, rule, message, line, column } of known.messages) report(article, severity, rule, message, { line, column });
    memory.keep(key, known);
    return { ...article, ...known.fields } as Article;
  }
  const before = article.file.messages.length;
  const after = step(article);
  // JSON, as the memory keeps it: what it gives back later is what it gives now.
  const result = JSON.parse(
    JSON.stringify({ fields: changedFields(article, after), messages: after.file.messages.slice(before).map(positioned) }),
  ) as StepResult;
  memory.keep(key, result);
  return { ...article, ...result.fields } as Article;
}

/**
 * A value a corpus-wide step works out from one article alone (its MinHash signature), from
 * `memory` when it holds one under `key`, which must hash everything the value depends on. The
 * value goes through JSON either way, so a remembered and a fresh one cannot differ.
 */
export function rememberedValue<Value>(memory: StepMemory, key: string, compute: () => Value): Value {
  const known = memory.recall(key) as Value | undefined;
  const value = known ?? (JSON.parse(JSON.stringify(compute())) as Value);
  memory.keep(key, value);
  return value;
}
