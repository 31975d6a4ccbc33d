import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { fileOf } from "../../scripts/check-site/site-files.ts";
import { buildArguments, projectRoot, siteFolder, tsx } from "../../scripts/cli/site-folder.ts";
import type { BuildReport } from "../../scripts/stages/report.ts";

export { buildArguments, projectRoot, siteFolder, tsx };

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

/** Runs `npm run build`'s script on a seeds folder, writing only into a folder of its own. */

export async function buildSite(seeds: string, { flags = [], folder, env = {} }: BuildOptions = {}): Promise<Build> {
  const root = folder ?? (await siteFolder());
  const args = buildArguments(seeds, root, flags);
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>((done) => {
    execFile(tsx, args, { cwd: projectRoot, env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ exitCode: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
  return {
    folder: root,
    exitCode,
    stdout,
    stderr,
    report: async () => JSON.parse(await readFile(join(root, "build-report.json"), "utf8")) as BuildReport,
    page: async (url) => parseHTML(await readFile(join(root, "_site", fileOf(url)), "utf8")).document,
  };
}

export const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, " ").trim() ?? "";
