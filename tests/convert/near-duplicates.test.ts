import { describe, expect, it } from "vitest";
import { nearDuplicateGroups, type Shingled } from "../../scripts/convert/similarity/near-duplicates.ts";

const syllables = ["ba", "ko", "ri", "tan", "mel", "su", "dor", "vi", "len", "pa", "gro", "hu", "ska", "ne", "lo", "fin", "ar", "quo", "zel", "mi"];
const chineseWords = [
  "政府",
  "经济",
  "市场",
  "发展",
  "公司",
  "银行",
  "国家",
  "城市",
  "学生",
  "工人",
  "记者",
  "会议",
  "计划",
  "问题",
  "价格",
  "政策",
  "投资",
  "贸易",
  "农业",
  "科技",
  "教育",
  "医院",
  "交通",
  "能源",
  "环境",
  "文化",
  "历史",
  "旅游",
  "体育",
  "电影",
];

/** A pseudo-random word source: the same seed always gives the same words. */
function wordsFrom(seed: number, vocabulary: (next: (n: number) => number) => string): () => string {
  let state = seed;
  const next = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  return () => vocabulary(next);
}

/** Sentences of 15 made-up words from some 8,000; stories with different seeds practically never share five in a row. */
function sentences(seed: number, count: number): string[] {
  const word = wordsFrom(seed, (next) => syllables[next(20)]! + syllables[next(20)]! + (next(3) === 0 ? syllables[next(20)]! : ""));
  return Array.from({ length: count }, () => {
    const sentence = Array.from({ length: 15 }, word).join(" ");
    return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
  });
}

const story = (seed: number, count = 20) => sentences(seed, count).join(" ");
const article = (id: string, text: string, language?: string): Shingled => (language ? { id, text, language } : { id, text });

function withWordChanged(text: string, index: number): string {
  const split = text.split(" ");
  split[index] = "changed";
  return split.join(" ");
}

