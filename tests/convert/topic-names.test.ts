import { describe, expect, it } from "vitest";
import type { Article, TopicInText } from "../../scripts/convert/article.ts";
import { archiveNames, settledTopics, topicNames } from "../../scripts/convert/topic-names.ts";
import { parseLexicon, type TopicKind } from "../../scripts/convert/topics/lexicon.ts";
import { before } from "./make.ts";

/** An article as the topics step leaves it, with the names each test gives it. */
const blank: Article = { ...before("topic names", "Headline\n\nBody."), topicsInText: undefined };
/**
 * `"Jane Doerr 2"` → the name Jane Doerr, mentioned twice, a person by the model's guess;
 * `"people! Jane Doerr 2"` → a person for sure (the article's words say so); `"? Anfield 2"` → of no kind.
 */
const named = (written: string, kind: TopicKind = "people"): TopicInText => {
  const [, mark = "", name = "", mentions = "0", forms = ""] = /^(?:(\w+!|\?) )?(.*?) (\d+)(?: \[(.*)\])?$/.exec(written) ?? [];
  const sure = mark.endsWith("!");
  const given = mark === "?" ? undefined : sure ? (mark.slice(0, -1) as TopicKind) : kind;
  return { name, kind: given, sure, mentions: Number(mentions), forms: forms === "" ? [] : forms.split(", ") };
};
const article = (names: string[], kind?: TopicKind): Article => ({ ...blank, topicsInText: names.map((name) => named(name, kind)) });
/** The topics of each article after the archive step, written as in the fixtures. */
const topicsAfter = (articles: Article[], kind: TopicKind = "people") =>
  topicNames(articles).map((settled) => settled.topics?.[kind].map((topic) => `${topic.name} ${topic.mentions}`));

describe("topicNames: surnames", () => {
  it("gives a bare surname the full name every other article uses", () => {
    expect(topicsAfter([article(["Jane Doerr 2"]), article(["Jane Doerr 3", "Ann Example 1"]), article(["Doerr 2", "Ann Example 1"])])).toEqual([
      ["Jane Doerr 2"],
      ["Jane Doerr 3", "Ann Example 1"],
      ["Jane Doerr 2", "Ann Example 1"],
    ]);
    const [, renamed] = topicNames([article(["Jane Doerr 2"]), article(["Doerr 2"])]);
    expect(renamed?.topics?.people).toEqual([{ name: "Jane Doerr", slug: "jane-doerr", mentions: 2, written: ["Doerr"] }]);
  });

  it("renames when one full name has three in four of the articles that write the surname in full", () => {
    const threeInFour = [article(["Doerr 2"]), ...["Jane Doerr 2", "Jane Doerr 2", "Jane Doerr 2", "Paul Doerr 2"].map((person) => article([person]))];
    expect(topicsAfter(threeInFour)[0]).toEqual(["Jane Doerr 2"]);
  });

  // Issue 20: "Brown" had 50 articles of its own beside Gordon Brown's 82; no topic is better than a wrong one.
  it("drops a bare surname that no one full name has three in four of the articles for", () => {
    const twoInThree = [article(["Brown 2"]), ...["Gordon Brown 2", "Gordon Brown 2", "Wes Brown 2"].map((person) => article([person]))];
    expect(topicsAfter(twoInThree)[0]).toEqual([]);
    expect(topicsAfter([article(["Harry 3"]), article(["Harry Kewell 2"]), article(["Harry Redknapp 2"])])[0]).toEqual([]);
  });

  it("drops a single name only the model calls a person, unless the lexicon knows it", () => {
    expect(topicsAfter([article(["Elvis 3"]), article(["Jane Doerr 2"])])).toEqual([[], ["Jane Doerr 2"]]);
    expect(topicsAfter([article(["Blair 3"])])).toEqual([["Tony Blair 3"]]);
  });

  it("keeps a single name the article's words make a person's, where no full name shares it and it is no first name", () => {
    expect(topicsAfter([article(["people! Chidambaram 2"])])).toEqual([["Chidambaram 2"]]);
    expect(topicsAfter([article(["people! Doerr 2"]), article(["Jane Doerr 2"]), article(["Paul Doerr 2"])])[0]).toEqual([]);
    expect(topicsAfter([article(["people! Harry 2"])])).toEqual([[]]);
  });

  it("leaves organisations and places alone", () => {
    const washington = [named("Doerr 2", "organizations"), named("Washington 3", "places")];
    const [, settled] = topicNames([article(["Denzel Washington 2", "Jane Doerr 2"]), { ...blank, topicsInText: washington }]);
    expect(settled?.topics).toEqual({
      people: [],
      organizations: [{ name: "Doerr", slug: "doerr", mentions: 2 }],
      places: [{ name: "Washington", slug: "washington", mentions: 3 }],
    });
  });

  it("passes an article without names through unchanged", () => {
    const [renamed] = topicNames([blank, article(["Jane Doerr 2"])]);
    expect(renamed).toBe(blank);
  });

  it("gives the same names whatever the order of the articles, without changing its input", () => {
    const corpus = [article(["Doerr 2"]), article(["Jane Doerr 2"]), article(["Paul Doerr 2"]), article(["Jane Doerr 1"]), article(["Jane Doerr 3"])];
    const copy = structuredClone(corpus.map((each) => each.topicsInText));
    const forwards = topicsAfter(corpus);
    expect(forwards[0]).toEqual(["Jane Doerr 2"]);
    expect(topicsAfter([...corpus].reverse()).reverse()).toEqual(forwards);
    expect(corpus.map((each) => each.topicsInText)).toEqual(copy);
  });
});

