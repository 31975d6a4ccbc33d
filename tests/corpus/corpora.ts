// What the corpus tests share: where the corpora are, and checks every corpus build must pass.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { decodeHTMLStrict } from "entities";
import { expect } from "vitest";
import type { BuildReport } from "../../scripts/stages/report.ts";
import { type Build, projectRoot, text } from "../site/build-site.ts";

// Research-only corpora, read in place from ../shared and never copied into the repository.
export const corpora = resolve(projectRoot, "../shared/corpus");
export const present = existsSync(corpora);
if (!present) console.warn(`Skipping the corpus builds: ${corpora} is not here (the corpora live beside the project, in ../shared/corpus).`);

/** The headline as a reader of the raw file sees it: its first line with letters. */
function headlineOf(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  const line = text.split(/\r\n|\r|\n/).find((candidate) => /\p{L}/u.test(candidate)) ?? "";
  return decodeHTMLStrict(line.normalize("NFC"))
    .replace(/[\s\u00A0]+/g, " ")
    .trim();
}

export async function expectEveryHeadline(build: Build, report: BuildReport): Promise<void> {
  const published = report.seeds.filter((seed) => seed.status === "ok" || seed.status === "warning");
  for (const seed of published) {
    const h1 = text((await build.page(seed.url ?? "")).querySelector("h1"));
    const expected = headlineOf(await readFile(seed.seed));
    if (seed.messages.some((message) => message.rule === "no-headline")) expect(expected.startsWith(h1.replace(/…$/, "")), seed.seed).toBe(true);
    else expect(h1, seed.seed).toBe(expected);
  }
}

/** The category of a BBC seed: the folder it is in. */
export const folderOf = (path: string) => path.split("/").at(-2) ?? "";

export const accountsForEverySeed = (report: BuildReport, seeds: number) => {
  expect(report.seeds).toHaveLength(seeds);
  expect(report.totals.ok + report.totals.warning + report.totals.duplicate + report.totals.error).toBe(seeds);
};

// Building and reading thousands of pages takes longer than a unit test, more so beside another build.
export const corpusTimeout = 600_000;
