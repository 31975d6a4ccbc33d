// Vitest's global setup: every test run keeps its temporary folders (built sites, copied seeds,
// caches) in one folder of its own, removed when the run ends, so runs leave nothing behind.
import { accessSync, constants, mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Linux's shared-memory folder, a tmpfs, where it can be written: the tests write and read back
 * dozens of sites, and a run's folder is removed at its end, so nothing needs to reach a disk.
 */
function inMemory(): string | undefined {
  try {
    accessSync("/dev/shm", constants.W_OK);
    return "/dev/shm";
  } catch (error) {
    if (["ENOENT", "EACCES", "EROFS", "ENOTDIR"].includes((error as NodeJS.ErrnoException).code ?? "")) return undefined;
    throw error;
  }
}

export default function setup(): () => Promise<void> {
  const folder = mkdtempSync(join(inMemory() ?? tmpdir(), "broadsheet-tests-"));
  const before = process.env.TMPDIR;
  // os.tmpdir() reads TMPDIR; test workers and the builds they start inherit it.
  process.env.TMPDIR = folder;
  return async () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    await rm(folder, { recursive: true, force: true });
  };
}
