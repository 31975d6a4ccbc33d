import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The corpora and the browser take longest: started first, they leave the short files to fill in
 * beside them, so both workers finish together instead of one waiting on a corpus started last.
 */
class LongestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => (/\/tests\/(corpus|browser)\//.test(file.moduleId) ? 0 : 1);
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/temporary-folder.ts"],
    // The default leaves one of two cores idle; most time goes to builds, so use both.
    maxWorkers: 2,
    // Test files share a worker's modules: the language model, Eleventy and Pagefind's wrapper load
    // once per worker, not once per file. No test keeps state in a module, so none sees another's.
    isolate: false,
    // The tests build sites in their own process, as the build command does: Eleventy then loads
    // .eleventy.js and the TypeScript it imports with Node's own loader, taught TypeScript by tsx.
    execArgv: ["--import", "tsx"],
    sequence: { sequencer: LongestFirst },
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
