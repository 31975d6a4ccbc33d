import { relative, sep } from "node:path";
import { watch } from "chokidar";
import { isSeedPath } from "./seed-files.ts";

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

/** Watches a seeds folder; `changed` hears the seeds (paths below the folder) added, edited or deleted, in batches. */
export function watchSeeds(folder: string, changed: (relativePaths: string[]) => Promise<void>): { close(): Promise<void> } {
  const add = inBatches(changed, 100);
  const watcher = watch(folder, { ignoreInitial: true });
  watcher.on("all", (_event, path) => {
    const below = relative(folder, path);
    if (!below.startsWith(`..${sep}`) && isSeedPath(below)) add(below.split(sep).join("/"));
  });
  return { close: () => watcher.close() };
}
