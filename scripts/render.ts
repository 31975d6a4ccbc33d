import { relative, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";

export interface RenderOptions {
  /** Eleventy's input: the content folder with the converted articles in `articles/`. */
  content: string;
  output: string;
  /** The sub-path the site is served from, e.g. `/archive/` for a GitHub Pages project site. */
  pathPrefix?: string;
}

const projectRoot = resolve(import.meta.dirname, "..");

/** Runs Eleventy with the project's configuration on a content folder. */
export async function render({ content, output, pathPrefix = "/" }: RenderOptions): Promise<void> {
  const eleventy = new Eleventy(content, output, {
    configPath: resolve(projectRoot, ".eleventy.js"),
    quietMode: true,
    pathPrefix,
    // Layouts stay in the project wherever the content is (tests build into temporary folders).
    config: (config) => config.setIncludesDirectory(relative(resolve(content), resolve(projectRoot, "layouts"))),
  });
  await eleventy.write();
}
