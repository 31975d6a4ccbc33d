import { count } from "../site/filters.ts";
import type { AccessibilityProblem } from "./accessibility.ts";
import type { HtmlProblem } from "./html.ts";
import type { BrokenLink } from "./links.ts";

export type Check = "links" | "html" | "accessibility";

/** One problem found in a built site, where it is (a page's URL path) and what is wrong there. */
export interface Problem {
  check: Check;
  where: string;
  problem: string;
}

export const linkProblem = ({ page, reference, reason }: BrokenLink): Problem => ({
  check: "links",
  where: page,
  problem: `broken link to ${reference} (${reason})`,
});

// `page:line:column`, as compilers and editors point at a place in a file.
export const htmlProblem = ({ page, line, column, message, rule }: HtmlProblem): Problem => ({
  check: "html",
  where: `${page}:${line}:${column}`,
  problem: `${message} [${rule}]`,
});

export const accessibilityProblem = ({ page, scheme, violation }: AccessibilityProblem): Problem => ({
  check: "accessibility",
  where: page,
  problem: `${scheme} scheme: ${violation}`,
});

/** `/about/: broken link to /gone/ (no such file)`. */
export const problemLine = ({ where, problem }: Problem): string => `${where}: ${problem}`;

/** The last line of a check: how much was checked and how many problems each check found. */
export function summaryLine(pages: number, sampled: number, problems: Problem[]): string {
  const found = (check: Check) => problems.filter((problem) => problem.check === check).length;
  return `${count(pages, "page")} checked: ${count(found("links"), "broken link")}, ${count(found("html"), "HTML problem")}, ${count(found("accessibility"), "accessibility problem")} (axe on ${count(sampled, "sample page")}, light and dark)`;
}