describe("nearDuplicateGroups", () => {
  const base = story(1); // 300 words

  it("groups identical texts", () => {
    expect(nearDuplicateGroups([article("a", base), article("b", story(2)), article("c", base)])).toEqual([["a", "c"]]);
  });

  it("groups a story with one word changed", () => {
    expect(nearDuplicateGroups([article("a", base), article("b", withWordChanged(base, 150))])).toEqual([["a", "b"]]);
  });

  it("groups a 100-word item with two words changed", () => {
    const item = story(40, 7);
    expect(nearDuplicateGroups([article("a", item), article("b", withWordChanged(withWordChanged(item, 20), 80))])).toEqual([["a", "b"]]);
  });

  it("groups a story with a sentence added", () => {
    const [added] = sentences(99, 1);
    const parts = sentences(1, 20);
    const longer = [...parts.slice(0, 10), added, ...parts.slice(10)].join(" ");
    expect(nearDuplicateGroups([article("a", base), article("b", longer)])).toEqual([["a", "b"]]);
  });

  it("groups a story under a new headline", () => {
    const headline = (seed: number) => sentences(seed, 1)[0]!.split(" ").slice(0, 8).join(" ");
    expect(nearDuplicateGroups([article("a", `${headline(3)}\n\n${base}`), article("b", `${headline(4)}\n\n${base}`)])).toEqual([["a", "b"]]);
  });

  it("keeps different stories apart though they share a header and footer longer than the story", () => {
    const header = "Advertisement. Share this article on Facebook, Twitter or by email.";
    const footer =
      "Copyright 2024 Example News. All rights reserved. This material may not be published, broadcast, rewritten or redistributed. Sign up to our newsletter to get the top stories of the day delivered to your inbox every morning.";
    const wrapped = (seed: number) => `${header}\n\n${story(seed, 3)}\n\n${footer}`; // 45 words of story, 50 of boilerplate
    expect(nearDuplicateGroups([article("a", wrapped(5)), article("b", wrapped(6)), article("c", wrapped(7))])).toEqual([]);
  });

  it("keeps short wire items about different funds apart though only the names differ", () => {
    const payout = (fund: string) =>
      `HARBOR ${fund.toUpperCase()} TAX-FREE SETS PAYOUT\nMthly div 7.1 cts vs 7.1 cts prior\nPay March 31\nRecord March 16\nNOTE: Harbor ${fund} Tax-Free Income Fund.`;
    expect(nearDuplicateGroups([article("insured", payout("Insured")), article("high-yield", payout("High-Yield"))])).toEqual([]);
  });

  it("does not gather short and empty texts into one group", () => {
    const short = [
      "",
      "",
      "  \n",
      "Photo",
      "Markets",
      "Markets fall",
      "Markets rise",
      "Rain expected tomorrow",
      "Rain expected on Sunday",
      "Fed adds reserves via customer repurchases",
      "Fed drains reserves via matched sales",
    ];
    expect(nearDuplicateGroups(short.map((text, index) => article(`s${index}`, text)))).toEqual([]);
  });

  it("groups texts shorter than a shingle only when their words are the same", () => {
    expect(nearDuplicateGroups([article("a", "Markets fall"), article("b", "Markets rise"), article("c", "markets, fall!")])).toEqual([["a", "c"]]);
  });

  it("keeps a wire template apart from the same template with other figures", () => {
    const fed = (amount: string, rate: string) =>
      `FED ADDS RESERVES VIA CUSTOMER REPURCHASES\nThe Federal Reserve entered the U.S. Government securities market to arrange ${amount} billion dlrs of customer repurchase agreements, a Fed spokesman said.\nDealers said Federal funds were trading at ${rate} pct when the Fed began its temporary and indirect supply of reserves to the banking system.`;
    const days = [fed("two", "6-3/8"), fed("1.5", "6-3/8"), fed("two", "6-1/16"), fed("1.5", "six")];
    expect(nearDuplicateGroups(days.map((text, index) => article(`day${index}`, text)))).toEqual([]);
    expect(nearDuplicateGroups([article("sent", fed("two", "6-3/8")), article("resent", fed("two", "6-3/8"))])).toEqual([["sent", "resent"]]);
  });

  it("groups a story in which one of its many figures was corrected", () => {
    const figures = (corrected: string) =>
      sentences(8, 12)
        .map((sentence, index) => `${sentence} It rose ${index === 5 ? corrected : `${index + 1}.5`} pct.`)
        .join(" ");
    expect(nearDuplicateGroups([article("first", figures("6.5")), article("correction", figures("6.8"))])).toEqual([["first", "correction"]]);
  });

  it("joins near-duplicates of near-duplicates into one group", () => {
    const parts = sentences(10, 20);
    const first = parts.join(" ");
    const second = [...sentences(11, 2), ...parts.slice(2)].join(" ");
    const third = [...sentences(11, 2), ...parts.slice(2, 18), ...sentences(12, 2)].join(" ");
    expect(nearDuplicateGroups([article("first", first), article("third", third)])).toEqual([]);
    expect(nearDuplicateGroups([article("first", first), article("second", second), article("third", third)])).toEqual([["first", "second", "third"]]);
  });

  it("orders groups by their first member and ids by input order, the same on every run", () => {
    const [one, two] = [story(20), story(21)];
    const input = [article("x", story(22)), article("b1", two), article("a1", one), article("y", story(23)), article("a2", one), article("b2", two)];
    const groups = nearDuplicateGroups(input);
    expect(groups).toEqual([
      ["b1", "b2"],
      ["a1", "a2"],
    ]);
    expect(nearDuplicateGroups(input)).toEqual(groups);
    expect(nearDuplicateGroups([...input].reverse())).toEqual([
      ["b2", "b1"],
      ["a2", "a1"],
    ]);
  });

  it("finds near-duplicates in Chinese, which is written without spaces between words", () => {
    const chinese = (seed: number) => {
      const word = wordsFrom(seed, (next) => chineseWords[next(chineseWords.length)]!);
      return Array.from({ length: 20 }, () => `${Array.from({ length: 15 }, word).join("")}。`);
    };
    const original = chinese(30);
    const edited = [...original];
    edited[10] = `${edited[10]!.slice(0, 10)}国际${edited[10]!.slice(12)}`;
    const groups = nearDuplicateGroups([
      article("original", original.join(""), "zh"),
      article("other", chinese(31).join(""), "zh"),
      article("edited", edited.join(""), "zh"),
    ]);
    expect(groups).toEqual([["original", "edited"]]);
  });

  it("splits pairs below a stricter threshold and rejects thresholds outside (0, 1]", () => {
    const pair = [article("a", base), article("b", withWordChanged(base, 150))];
    expect(nearDuplicateGroups(pair, 0.99)).toEqual([]);
    expect(() => nearDuplicateGroups(pair, 0)).toThrow(RangeError);
    expect(() => nearDuplicateGroups(pair, 1.5)).toThrow(RangeError);
  });
});
