// One run of `npm run build`'s script, measured as a whole and split by the stages it reports.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { buildArguments, projectRoot, tsx } from "../cli/site-folder.ts";
import { type Figures, stageFigures } from "./figures.ts";
import { measure } from "./process-tree.ts";

export const stageNames = ["convert", "render", "index"] as const;
export type StageName = (typeof stageNames)[number];

/** What the build writes with `--timings FILE`. */
const timingsSchema = z.object({
  stages: z.array(z.object({ name: z.string(), start: z.number(), end: z.number() })),
  /** Nothing changed since the last build, so only the check ran. */
  skipped: z.boolean(),
});

export interface BuildRun {
  total: Figures;
  stages: Partial<Record<StageName, Figures>>;
  skipped: boolean;
}

export interface BuildFolders {
  seeds: string;
  /** A folder made by `siteFolder()`: content/, _site/ and build-report.json are written there. */
  site: string;
  /** The build's cache: a fresh folder for a cold build, the same one again for a warm build. */
  cache: string;
}

export async function runBuild({ seeds, site, cache }: BuildFolders): Promise<BuildRun> {
  const scratch = await mkdtemp(join(tmpdir(), "broadsheet-timings-"));
  const timingsFile = join(scratch, "timings.json");
  try {
    const flags = ["--keep-going", "--quiet", "--timings", timingsFile, "--cache", cache];
    const measured = await measure(tsx, buildArguments(seeds, site, flags), { cwd: projectRoot });
    const timings = timingsSchema.parse(JSON.parse(await readFile(timingsFile, "utf8")));
    const stages: BuildRun["stages"] = {};
    for (const stage of timings.stages) {
      const name = stageNames.find((known) => known === stage.name);
      if (name) stages[name] = stageFigures(measured.samples, stage);
    }
    return { total: measured, stages, skipped: timings.skipped };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
