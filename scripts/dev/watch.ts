import { relative, resolve, sep } from "node:path";
import { watch } from "chokidar";
import { articlesFolder } from "../stages/article-files.ts";
import { isSeedPath } from "../stages/seed-files.ts";

/**
 * Gathers changes that arrive close together (an editor's save is often several events, a
 * `git checkout` many) and hands them over in batches, one batch at a time: a change that
 * arrives while a batch is handled waits for the next one.
 */
export function inBatches(handle: (changed: string[]) => Promise<void>, waitMs: number): (path: string) => void {
  const waiting = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const flush = () => {
    timer = undefined;
    running = running.then(async () => {
      if (waiting.size === 0) return;
      const changed = [...waiting];
      waiting.clear();
      await handle(changed);
    });
  };
  return (path) => {
    waiting.add(path);
    clearTimeout(timer);
    timer = setTimeout(flush, waitMs);
  };
}

/** The part of `path` below `folder`, with `/` separators; undefined when it is not below it. */
function below(folder: string, path: string): string | undefined {
  const part = relative(folder, path);
  return part === "" || part === ".." || part.startsWith(`..${sep}`) ? undefined : part.split(sep).join("/");
}

// Links are not followed: a link in the folder to `/` must not make the watcher walk the machine.
const watching = { ignoreInitial: true, followSymlinks: false } as const;

/** Watches a seeds folder; `changed` hears each seed (its path below the folder) added, edited, renamed or deleted. */
export function watchSeeds(folder: string, changed: (relativePath: string) => void): { close(): Promise<void> } {
  const watcher = watch(folder, watching);
  watcher.on("all", (_event, path) => {
    const seed = below(folder, path);
    if (seed !== undefined && isSeedPath(seed)) changed(seed);
  });
  return { close: () => watcher.close() };
}

/**
 * Watches the content folder and the layouts; `changed` hears each file that changes, except the
 * articles the build itself writes into the content folder's articles folder (and beside it, while it swaps them in).
 */
export function watchTemplates(content: string, layouts: string, changed: (path: string) => void): { close(): Promise<void> } {
  const generated = (path: string) => below(resolve(content), resolve(path))?.startsWith(articlesFolder) === true;
  const watcher = watch([content, layouts], { ...watching, ignored: generated });
  watcher.on("all", (_event, path) => changed(path));
  return { close: () => watcher.close() };
}
