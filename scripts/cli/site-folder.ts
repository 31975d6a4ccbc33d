// A build of this project that writes only into a folder of its own: what the tests and the
// benchmark run, side by side, without touching the project's content/, _site/ or .cache/.
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { articlesFolder } from "../stages/article-files.ts";
import { recordFile } from "../stages/record-file.ts";

export const projectRoot = resolve(import.meta.dirname, "../..");
export const tsx = join(projectRoot, "node_modules/.bin/tsx");
/**
 * Node's arguments that run one of this project's TypeScript commands (the script, then its
 * arguments, from the project folder) in a single process; tsx's own command starts a second Node.
 */
export const typeScriptCommand = (scriptAndArguments: string[]) => ["--import", "tsx", ...scriptAndArguments];

/**
 * A fresh folder with the project's committed content pages: not its generated articles, nor the
 * record of the project's own archive, which a build of other seeds would read as withdrawn.
 */
export async function siteFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "broadsheet-site-"));
  const content = join(projectRoot, "content");
  await cp(content, join(folder, "content"), {
    recursive: true,
    filter: (source) => !source.startsWith(join(content, articlesFolder)) && !source.includes(`.${articlesFolder}.`) && source !== recordFile(content),
  });
  return folder;
}

/** The flags that keep a build, or the dev server, to `root` (a folder made by `siteFolder()`), its cache included. */
export const writingOnlyInto = (root: string) => ["--content", join(root, "content"), "--output", join(root, "_site"), "--cache", join(root, ".cache")];

/** The build's flags, writing only into `root`. */
export const buildFlags = (seeds: string, root: string, flags: string[] = []) => [
  "--seeds",
  seeds,
  ...writingOnlyInto(root),
  "--report",
  join(root, "build-report.json"),
  ...flags,
];

/** The build's command line (for tsx), writing only into `root`. */
export const buildArguments = (seeds: string, root: string, flags: string[] = []) => ["scripts/build.ts", ...buildFlags(seeds, root, flags)];
