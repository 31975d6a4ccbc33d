import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launch, missingBrowser } from "../../scripts/check-site/browser.ts";
import { serve } from "../../scripts/check-site/serve.ts";
import type { BuildReport } from "../../scripts/stages/report.ts";
import { type BuildOptions, buildSite } from "../site/build-site.ts";

// The tests drive the browser as `npm run check:site` does, through the same modules.
export { axeViolations } from "../../scripts/check-site/accessibility.ts";
export { launch, serve };

/**
 * Whether the browser tests can run. Without Chromium (CHROMIUM_PATH, else /usr/bin/chromium)
 * they skip with a message, except in CI (`CI` set), where a missing browser must fail the run
 * instead of hiding the tests.
 */
export function browserAvailable(): boolean {
  const missing = missingBrowser();
  if (missing === undefined) return true;
  if (process.env.CI) throw new Error(`${missing} (.ci/run installs Debian's chromium package)`);
  console.warn(`Skipping the browser tests: ${missing}.`);
  return false;
}

export interface SiteInBrowser {
  browser: Browser;
  /** The served site's origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  report: BuildReport;
  /** The URL of the page built from a seed, found by the end of its path. */
  urlOf: (seedPathEnd: string) => string;
  close: () => Promise<void>;
}

/** Builds a seeds folder, serves the site and starts the browser, for one test file (or the benchmark). */
export async function siteInBrowser(seeds: string, options: BuildOptions = {}): Promise<SiteInBrowser> {
  const build = await buildSite(seeds, options);
  const report = await build.report();
  const site = await serve(join(build.folder, "_site"));
  const browser = await launch();
  return {
    browser,
    url: site.url,
    report,
    urlOf: (end) => report.seeds.find((seed) => seed.seed.endsWith(end))?.url ?? "",
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}
