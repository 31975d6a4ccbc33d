// What our build is compared with, each on the Markdown the converter wrote: Hugo, plain Eleventy, and copying the finished site.
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Figures, medianFigures } from "./figures.ts";
import { hugoArguments, hugoCommand, hugoSite } from "./hugo.ts";
import { peerBuild, peerSite } from "./peer.ts";
import { eleventyArguments, eleventyCommand, plainEleventySite } from "./plain-eleventy.ts";
import { measure } from "./process-tree.ts";
import { bytes, seconds } from "./results-tables.ts";

export type Log = (line: string) => void;

/** Article pages in a rendered site: `articles/<slug>/index.html`, where our permalinks, Hugo and plain Eleventy all put them. */
export async function articlePages(site: string): Promise<number> {
  const folder = join(site, "articles");
  if (!existsSync(folder)) return 0;
  const entries = await readdir(folder, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, "index.html"))).length;
}

export const describeRun = (name: string, run: number, runs: number, { wallMs, cpuMs, peakRssBytes }: Figures) =>
  `${name} ${run + 1}/${runs}: ${seconds(wallMs)} s, CPU ${seconds(cpuMs)} s, peak RSS ${bytes(peakRssBytes)}`;

export interface Compared {
  /** The converter's Markdown, `<content>/articles`. */
  markdown: string;
  articles: number;
  runs: number;
  log: Log;
}

/** Runs `write` `runs` times, each into a fresh folder, checks each wrote a page for every article, and returns the medians. */
async function medianOfRuns(name: string, { articles, runs, log }: Compared, write: (output: string) => Promise<Figures>): Promise<Figures> {
  const scratch = await mkdtemp(join(tmpdir(), "broadsheet-output-"));
  const measured: Figures[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const output = join(scratch, `run-${run + 1}`);
      const figures = await write(output);
      log(describeRun(name, run, runs, figures));
      const pages = await articlePages(output);
      if (pages !== articles)
        log(`${name} wrote ${pages} article pages for ${articles} articles, so its times are not comparable with ours; look at its output in ${output}`);
      else await rm(output, { recursive: true, force: true });
      measured.push(figures);
    }
  } finally {
    if (existsSync(scratch) && (await readdir(scratch)).length === 0) await rm(scratch, { recursive: true });
  }
  return medianFigures(measured);
}

export async function hugoFigures(compared: Compared): Promise<Figures> {
  const site = await hugoSite(compared.markdown);
  try {
    return await medianOfRuns("Hugo", compared, (output) => measure(hugoCommand, hugoArguments(site, output)));
  } finally {
    await rm(site, { recursive: true, force: true });
  }
}

/** The peer a user would pick instead: Hugo with our taxonomies and lists, then Pagefind over its output. */
export async function peerFigures(compared: Compared): Promise<Figures> {
  const site = await peerSite(compared.markdown);
  try {
    return await medianOfRuns("Hugo with taxonomies + Pagefind", compared, (output) => peerBuild(site, output));
  } finally {
    await rm(site, { recursive: true, force: true });
  }
}

export async function plainEleventyFigures(compared: Compared): Promise<Figures> {
  const site = await plainEleventySite(compared.markdown);
  try {
    return await medianOfRuns("plain Eleventy", compared, (output) => measure(eleventyCommand, eleventyArguments(site, output)));
  } finally {
    await rm(join(site.input, ".."), { recursive: true, force: true });
  }
}

/** The floor: writing the finished site's files without generating anything. */
export function floorFigures(compared: Compared, site: string): Promise<Figures> {
  return medianOfRuns("floor (cp -r _site)", compared, (output) => measure("cp", ["-r", site, output]));
}
