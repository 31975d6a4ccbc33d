import { createHash } from "node:crypto";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { isUnusable } from "../../scripts/convert/diagnostics.ts";
import { longestSlug, permalink } from "../../scripts/convert/permalink.ts";
import { allBefore, before, seed } from "./make.ts";

const slugOf = (text: string, relativePath = "world/001.txt") => permalink(before("permalink", text, relativePath)).slug;
const suffixOf = (relativePath: string) => createHash("sha256").update(relativePath).digest("hex").slice(0, 6);

describe("permalink", () => {
  it("makes a readable ASCII slug with a 6-hex suffix from the seed's path", () => {
    expect(slugOf("NATO Chief Urges Europe to ‘Step Up’ as US Turns Toward Asia\n\nBody.")).toBe(
      `nato-chief-urges-europe-to-step-up-as-us-turns-toward-asia-${suffixOf("world/001.txt")}`,
    );
    expect(suffixOf("world/001.txt")).toMatch(/^[0-9a-f]{6}$/);
  });

  it("keeps two seeds with one headline apart", () => {
    const text = "Markets Close Higher\n\nBody.";
    expect([slugOf(text, "a/001.txt"), slugOf(text, "b/001.txt")]).toEqual([
      `markets-close-higher-${suffixOf("a/001.txt")}`,
      `markets-close-higher-${suffixOf("b/001.txt")}`,
    ]);
  });

  it("gives a seed the same slug whatever other seeds are converted with it", () => {
    const alone = allBefore("unique urls", [seed("Markets Close Higher\n\nBody.", "a.txt")]);
    const together = allBefore("unique urls", [
      seed("Markets Close Higher\n\nOther body.", "0.txt"),
      seed("Markets Close Higher\n\nBody.", "a.txt"),
      seed("Markets Close Lower\n\nBody.", "b.txt"),
    ]);
    expect(together[1]?.slug).toBe(alone[0]?.slug);
  });

  it("uses a pinned id as the suffix", () => {
    expect(slugOf("---\nid: rutte-nato\n---\nMarkets Close Higher\n\nBody.")).toBe("markets-close-higher-rutte-nato");
  });

  it("cuts a long headline at a word boundary to fit 80 characters", () => {
    const slug = slugOf(`${"Parliament Debates the Budget Again ".repeat(4)}\n\nBody.`);
    expect(slug).toBe(`parliament-debates-the-budget-again-parliament-debates-the-budget-again-${suffixOf("world/001.txt")}`);
    expect(slug?.length).toBeLessThanOrEqual(longestSlug);
  });

  it("transliterates Cyrillic and Latin letters with marks", () => {
    expect(slugOf("Путин заявил о переговорах\n\nТекст.", "ru.txt")).toBe(`putin-zayavil-o-peregovorakh-${suffixOf("ru.txt")}`);
    expect(slugOf("Ça va à Øresund straße\n\nBody.", "da.txt")).toBe(`ca-va-a-oresund-strasse-${suffixOf("da.txt")}`);
  });

  it("keeps Chinese and Hindi headlines in their own script", () => {
    expect(slugOf("中国经济增长放缓\n\n正文。", "zh.txt")).toBe(`中国经济增长放缓-${suffixOf("zh.txt")}`);
    expect(slugOf("भारत की अर्थव्यवस्था मजबूत\n\nपाठ।", "hi.txt")).toBe(`भारत-की-अर्थव्यवस्था-मजबूत-${suffixOf("hi.txt")}`);
  });

  it("falls back to the suffix alone when the headline has no word characters", () => {
    expect(slugOf("😀😀\n\nBody.", "e.txt")).toBe(`body-${suffixOf("e.txt")}`);
    expect(slugOf("---\ntitle: 😀😀\n---\nBody.", "e.txt")).toBe(suffixOf("e.txt"));
  });

  test.prop([fc.string({ unit: "binary", minLength: 1, maxLength: 120 })], { numRuns: 200 })(
    "never makes a slug with a path separator, `..`, `?` or `#`, or longer than 80",
    (title) => {
      const yaml = JSON.stringify(title.replace(/[\r\n]/g, " "));
      const article = permalink(before("permalink", `---\ntitle: ${yaml}\n---\nBody text.`, "world/001.txt"));
      // A title of spaces and control characters alone is refused (the seed is an error), and an error has no URL.
      if (isUnusable(article)) return expect(article.slug).toBeUndefined();
      const slug = article.slug ?? "";
      expect(slug).not.toMatch(/[/\\?#]|\.\./);
      expect(slug.length).toBeLessThanOrEqual(longestSlug);
      expect(slug.length).toBeGreaterThan(0);
    },
  );
});
