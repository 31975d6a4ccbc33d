// Prints the build report as Markdown, for a CI job summary (`>> "$GITHUB_STEP_SUMMARY"`).
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { type BuildReport, reportMarkdown } from "./stages/report.ts";

const { values: flags } = parseArgs({ options: { report: { type: "string", default: "build-report.json" } }, strict: true });

const text = await readFile(flags.report, "utf8").catch((error: NodeJS.ErrnoException) => {
  console.error(`${flags.report}: cannot read the build report (${error.code ?? error.message}); it is written by npm run build`);
  process.exit(2);
});
console.log(reportMarkdown(JSON.parse(text) as BuildReport));
