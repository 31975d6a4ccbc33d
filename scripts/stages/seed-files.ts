import { constants } from "node:fs";
import { type FileHandle, lstat, open, readdir, realpath } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";
import type { Seed } from "../convert/article.ts";

/** No news article comes near this; a larger file is a dump or a mistake, and is not read into memory. */
export const largestSeed = 5 * 1024 * 1024;

/** Files read at once: enough to keep the disk busy, few enough to stay far below the open-file limit. */
const readsAtOnce = 64;

const reasons = new Map([
  ["EACCES", "permission denied"],
  ["EPERM", "permission denied"],
  ["ENOENT", "the file disappeared while the build ran"],
  ["ELOOP", "it is a symbolic link that loops"],
]);

/** Whether a path below the seeds folder names a seed: a `*.txt` file, in no hidden folder and not hidden itself. */
export const isSeedPath = (relativePath: string) =>
  relativePath.endsWith(".txt") && !relativePath.split(sep).some((part) => part.startsWith(".") || part === "..");

/**
 * Every `*.txt` below `folder` (hidden folders skipped), in a stable order, as paths below it.
 * Anything so named that is not a folder is listed, links and pipes included, so that each is
 * read or reported, never passed over.
 */
export async function findSeeds(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .filter(isSeedPath)
    .sort();
}

/** Whether `path` (a real path) is the folder whose real path is `root` or lies inside it; a sibling that merely starts with its name does not. */
function isInside(root: string, path: string): boolean {
  const below = relative(root, path);
  return below !== ".." && !below.startsWith(`..${sep}`) && !isAbsolute(below);
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The whole of an open regular file of `size` bytes, as `fstat` gave it before a byte was read. */
async function readWhole(handle: FileHandle, size: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return bytes.subarray(0, filled);
}

/**
 * A seed's bytes, or why they are not read. Only a regular file whose real path lies inside the
 * seeds folder is read: a link that leads out of it (to `/etc/passwd`, to `.git/config` beside
 * it) or to a device or pipe (`/dev/zero`, a FIFO) is refused, and its size is known before reading.
 */
async function bytesOf(root: string, path: string): Promise<Seed["bytes"]> {
  const real = await realpath(path);
  if (!isInside(root, real)) return { unreadable: "it is a symbolic link that leads outside the seeds folder; seeds are read only from inside it" };
  // O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW: the path was resolved, and may not become a link meanwhile.
  const handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  try {
    const found = await handle.stat();
    if (found.isDirectory()) return { unreadable: "it is a folder" };
    if (!found.isFile()) return { unreadable: "it is not a regular file (a device, a pipe or a socket); seeds must be plain-text files" };
    if (found.size > largestSeed) {
      return { unreadable: `it is ${megabytes(found.size)}, more than the ${megabytes(largestSeed)} a seed may be; split it into one file per article` };
    }
    return await readWhole(handle, found.size);
  } finally {
    await handle.close();
  }
}

async function readSeed(root: string, folder: string, relativePath: string): Promise<Seed> {
  const path = join(folder, relativePath);
  const seed = { path, relativePath: relativePath.split(sep).join("/") };
  try {
    return { ...seed, bytes: await bytesOf(root, path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const dangling =
      code === "ENOENT" &&
      (await lstat(path).then(
        (found) => found.isSymbolicLink(),
        () => false,
      ));
    return { ...seed, bytes: { unreadable: dangling ? "it is a symbolic link to a file that does not exist" : (reasons.get(code) ?? String(error)) } };
  }
}

/** Reads each seed; a file that cannot be read becomes a seed that says why, so it is still reported. */
export async function readSeeds(folder: string, relativePaths: string[]): Promise<Seed[]> {
  const root = await realpath(folder);
  const seeds: Seed[] = [];
  for (let start = 0; start < relativePaths.length; start += readsAtOnce) {
    const batch = relativePaths.slice(start, start + readsAtOnce);
    seeds.push(...(await Promise.all(batch.map((relativePath) => readSeed(root, folder, relativePath)))));
  }
  return seeds;
}
