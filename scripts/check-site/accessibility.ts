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
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  const found = await page.evaluate(async () => {
    type Violation = { id: string; help: string; nodes: Array<{ target: string[] }> };
    const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run({ resultTypes: ["violations"] })).violations;
  });
  return found.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
}

/**
 * axe's violations on each page of a served site, in both colour schemes: the dark scheme has
 * colours of its own, so contrast is checked twice.
 */
export async function accessibilityProblems(browser: Browser, origin: string, pathPrefix: string, pages: string[]): Promise<AccessibilityProblem[]> {
  const problems: AccessibilityProblem[] = [];
  for (const scheme of colourSchemes) {
    const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
    for (const page of pages) {
      const tab = await context.newPage();
      await tab.goto(`${origin}${pathPrefix}${page.slice(1)}`);
      for (const violation of await axeViolations(tab)) problems.push({ page, scheme, violation });
      await tab.close();
    }
    await context.close();
  }
  return problems;
}
