import { relative, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import "./template-map-index.ts";

export interface RenderOptions {
  /** Eleventy's input: the content folder with the converted articles in `articles/`. */
  content: string;
  output: string;
  /** The sub-path the site is served from, e.g. `/archive/` for a GitHub Pages project site. */
  pathPrefix?: string;
  /** Told the number of pages once Eleventy knows it, then once per page written. */
  pages?: { total(count: number): void; written(): void };
}

const projectRoot = resolve(import.meta.dirname, "..");

/** Runs Eleventy with the project's configuration on a content folder. */
export async function render({ content, output, pathPrefix = "/", pages }: RenderOptions): Promise<void> {
  const eleventy = new Eleventy(content, output, {
    configPath: resolve(projectRoot, ".eleventy.js"),
    quietMode: true,
    pathPrefix,
    config: (config) => {
      // Layouts stay in the project wherever the content is (tests build into temporary folders).
      config.setIncludesDirectory(relative(resolve(content), resolve(projectRoot, "layouts")));
      if (!pages) return;
      config.on("eleventy.contentMap", ({ urlToInputPath }) => pages.total(Object.keys(urlToInputPath).length));
      config.addTransform("progress", (page) => {
        pages.written();
        return page;
      });
    },
  });
  await eleventy.write();
}
