import { defineConfig } from "vitest/config";

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
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