describe("topicNames: one spelling, one name", () => {
  // Issue 20: "George Bush" (1) and "George W Bush" (12) were two people; "TimeWarner" and "Time Warner" two firms.
  it("spells a name as most articles do, whatever its spaces and middle initial", () => {
    const bush = [article(["George W Bush 2"]), article(["George W Bush 3"]), article(["George Bush 2"])];
    expect(topicsAfter(bush)).toEqual([["George W Bush 2"], ["George W Bush 3"], ["George W Bush 2"]]);
    const warner = [article(["Time Warner 2"], "organizations"), article(["Time Warner 1", "TimeWarner 2"], "organizations")];
    expect(topicsAfter(warner, "organizations")).toEqual([["Time Warner 2"], ["Time Warner 3"]]);
  });

  it("keeps apart two names the lexicon says are two", () => {
    const lexicon = parseLexicon("separate: [[George Bush, George W Bush]]\n", "separate.yaml");
    const names = [[named("George W Bush 2")], [named("George W Bush 2")], [named("George Bush 2")]];
    const archive = archiveNames(names, lexicon);
    expect(names.map((each) => settledTopics(each, archive, lexicon).people.map((person) => person.name))).toEqual([
      ["George W Bush"],
      ["George W Bush"],
      ["George Bush"],
    ]);
  });

  // Issue 20: "FA" and "Football Association" both appeared on one article.
  it("gives an acronym the name other articles spell it out as, and only one", () => {
    const fa = [article(["Football Association 3 [FA]"], "organizations"), article(["FA 2"], "organizations")];
    expect(topicsAfter(fa, "organizations")).toEqual([["Football Association 3"], ["Football Association 2"]]);
    const bsa = [
      article(["Broadcasting Standards Authority 2 [BSA]"], "organizations"),
      article(["Birmingham Small Arms 2 [BSA]"], "organizations"),
      article(["BSA 2"], "organizations"),
    ];
    expect(topicsAfter(bsa, "organizations")[2]).toEqual(["BSA 2"]);
  });
});

describe("topicNames: kinds", () => {
  // Issue 20: Liverpool (25 articles, 23 of them Sport) was a place.
  it("types a name by what the articles' own words say, and by their vote where an article says nothing", () => {
    const liverpool = [
      article(["organizations! Liverpool 3"]),
      article(["organizations! Liverpool 2"]),
      article(["places! Liverpool 2"]),
      article(["Liverpool 2"], "places"),
    ];
    const settled = topicNames(liverpool).map((each) => [each.topics?.organizations.length, each.topics?.places.length]);
    expect(settled).toEqual([
      [1, 0],
      [1, 0],
      [0, 1],
      [1, 0],
    ]);
  });

  it("types a name the model left untyped by the archive's other articles, and drops it when none types it", () => {
    const anfield = [article(["? Anfield 2"]), article(["places! Anfield 2"]), article(["? Nowhere Else 2"])];
    expect(topicNames(anfield).map((each) => each.topics?.places.map((topic) => topic.name))).toEqual([["Anfield"], ["Anfield"], []]);
  });
});
