import { lstat, readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { Seed } from "./convert/article.ts";

/** No news article comes near this; a larger file is a dump or a mistake, and is not read into memory. */
export const largestSeed = 5 * 1024 * 1024;

/** Files read at once: enough to keep the disk busy, few enough to stay far below the open-file limit. */
const readsAtOnce = 64;

const reasons: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOENT: "the file disappeared while the build ran",
  ELOOP: "it is a symbolic link that loops",
  EISDIR: "it is a folder",
};

/** Whether a path below the seeds folder names a seed: a `*.txt` file, in no hidden folder and not hidden itself. */
export const isSeedPath = (relativePath: string) =>
  relativePath.endsWith(".txt") && !relativePath.split(sep).some((part) => part.startsWith(".") || part === "..");

/** Every `*.txt` below `folder` (hidden folders skipped), in a stable order, as paths below it. */
export async function findSeeds(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .filter(isSeedPath)
    .sort();
}

async function readSeed(folder: string, relativePath: string): Promise<Seed> {
  const path = join(folder, relativePath);
  const seed = { path, relativePath: relativePath.split(sep).join("/") };
  try {
    const { size } = await stat(path);
    if (size > largestSeed) {
      const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
      return {
        ...seed,
        bytes: { unreadable: `it is ${megabytes(size)}, more than the ${megabytes(largestSeed)} a seed may be; split it into one file per article` },
      };
    }
    return { ...seed, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const dangling =
      code === "ENOENT" &&
      (await lstat(path).then(
        (found) => found.isSymbolicLink(),
        () => false,
      ));
    return { ...seed, bytes: { unreadable: dangling ? "it is a symbolic link to a file that does not exist" : (reasons[code] ?? String(error)) } };
  }
}

/** Reads each seed; a file that cannot be read becomes a seed that says why, so it is still reported. */
export async function readSeeds(folder: string, relativePaths: string[]): Promise<Seed[]> {
  const seeds: Seed[] = [];
  for (let start = 0; start < relativePaths.length; start += readsAtOnce) {
    const batch = relativePaths.slice(start, start + readsAtOnce);
    seeds.push(...(await Promise.all(batch.map((relativePath) => readSeed(folder, relativePath)))));
  }
  return seeds;
}
