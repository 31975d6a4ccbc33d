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
