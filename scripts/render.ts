import { relative, resolve } from "node:path";
import Eleventy, { type EleventyConfig } from "@11ty/eleventy";
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

/**
 * Eleventy with the project's configuration on a content folder. `serving` makes it one for the
 * dev server (`scripts/dev.ts`), and adds to its configuration what watching needs.
 */
export function eleventyFor({ content, output, pathPrefix = "/", pages }: RenderOptions, serving?: (config: EleventyConfig) => void): Eleventy {
  return new Eleventy(content, output, {
    configPath: resolve(projectRoot, ".eleventy.js"),
    quietMode: true,
    pathPrefix,
    runMode: serving ? "serve" : "build",
    config: (config) => {
      // Layouts stay in the project wherever the content is (tests build into temporary folders).
      config.setIncludesDirectory(relative(resolve(content), resolve(projectRoot, "layouts")));
      serving?.(config);
      if (!pages) return;
      config.on("eleventy.contentMap", ({ urlToInputPath }) => pages.total(Object.keys(urlToInputPath).length));
      config.addTransform("progress", (page) => {
        pages.written();
        return page;
      });
    },
  });
}

/** Runs Eleventy with the project's configuration on a content folder, once. */
export async function render(options: RenderOptions): Promise<void> {
  await eleventyFor(options).write();
}
