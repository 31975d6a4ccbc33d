import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";

/** Every file at or below each path, as paths relative to `root`, in a stable order; `skip` leaves out folders by name. */
async function filesBelow(root: string, paths: string[], skip: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const full = join(root, path);
    if (!(await stat(full)).isDirectory()) {
      files.push(path);
      continue;
    }
    const entries = await readdir(full, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      const below = relative(root, join(entry.parentPath, entry.name));
      if (entry.isFile() && !below.split("/").some((part) => skip.some((name) => part === name || part.startsWith(`${name}.`) || part.startsWith(`.${name}.`))))
        files.push(below);
    }
  }
  return files.sort();
}

/**
 * One hash of the named files' names and bytes, plus any extra facts: equal fingerprints mean
 * the same inputs. `skip` names folders that are outputs, not inputs (`articles` in the content folder,
 * and `articles.next`, `articles.previous` beside it while a build updates it).
 */
export async function fingerprint(root: string, paths: string[], extra: string[] = [], skip: string[] = []): Promise<string> {
  const hash = createHash("sha256");
  for (const file of await filesBelow(root, paths, skip))
    hash
      .update(file)
      .update("\0")
      .update(await readFile(join(root, file)))
      .update("\0");
  for (const fact of extra) hash.update(fact).update("\0");
  return hash.digest("base64url");
}
