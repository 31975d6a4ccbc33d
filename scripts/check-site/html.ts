import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { HtmlValidate, StaticConfigLoader } from "html-validate";
import projectRules from "../../.htmlvalidate.mjs";
import { siteFiles, sitePages, urlOf } from "./site-files.ts";

export interface HtmlProblem {
  /** The URL path of the page: `/about/`. */
  page: string;
  line: number;
  column: number;
  message: string;
  /** html-validate's rule id, e.g. `deprecated`; its documentation is at html-validate.org/rules/<rule>.html. */
  rule: string;
}

// The project's rules, given directly rather than looked up beside each file: a site built
// outside the project (in /tmp, say) is checked by the same rules, and 100,000 pages need no
// 100,000 searches for configuration files.
const validator = new HtmlValidate(new StaticConfigLoader(projectRules));

/**
 * What html-validate, with the project's rules (`.htmlvalidate.mjs`), finds wrong in the site's
 * pages: every page, unless `files` (`/about/index.html`, …) names some.
 */
export async function htmlProblems(site: string, files?: string[]): Promise<HtmlProblem[]> {
  const problems: HtmlProblem[] = [];
  for (const file of files ?? sitePages(await siteFiles(site))) {
    const report = await validator.validateString(await readFile(join(site, file), "utf8"), file);
    for (const { line, column, message, ruleId } of report.results.flatMap((result) => result.messages)) {
      problems.push({ page: urlOf(file), line, column, message, rule: ruleId });
    }
  }
  return problems;
}
