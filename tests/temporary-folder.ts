// Vitest's global setup: every test run keeps its temporary folders (built sites, copied seeds,
// caches) in one folder of its own, removed when the run ends, so runs leave nothing behind.
import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "broadsheet-tests-"));
  const before = process.env.TMPDIR;
  // os.tmpdir() reads TMPDIR; test workers and the builds they start inherit it.
  process.env.TMPDIR = folder;
  return async () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    await rm(folder, { recursive: true, force: true });
  };
}
