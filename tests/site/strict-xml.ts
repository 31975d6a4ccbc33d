import { SaxesParser } from "saxes";

/** What a strict XML 1.0 parser finds wrong: fast-xml-parser's validator accepts characters the Char production forbids, such as U+FFFF. */
export function xmlProblems(document: string): string[] {
  const problems: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => problems.push(error.message));
  parser.write(document).close();
  return problems;
}
