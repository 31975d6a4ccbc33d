import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";

export const colourSchemes = ["light", "dark"] as const;
export type ColourScheme = (typeof colourSchemes)[number];

export interface AccessibilityProblem {
  /** The URL path of the page, without the path prefix: `/about/`. */
  page: string;
  scheme: ColourScheme;
  /** axe's rule, what it asks for and where: `image-alt: Images must have alternative text (img)`. */
  violation: string;
}

const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/**
 * axe-core's violations on the page as it stands, with its default rules (best practices included).
 * axe is injected as an inline script, which the site's content security policy forbids: open
 * the page with `bypassCSP: true`.
 */
export async function axeViolations(page: Page, only?: readonly string[]): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: axeSource });
  const found = await page.evaluate(async (rules) => {
    type Violation = { id: string; help: string; nodes: Array<{ target: string[] }> };
    const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run({ resultTypes: ["violations"], ...(rules ? { runOnly: { type: "rule", values: rules } } : {}) })).violations;
  }, only);
  return found.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
}

const tabsAtOnce = 2;

/** The rules of axe's default run about colour: all that a colour scheme can change, the pages being otherwise the same. */
const colourRules = ["color-contrast", "link-in-text-block"];

/**
 * axe's violations on each page of a served site: every rule in the light scheme, and the rules
 * about colour again in the dark scheme, which has colours of its own.
 */
export async function accessibilityProblems(browser: Browser, origin: string, pathPrefix: string, pages: string[]): Promise<AccessibilityProblem[]> {
  const context = await browser.newContext({ bypassCSP: true });
  const problemsOf = async (page: string): Promise<AccessibilityProblem[]> => {
    const tab = await context.newPage();
    await tab.goto(`${origin}${pathPrefix}${page.slice(1)}`);
    const found: AccessibilityProblem[] = [];
    // The page stays loaded: only its colour scheme changes between the two runs.
    for (const scheme of colourSchemes) {
      await tab.emulateMedia({ colorScheme: scheme });
      for (const violation of await axeViolations(tab, scheme === "light" ? undefined : colourRules)) found.push({ page, scheme, violation });
    }
    await tab.close();
    return found;
  };
  // Two tabs at a time: axe waits on the page as much as it computes.
  const problems: AccessibilityProblem[] = [];
  for (let start = 0; start < pages.length; start += tabsAtOnce) {
    for (const found of await Promise.all(pages.slice(start, start + tabsAtOnce).map(problemsOf))) problems.push(...found);
  }
  await context.close();
  return problems.sort((a, b) => colourSchemes.indexOf(a.scheme) - colourSchemes.indexOf(b.scheme));
}
