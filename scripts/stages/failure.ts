import { stagingFolder } from "./publish.ts";

/** An error from the file system: a code such as `ENOSPC`, and the path it was working on. */
interface SystemError {
  code: string;
  path?: string;
  dest?: string;
}

const isSystemError = (error: unknown): error is SystemError =>
  typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string" && /^E[A-Z]+$/.test((error as SystemError).code);

/** The errors an error was caused by, itself first: Eleventy keeps the one it caught as `originalError`, Node as `cause`. */
function* causes(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  for (let current = error; current !== undefined && current !== null && !seen.has(current); ) {
    seen.add(current);
    yield current;
    const { originalError, cause } = current as { originalError?: unknown; cause?: unknown };
    current = originalError ?? cause;
  }
}

const full: Record<string, string> = {
  ENOSPC: "no space left on device",
  EDQUOT: "the disk quota is used up",
};

/**
 * What a maintainer should read when a build fails for want of disk space, whoever threw it
 * (the build writing a file, Eleventy, Pagefind's files): the plain fact, the path, and that the
 * last site is untouched; `writing` is the folder it was filling, for an error that names no file
 * (Eleventy's passthrough copy). Undefined for any other failure, which is shown as it is.
 */
export function diskFull(error: unknown, writing?: string): string | undefined {
  let written: string | undefined;
  for (const cause of causes(error)) {
    // Eleventy writes with writeFileSync, whose error has no path; its wrapper's message names the file.
    written ??= /^Having trouble writing to "([^"]+)"/.exec(cause instanceof Error ? cause.message : "")?.[1];
    if (!isSystemError(cause) || !Object.hasOwn(full, cause.code)) continue;
    const where = cause.dest ?? cause.path ?? written ?? writing;
    return `${full[cause.code]}${where ? ` while writing ${where}` : ""}: free some space and build again; the last site is unchanged`;
  }
  return undefined;
}

/**
 * What a maintainer reads when a build into `output` fails for want of disk space; undefined for
 * any other failure. A file that names no path was going into the new site, written beside the old.
 */
export const buildFailure = (error: unknown, output: string) => diskFull(error, `${stagingFolder(output)}/`);
