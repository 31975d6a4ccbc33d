import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { createRequire } from "node:module";
import { type Browser, chromium, type Page } from "playwright-core";
import type { BuildReport } from "../../scripts/report.ts";
import { type BuildOptions, buildSite } from "../site/build-site.ts";

/** Debian's Chromium: the only browser these tests use; none is ever downloaded. */
export const chromiumPath = "/usr/bin/chromium";
const flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

/**
 * Whether the browser tests can run. Without Chromium they skip with a message, except in CI
 * (`CI` set), where a missing browser must fail the run instead of hiding the tests.
 */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  if (process.env.CI) throw new Error(`${chromiumPath} is missing: install Debian's chromium package (.ci/run does this)`);
  console.warn(`Skipping the browser tests: ${chromiumPath} is not installed (apt-get install -y chromium).`);
  return false;
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: flags });
}

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

/** Serves a built site on a free loopback port, as a static host would (`/x/` → `/x/index.html`, else 404.html). */
export async function serve(site: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname));
    const file = join(site, path.endsWith("/") ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": types[".html"] });
      response.end(await readFile(join(site, "404.html")));
    }
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((closed) => server.close(() => closed())) };
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

const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/**
 * axe-core's violations on the page as it stands, with its default rules (best practices included).
 * axe is injected as an inline script, which the site's content security policy forbids: open
 * the page with `bypassCSP: true`.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  const found = await page.evaluate(async () => {
    type Violation = { id: string; help: string; nodes: Array<{ target: string[] }> };
    const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run({ resultTypes: ["violations"] })).violations;
  });
  return found.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
}
