// Our build, measured cold (fresh cache and output each run) and warm (the cold build's cache and output again).
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { differingFiles } from "../check-site/site-files.ts";
import { siteFolder } from "../cli/site-folder.ts";
import { recordFile } from "../stages/record-file.ts";
import type { BuildReport } from "../stages/report.ts";
import { type BuildFolders, type BuildRun, runBuild, type StageName, stageNames } from "./build-run.ts";
import { describeRun, type Log } from "./comparisons.ts";
import { type Figures, medianFigures } from "./figures.ts";
import type { ResultRow } from "./results.ts";
import { count } from "./results-tables.ts";
import { changeSeed, publishedSeeds, seedToChange } from "./seeds.ts";

export interface Builds {
  seeds: string;
  runs: number;
  log: Log;
  /** Folders made here that still exist; whoever calls removes them when done, even after a failure. */
  temporary: Set<string>;
}

export interface ColdBuild extends BuildFolders {
  medians: ResultRow["ours"];
}

const removeFolder = async (folder: string, temporary: Set<string>) => {
  await rm(folder, { recursive: true, force: true });
  temporary.delete(folder);
};

/** A stage's medians, or null when some run did not report it (nothing to compare then). */
function stageMedians(builds: BuildRun[], stage: StageName): Figures | null {
  const figures = builds.map((build) => build.stages[stage]);
  return figures.every((each) => each !== undefined) ? medianFigures(figures) : null;
}

/** Builds `runs` times from nothing; only the last run's folders are kept, for the comparisons and warm builds. */
export async function coldBuilds({ seeds, runs, log, temporary }: Builds): Promise<ColdBuild> {
  const builds: BuildRun[] = [];
  let folders: BuildFolders | undefined;
  for (let run = 0; run < runs; run++) {
    // The previous run's site goes first: at 100,000 articles two sites at once take many gigabytes.
    if (folders) for (const folder of [folders.site, folders.cache]) await removeFolder(folder, temporary);
    folders = { seeds, site: await siteFolder(), cache: await mkdtemp(join(tmpdir(), "broadsheet-cache-")) };
    temporary.add(folders.site).add(folders.cache);
    const build = await runBuild(folders);
    log(`${describeRun("cold build", run, runs, build.total)}${build.skipped ? " (it reported nothing changed, with an empty cache: check --cache)" : ""}`);
    builds.push(build);
  }
  if (!folders) throw new Error("coldBuilds needs at least one run");
  const [convert, render, index] = stageNames.map((stage) => stageMedians(builds, stage));
  return {
    ...folders,
    medians: { convert: convert ?? null, render: render ?? null, index: index ?? null, total: medianFigures(builds.map((build) => build.total)) },
  };
}

/** Rebuilds with no seed changed, then with one seed changed before each run, in the cold build's folders. */
export async function warmBuilds({ runs, log }: Builds, cold: ColdBuild): Promise<ResultRow["warm"]> {
  const unchanged: Figures[] = [];
  for (let run = 0; run < runs; run++) {
    const build = await runBuild(cold);
    log(
      `${describeRun("rebuild, none changed", run, runs, build.total)}${build.skipped ? "" : " (it rebuilt though no seed changed: did the project's scripts, layouts or content pages change meanwhile?)"}`,
    );
    unchanged.push(build.total);
  }
  const report = JSON.parse(await readFile(join(cold.site, "build-report.json"), "utf8")) as BuildReport;
  const seed = seedToChange(report.seeds);
  const oneChanged: Figures[] = [];
  for (let run = 0; run < runs; run++) {
    await changeSeed(seed, run);
    const build = await runBuild(cold);
    log(`${describeRun("rebuild, one changed", run, runs, build.total)}${build.skipped ? " (it skipped though a seed changed)" : ""}`);
    oneChanged.push(build.total);
  }
  const added = await oneAdded(cold, log);
  const changes = { added: added.figures, ...(await correctedAndDeleted(cold, report.seeds, log)) };
  return {
    unchanged: medianFigures(unchanged),
    oneChanged: medianFigures(oneChanged),
    oneAdded: { changedFiles: added.changedFiles },
    changes,
    sameAsFresh: await sameAsFresh(cold, log),
  };
}

/** Corrects one article's headline, rebuilds, then deletes another article's seed and rebuilds: one run each, timed. */
async function correctedAndDeleted(cold: ColdBuild, seeds: BuildReport["seeds"], log: Log): Promise<{ corrected: Figures; deleted: Figures }> {
  // Not the first published seed: the one-changed runs edit that one.
  const [, first, second] = publishedSeeds(seeds);
  if (!first || !second) throw new Error("the cold build published fewer than three articles, too few to correct one and delete another");
  const text = await readFile(first, "utf8");
  await writeFile(first, text.replace(/^(\s*)(\S[^\n]*)/, "$1$2, corrected"));
  const corrected = await runBuild(cold);
  log(describeRun("rebuild, one headline corrected", 0, 1, corrected.total));
  await rm(second);
  const deleted = await runBuild(cold);
  log(describeRun("rebuild, one deleted", 0, 1, deleted.total));
  return { corrected: corrected.total, deleted: deleted.total };
}

/**
 * Builds the seeds as they now are from nothing, with the record the rebuilds left (as a fresh
 * clone of the archive would), and compares every file with the rebuilt site.
 */
async function sameAsFresh(cold: ColdBuild, log: Log): Promise<boolean> {
  const fresh = { seeds: cold.seeds, site: await siteFolder(), cache: await mkdtemp(join(tmpdir(), "broadsheet-cache-")) };
  try {
    await cp(recordFile(join(cold.site, "content")), recordFile(join(fresh.site, "content")));
    await runBuild(fresh);
    const differing = await differingFiles(join(cold.site, "_site"), join(fresh.site, "_site"));
    log(
      `rebuilt site against a fresh build: ${differing.length === 0 ? "identical" : `${count(differing.length)} files differ, e.g. ${differing.slice(0, 5).join(", ")}`}`,
    );
    return differing.length === 0;
  } finally {
    for (const folder of [fresh.site, fresh.cache]) await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Adds one seed, as a maintainer adds an article, rebuilds, and counts the site's files that
 * changed: what a deploy, a CDN and a browser cache pay for. One run, timed.
 */
async function oneAdded(cold: ColdBuild, log: Log): Promise<{ changedFiles: number; figures: Figures }> {
  const before = await mkdtemp(join(tmpdir(), "broadsheet-before-"));
  try {
    await cp(join(cold.site, "_site"), before, { recursive: true });
    await writeFile(join(cold.seeds, "bench-added.txt"), addedSeed);
    const build = await runBuild(cold);
    const changedFiles = (await differingFiles(before, join(cold.site, "_site"))).length;
    log(`${describeRun("rebuild, one added", 0, 1, build.total)}; ${count(changedFiles)} files of the site changed`);
    return { changedFiles, figures: build.total };
  } finally {
    await rm(before, { recursive: true, force: true });
  }
}

/** The added seed: undated, as most scrapes are, with words of its own. */
const addedSeed =
  "Harbour trust opens a new quay at Tobermory\n\nThe harbour trust opened a new quay at Tobermory on Monday, after two years of building work paid for by fishing fees.\n";
