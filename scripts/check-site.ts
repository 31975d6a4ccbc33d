// Checks a built site, for CI to run after the build: links, HTML validity, and accessibility
// on one page of each kind. Prints each problem on a line of its own, then a summary.
import { stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { accessibilityProblems } from "./check-site/accessibility.ts";
import { launch, missingBrowser } from "./check-site/browser.ts";
import { accessibilityProblem, htmlProblem, linkProblem, type Problem, problemLine, summaryLine } from "./check-site/problems.ts";
import { samplePages } from "./check-site/sample-pages.ts";
import { serve } from "./check-site/serve.ts";
import { normalPathPrefix, siteFiles, sitePages, urlOf } from "./check-site/site-files.ts";

const usage = `Usage: npm run check:site -- [options]

Checks a built site: every internal link resolves, every page is valid HTML (html-validate,
.htmlvalidate.mjs), and one page of each kind has no axe-core violations in headless Chromium,
in light and dark colour schemes. Exits 0 when clean, 1 when there are problems, 2 when it cannot check.

  --site DIR      the built site (default: _site)
  --pathprefix P  the sub-path the site was built for with build's --pathprefix, e.g. /archive/ (default: /)
  --help          show this help

The browser is CHROMIUM_PATH, else /usr/bin/chromium.`;

/** Says why the site cannot be checked, and stops with exit code 2. */
function cannotCheck(message: string): never {
  console.error(message);
  process.exit(2);
}

function parseFlags() {
  try {
    return parseArgs({
      options: { site: { type: "string", default: "_site" }, pathprefix: { type: "string", default: "/" }, help: { type: "boolean", default: false } },
      strict: true,
    }).values;
  } catch (error) {
    return cannotCheck(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  }
}

const flags = parseFlags();
if (flags.help) {
  console.log(usage);
  process.exit(0);
}
const site = flags.site;
const pathPrefix = normalPathPrefix(flags.pathprefix);

const folder = await stat(site).catch((error: NodeJS.ErrnoException) =>
  cannotCheck(
    `${site}: cannot read the site folder (${error.code ?? error.message}); build the site first (npm run build) or pass the built site with --site DIR`,
  ),
);
if (!folder.isDirectory()) cannotCheck(`${site}: not a folder; pass the built site with --site DIR`);
const noBrowser = missingBrowser();
if (noBrowser !== undefined) cannotCheck(`${noBrowser}; the accessibility check runs axe-core in it`);
const pages = sitePages(await siteFiles(site));
if (pages.length === 0) cannotCheck(`${site}: no .html pages; is this a built site? Pass the built site with --site DIR`);

// The checkers, with their HTML parsers, load only when there is a site to check.
const [{ brokenLinks }, { htmlProblems }] = await Promise.all([import("./check-site/links.ts"), import("./check-site/html.ts")]);
const problems: Problem[] = [];
function report(found: Problem[]): void {
  for (const problem of found) console.log(problemLine(problem));
  problems.push(...found);
}

report((await brokenLinks(site, pathPrefix)).map(linkProblem));
report((await htmlProblems(site, pages)).map(htmlProblem));
const sample = samplePages(pages.map(urlOf));
const server = await serve(site, pathPrefix);
const browser = await launch();
try {
  report((await accessibilityProblems(browser, server.url, pathPrefix, sample)).map(accessibilityProblem));
} finally {
  await browser.close();
  await server.close();
}

console.log(summaryLine(pages.length, sample.length, problems));
process.exitCode = problems.length > 0 ? 1 : 0;
