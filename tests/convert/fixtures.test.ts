// Each fixture seed with the Markdown the converter makes of it beside it (`x.txt` → `x.md`), as
// markdown-it keeps its input and expected output side by side: one loop, one file per case.
// A changed conversion fails here; `npx vitest run tests/convert/fixtures.test.ts -u` rewrites
// the files, and the diff is then read and committed like any other change.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic, positioned } from "../../scripts/convert/diagnostics.ts";
import { convertSync } from "../../scripts/convert/pipeline.ts";
import { findSeeds, readSeeds } from "../../scripts/stages/seed-files.ts";

const folder = join(import.meta.dirname, "../fixtures/seeds");
// The fixtures are converted together, as a build converts a folder: duplicates and near-copies are found among them.
// Each is named as if in a seeds folder, so that its messages name no machine's path.
const seeds = (await readSeeds(folder, await findSeeds(folder))).map((seed) => ({ ...seed, path: `seeds/${seed.relativePath}` }));
const articles = convertSync(seeds);

describe("each fixture seed converts to the Markdown beside it", () => {
  it.each(articles.map((article) => [article.seed.relativePath, article] as const))("%s", async (relativePath, article) => {
    // A seed that publishes no article of its own has its messages there instead.
    const expected = article.document ?? `${article.file.messages.map((message) => formatDiagnostic(relativePath, positioned(message))).join("\n")}\n`;
    await expect(expected).toMatchFileSnapshot(join(folder, relativePath.replace(/\.txt$/, ".md")));
  });
});
