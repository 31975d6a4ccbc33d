import { readFile } from "node:fs/promises";
import { replaceFile } from "./publish.ts";

/** The file: the version of the code whose results it holds, and each result by its key. */
interface KeptFile<Value> {
  version: string;
  results: Record<string, Value>;
}

/**
 * Results a build keeps for the next, by a key that is a hash of everything that decided them:
 * the topics the language model read from a text, what a remembered converter step gave an
 * article. The version of the code that made them is part of the file, so a change to that code
 * (or to its dependencies) starts it afresh. Only what a build used is saved, so the file stays
 * the size of the archive.
 */
export class KeptResults<Value> {
  private readonly used = new Map<string, Value>();

  private constructor(
    private readonly file: string,
    private readonly version: string,
    private readonly known: Map<string, Value>,
  ) {}

  /** Opens the file; a missing, unreadable or other version's file holds nothing. */
  static async open<Value>(file: string, version: string): Promise<KeptResults<Value>> {
    // Kept results only save time: a file that cannot be read is made again, and the build's output is the same.
    const saved = await readFile(file, "utf8")
      .then((text) => JSON.parse(text) as KeptFile<Value>)
      .catch(() => undefined);
    const known = saved?.version === version && saved.results ? new Map(Object.entries(saved.results)) : new Map<string, Value>();
    return new KeptResults(file, version, known);
  }

  has(key: string): boolean {
    return this.known.has(key);
  }

  /** The result kept under `key`, if any; one asked for is one this build used. */
  get(key: string): Value | undefined {
    const value = this.known.get(key);
    if (value !== undefined) this.used.set(key, value);
    return value;
  }

  set(key: string, value: Value): void {
    this.known.set(key, value);
    this.used.set(key, value);
  }

  /** Writes what this build used, whole or not at all (a killed build leaves the old file). */
  async save(): Promise<void> {
    const saved: KeptFile<Value> = { version: this.version, results: Object.fromEntries(this.used) };
    await replaceFile(this.file, JSON.stringify(saved));
  }
}
