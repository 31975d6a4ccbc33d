import { access, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Fills `folder` wholesale: the new contents are written beside it, then swapped in by two
 * renames, so the folder is never half-written and nothing from an earlier build lingers. A
 * build killed between the two renames (a window of microseconds) leaves the last complete
 * contents in `<folder>.previous`, and the next build puts them back before it starts.
 */
export async function replaceFolder(folder: string, fill: (staging: string) => Promise<void>): Promise<void> {
  const staging = `${folder}.next`;
  const previous = `${folder}.previous`;
  if (!(await exists(folder)) && (await exists(previous))) await rename(previous, folder);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await fill(staging);
  await rm(previous, { recursive: true, force: true });
  await rename(folder, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(staging, folder);
  await rm(previous, { recursive: true, force: true });
}

/** Writes each converted article as `<slug>.md`; `written` runs once all are, before they are swapped in. */
export async function writeArticles(folder: string, documents: Array<{ slug: string; document: string }>, written = async () => {}): Promise<void> {
  await replaceFolder(folder, async (staging) => {
    for (const { slug, document } of documents) await writeFile(join(staging, `${slug}.md`), document);
    await written();
  });
}

/** The slugs to write (new or changed) and to remove, going from one set of documents to the next. */
export function articleChanges(previous: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>): { write: string[]; remove: string[] } {
  return {
    write: [...next].flatMap(([slug, document]) => (previous.get(slug) === document ? [] : [slug])),
    remove: [...previous.keys()].filter((slug) => !next.has(slug)),
  };
}

/**
 * Brings a folder of articles from `previous` to `next`, touching only the files that change, so
 * a watcher sees one changed article as one changed file (the dev server; builds use `writeArticles`).
 */
export async function updateArticles(folder: string, previous: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>) {
  const changes = articleChanges(previous, next);
  for (const slug of changes.write) await writeFile(join(folder, `${slug}.md`), next.get(slug) as string);
  for (const slug of changes.remove) await rm(join(folder, `${slug}.md`), { force: true });
  return changes;
}
