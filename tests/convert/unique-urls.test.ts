import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { uniqueUrls } from "../../scripts/convert/unique-urls.ts";
import { allBefore, diagnostics, reasons, seed } from "./make.ts";

const check = (...seeds: Array<[content: string, relativePath: string]>) =>
  uniqueUrls(
    allBefore(
      "unique urls",
      seeds.map(([content, relativePath]) => seed(content, relativePath)),
    ),
  );

describe("unique urls", () => {
  it("refuses the second seed that pins the same id under the same headline", () => {
    const pinned = "---\nid: rutte\n---\nRutte Urges Europe\n\n";
    const articles = check([`${pinned}One body.`, "a.txt"], [`${pinned}Another body.`, "b.txt"]);
    expect(articles.map((article) => article.slug)).toEqual(["rutte-urges-europe-rutte", "rutte-urges-europe-rutte"]);
    expect(diagnostics(articles[0]!)).toEqual([]);
    expect(diagnostics(articles[1]!)).toEqual([{ severity: "error", rule: "url-taken", line: 4 }]);
    expect(reasons(articles[1]!)).toEqual([
      "the article would have the same URL as seeds/a.txt (/articles/rutte-urges-europe-rutte/); give one of them another `id`",
    ]);
  });

  it("never lets a pinned id take the URL another seed's own path yields, whichever file comes first", () => {
    const suffixOfPath = createHash("sha256").update("news/rutte.txt").digest("hex").slice(0, 6);
    const articles = check(
      [`---\nid: ${suffixOfPath}\n---\nRutte Urges Europe\n\nHostile text.`, "0-first.txt"],
      ["Rutte Urges Europe\n\nThe real article.", "news/rutte.txt"],
    );
    expect(articles.map((article) => article.slug)).toEqual([`rutte-urges-europe-${suffixOfPath}`, `rutte-urges-europe-${suffixOfPath}`]);
    expect(diagnostics(articles[1]!)).toEqual([]);
    expect(diagnostics(articles[0]!)).toEqual([{ severity: "error", rule: "url-taken", line: 4 }]);
    expect(reasons(articles[0]!)).toEqual([
      `the \`id\` ${suffixOfPath} gives this article the URL of seeds/news/rutte.txt (/articles/rutte-urges-europe-${suffixOfPath}/), which that seed's own path yields; choose another \`id\``,
    ]);
  });

  it("keeps a pinned id that no present seed's path yields, as after a rename", () => {
    const suffixOfOldPath = createHash("sha256").update("old-name.txt").digest("hex").slice(0, 6);
    const [renamed] = check([`---\nid: ${suffixOfOldPath}\n---\nRutte Urges Europe\n\nBody.`, "new-name.txt"]);
    expect(renamed?.slug).toBe(`rutte-urges-europe-${suffixOfOldPath}`);
    expect(diagnostics(renamed!)).toEqual([]);
  });

  it("accepts one id under two headlines, and one headline in two seeds", () => {
    const articles = check(
      ["---\nid: rutte\n---\nRutte Urges Europe\n\nBody.", "a.txt"],
      ["---\nid: rutte\n---\nRutte Meets Rubio\n\nBody.", "b.txt"],
      ["Rutte Urges Europe\n\nBody one.", "c.txt"],
      ["Rutte Urges Europe\n\nBody two.", "d.txt"],
    );
    expect(articles.flatMap(diagnostics)).toEqual([]);
  });
});
