import { describe, expect, it } from "vitest";
import { countMentions } from "../../scripts/convert/topics/mentions.ts";

/** Mentions of each topic, keyed by its first form. */
const count = (text: string, ...topics: string[][]) =>
  Object.fromEntries(
    countMentions(
      text,
      topics.map((forms) => ({ key: forms[0] ?? "", forms })),
    ),
  );

describe("countMentions", () => {
  it("matches whole words only", () => {
    expect(count("US troops, a USB stick, USAID and the USS Cole went", ["US"])).toEqual({ US: 1 });
    expect(count("Oslo, Oslofjord and NewOslo", ["Oslo"])).toEqual({ Oslo: 1 });
    expect(count("Route 66, 660 and A66", ["66"])).toEqual({ "66": 1 });
  });

  it("keeps case", () => {
    expect(count("Tell us about the US, Us and uS", ["US"])).toEqual({ US: 1 });
    expect(count("Apple sold apples; an apple a day", ["Apple"])).toEqual({ Apple: 1 });
  });

  it("counts each stretch of text once, for the longest form that matches", () => {
    expect(count("Donald Trump met Trump's aides", ["Donald Trump", "Trump"])).toEqual({ "Donald Trump": 2 });
    expect(count("Donald Trump met Trump's aides", ["Trump", "Donald Trump"])).toEqual({ Trump: 2 });
    expect(count("Donald Trump met Trump's aides", ["Donald Trump"], ["Trump"])).toEqual({ "Donald Trump": 1, Trump: 1 });
    expect(count("the U.S.A. and the U.S.", ["United States", "U.S."], ["U.S.A."])).toEqual({ "United States": 1, "U.S.A.": 1 });
  });

  it("matches forms written with dots", () => {
    expect(count("the U.S. and U.S.-led forces, in the U.S.", ["U.S."])).toEqual({ "U.S.": 3 });
    expect(count("the U.S, UxSx and U S.", ["U.S."])).toEqual({ "U.S.": 0 });
  });

  it("counts a possessive as the name, with either apostrophe", () => {
    expect(count("Rutte’s plan, Rutte's aide and Rutte", ["Rutte"])).toEqual({ Rutte: 3 });
  });

  it("treats regular expression characters in forms as text", () => {
    expect(count("AT&T and C++ beat C, CC and ATxT", ["AT&T"], ["C++"])).toEqual({ "AT&T": 1, "C++": 1 });
    expect(count("a|b, a and b", ["a|b"])).toEqual({ "a|b": 1 });
    expect(count("(Ltd) and Ltd, [x] and x, $5 and 5, S*P and SSP", ["(Ltd)"], ["[x]"], ["$5"], ["S*P"])).toEqual({
      "(Ltd)": 1,
      "[x]": 1,
      $5: 1,
      "S*P": 1,
    });
    expect(count("Yahoo? Yahoo! Yahooo", ["Yahoo?"], ["Yahoo!"])).toEqual({ "Yahoo?": 1, "Yahoo!": 1 });
    expect(count("a\\b and ab", ["a\\b"])).toEqual({ "a\\b": 1 });
  });

  it("reports every topic, unmentioned ones with zero", () => {
    expect(count("Nothing here", ["NATO"], ["Oslo"])).toEqual({ NATO: 0, Oslo: 0 });
    expect(countMentions("Nothing here", [])).toEqual(new Map());
  });

  it("gives a form two topics list to the first of them", () => {
    expect(
      Object.fromEntries(
        countMentions("Georgia and Georgia", [
          { key: "country", forms: ["Georgia"] },
          { key: "state", forms: ["Georgia", "GA"] },
        ]),
      ),
    ).toEqual({ country: 2, state: 0 });
  });
});
