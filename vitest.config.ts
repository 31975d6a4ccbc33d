import { defineConfig } from "vitest/config";

/** Tests of pure functions: they share modules within a worker, so the language model loads once, not once a file. */
const unit = ["tests/convert/**/*.test.ts", "tests/bench/**/*.test.ts"];

export default defineConfig({
  test: {
    globalSetup: ["tests/temporary-folder.ts"],
    // The default leaves one of two cores idle; most time goes to builds, so use both.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: "unit", include: unit, isolate: false } },
      {
        extends: true,
        test: {
          name: "site",
          include: ["tests/**/*.test.ts"],
          exclude: unit,
          // These tests build sites in their own process, as the build command does: Eleventy then loads
          // .eleventy.js and the TypeScript it imports with Node's own loader, taught TypeScript by tsx.
          execArgv: ["--import", "tsx"],
        },
      },
    ],
  },
});
