import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { RecordProblem } from "../convert/record.ts";

/** The archive's record of published addresses, kept in the content folder and committed with it. */
export const recordFile = (content: string) => join(content, "addresses.jsonl");
/** The archive's record of published topic addresses, beside it. */
export const topicRecordFile = (content: string) => join(content, "topic-addresses.jsonl");

/** The record file cannot be read as a record: nothing was built. */
export class RecordUnusable extends Error {}

/** What a record file holds (its text, and the record `read` from it); no file is an empty record, as on a first build. */
export async function readRecordFile<Record>(file: string, read: (text: string) => Record): Promise<{ text: string; record: Record }> {
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return "";
    throw new RecordUnusable(`${file}: cannot read the archive's record (${error.code ?? error.message})`);
  });
  try {
    return { text, record: read(text) };
  } catch (error) {
    if (!(error instanceof RecordProblem)) throw error;
    throw new RecordUnusable(`${file}:${error.line}:1: error: ${error.reason} [record]`);
  }
}

/** The lines that differ between two texts of the record, as a diff shows them: `-` for a line gone, `+` for a line new. */
export function recordChanges(before: string, after: string): string[] {
  const old = new Set(before.split("\n").filter(Boolean));
  const now = new Set(after.split("\n").filter(Boolean));
  return [...[...old].filter((line) => !now.has(line)).map((line) => `-${line}`), ...[...now].filter((line) => !old.has(line)).map((line) => `+${line}`)];
}
