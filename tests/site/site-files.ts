import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { siteFiles } from "../../scripts/check-site/site-files.ts";

/** Files that one site has and the other lacks, or that the two hold with different bytes. */
export async function differingFiles(a: string, b: string): Promise<string[]> {
  const [inA, inB] = [await siteFiles(a), await siteFiles(b)];
  const differing = [...new Set([...inA, ...inB])].filter((file) => !inA.has(file) || !inB.has(file));
  for (const file of inA) if (inB.has(file) && !(await readFile(join(a, file))).equals(await readFile(join(b, file)))) differing.push(file);
  return differing.sort();
}
