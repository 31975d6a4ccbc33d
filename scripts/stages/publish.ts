import { access, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Writes a file whole or not at all: beside it first, then renamed over it, so a killed build leaves the old file. */
export async function replaceFile(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.next`, text);
  await rename(`${file}.next`, file);
}

/** Where a folder's new contents are written before they are swapped in. */
export const stagingFolder = (folder: string) => `${folder}.next`;

/**
 * Fills `folder` wholesale: the new contents are written beside it, then swapped in by two
 * renames, so the folder is never half-written and nothing from an earlier build lingers. A
 * build killed between the two renames (a window of microseconds) leaves the last complete
 * contents in `<folder>.previous`, and the next build puts them back before it starts. A fill
 * that fails (a full disk) leaves the folder as it was, and its half-written contents are removed.
 * `swappedIn` runs the moment the new contents are in place, for what must go with them.
 */
export async function replaceFolder(folder: string, fill: (staging: string) => Promise<void>, swappedIn = async () => {}): Promise<void> {
  const staging = stagingFolder(folder);
  const previous = `${folder}.previous`;
  if (!(await exists(folder)) && (await exists(previous))) await rename(previous, folder);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    await fill(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
  await rename(folder, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(staging, folder);
  await swappedIn();
  await rm(previous, { recursive: true, force: true });
}

/** Writes each converted article as `<slug>.md`; `written` runs once all are, before they are swapped in. */
export async function writeArticles(folder: string, documents: Array<{ slug: string; document: string }>, written = async () => {}): Promise<void> {
  await replaceFolder(folder, async (staging) => {
    for (const { slug, document } of documents) await writeFile(join(staging, `${slug}.md`), document);
    await written();
  });
}
