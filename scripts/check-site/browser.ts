import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";

/** Debian's Chromium (`apt-get install chromium`); no browser is ever downloaded. */
export const defaultChromiumPath = "/usr/bin/chromium";

/**
 * The Chrome or Chromium to drive: `CHROMIUM_PATH` when set (GitHub's runners have Chrome at
 * /usr/bin/google-chrome), else Debian's Chromium.
 */
export const chromiumPath = (env: NodeJS.ProcessEnv = process.env): string => env.CHROMIUM_PATH || defaultChromiumPath;

// Headless on a CI machine or in a container: no sandbox (often unavailable there), no GPU, and
// nothing fetched behind the tests' back.
export const chromiumFlags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

/** Why the browser cannot start, saying how to fix it; undefined when it is there. */
export function missingBrowser(path = chromiumPath()): string | undefined {
  if (existsSync(path)) return undefined;
  return `${path} is missing: install Chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chrome or Chromium executable`;
}

export async function launch(): Promise<Browser> {
  // Playwright loads only when a browser starts: finding the browser missing should be quick.
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
}
