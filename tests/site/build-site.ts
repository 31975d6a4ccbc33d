import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { parseHTML } from "linkedom";
import { fileOf } from "../../scripts/check-site/site-files.ts";
import { buildCommand } from "../../scripts/cli/build-command.ts";
import { buildArguments, buildFlags, projectRoot, siteFolder, typeScriptCommand } from "../../scripts/cli/site-folder.ts";
import type { BuildReport } from "../../scripts/stages/report.ts";

export { buildArguments, projectRoot, siteFolder, typeScriptCommand };

export interface Build {
  folder: string;
  exitCode: number;
  stdout: string;
  stderr: string;
  report: () => Promise<BuildReport>;
  /** The rendered page at a site URL, parsed. */
  page: (url: string) => Promise<Document>;
}

/** A fresh seeds folder holding the fixture seeds and the archive's committed seed. */
export async function fixtureSeeds(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "broadsheet-seeds-"));
  await cp(join(projectRoot, "tests/fixtures/seeds"), folder, { recursive: true });
  await cp(join(projectRoot, "seeds"), folder, { recursive: true });
  return folder;
}

export interface BuildOptions {
  flags?: string[];
  /** A folder made by `siteFolder()`, to build into again. */
  folder?: string;
  /** Extra environment, e.g. `SITE_URL`. */
  env?: Record<string, string>;
}

/** A stream that keeps what is written to it. */
function collector(): NodeJS.WritableStream & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join("") });
}

/**
 * Runs `npm run build`'s command on a seeds folder in this process, writing only into a folder of
 * its own: the same code as the command line, without a process's start-up for every build.
 */
export async function buildSite(seeds: string, { flags = [], folder, env = {} }: BuildOptions = {}): Promise<Build> {
  const root = folder ?? (await siteFolder());
  const [stdout, stderr] = [collector(), collector()];
  const exitCode = await inTurn(() => buildCommand(buildFlags(seeds, root, flags), { stdout, stderr, env: { ...process.env, ...env } }));
  return builtInto(root, { exitCode, stdout: stdout.text(), stderr: stderr.text() });
}

// Eleventy keeps some state per process (environment variables it sets, its run mode), so the
// builds of one process take turns, even for tests that run side by side.
let lastBuild: Promise<unknown> = Promise.resolve();
function inTurn<T>(build: () => Promise<T>): Promise<T> {
  const next = lastBuild.then(build, build);
  lastBuild = next.catch(() => undefined);
  return next;
}

const builtInto = (root: string, said: Pick<Build, "exitCode" | "stdout" | "stderr">): Build => ({
  folder: root,
  ...said,
  report: async () => JSON.parse(await readFile(join(root, "build-report.json"), "utf8")) as BuildReport,
  page: async (url) => parseHTML(await readFile(join(root, "_site", fileOf(url)), "utf8")).document,
});

/**
 * Runs `npm run build` itself on a seeds folder, in a process of its own: for what only the command
 * shows, such as a failure Eleventy leaves unawaited after the build has ended.
 */
export async function buildSiteAsCommand(seeds: string, { flags = [], folder, env = {} }: BuildOptions = {}): Promise<Build> {
  const root = folder ?? (await siteFolder());
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      typeScriptCommand(buildArguments(seeds, root, flags)),
      { cwd: projectRoot, env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        done({ exitCode: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
  return builtInto(root, { exitCode, stdout, stderr });
}

export const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, " ").trim() ?? "";
