import { describe, expect, it } from "vitest";
import type { Article, Topic, Topics } from "../../scripts/convert/article.ts";
import { slugWords } from "../../scripts/convert/slug.ts";
import { topicNames } from "../../scripts/convert/topic-names.ts";
import { before } from "./make.ts";

/** An article as the topics step leaves it, with the topics each test gives it. */
const blank: Article = { ...before("topic names", "Headline\n\nBody."), topics: undefined };
/** `"Jane Doerr 2"` → the topic Jane Doerr, mentioned twice. */
const topic = (written: string): Topic => {
  const [, name = "", mentions = "0"] = /^(.*) (\d+)$/.exec(written) ?? [];
  return { name, slug: slugWords(name), mentions: Number(mentions) };
};
const article = (people: string[], rest: Partial<Topics> = {}): Article => ({
  ...blank,
  topics: { people: people.map(topic), organizations: [], places: [], ...rest },
});
/** The people of each article after the corpus step, written as in the fixtures. */
const peopleAfter = (articles: Article[]) => topicNames(articles).map((renamed) => renamed.topics?.people.map((person) => `${person.name} ${person.mentions}`));

describe("topicNames", () => {
  it("gives a bare surname the full name every other article uses", () => {
    expect(peopleAfter([article(["Jane Doerr 2"]), article(["Jane Doerr 3", "Ann Example 1"]), article(["Doerr 2", "Ann Example 1"])])).toEqual([
      ["Jane Doerr 2"],
      ["Jane Doerr 3", "Ann Example 1"],
      ["Jane Doerr 2", "Ann Example 1"],
    ]);
    const [, renamed] = topicNames([article(["Jane Doerr 2"]), article(["Doerr 2"])]);
    expect(renamed?.topics?.people).toEqual([{ name: "Jane Doerr", slug: "jane-doerr", mentions: 2 }]);
  });

  it("leaves a bare surname alone when the article itself names someone by it in full", () => {
    expect(peopleAfter([article(["Jane Doerr 4"]), article(["Ann Example 4", "Doerr 3", "Jane Doerr 2"])])).toEqual([
      ["Jane Doerr 4"],
      ["Ann Example 4", "Doerr 3", "Jane Doerr 2"],
    ]);
  });

  it("renames when one full name has three in four of the articles that write the surname in full", () => {
    const threeInFour = [article(["Doerr 2"]), ...["Jane Doerr 2", "Jane Doerr 2", "Jane Doerr 2", "Paul Doerr 2"].map((person) => article([person]))];
    expect(peopleAfter(threeInFour)[0]).toEqual(["Jane Doerr 2"]);
  });

  it("leaves a surname that no full name has three in four of those articles for", () => {
    const twoInThree = [article(["Doerr 2"]), ...["Jane Doerr 2", "Jane Doerr 2", "Paul Doerr 2"].map((person) => article([person]))];
    expect(peopleAfter(twoInThree)[0]).toEqual(["Doerr 2"]);
    const even = [article(["Doerr 2"]), article(["Jane Doerr 2"]), article(["Paul Doerr 2"])];
    expect(peopleAfter(even)[0]).toEqual(["Doerr 2"]);
  });

  it("leaves a single name that no article writes in full", () => {
    expect(peopleAfter([article(["Madonna 3"]), article(["Jane Doerr 2"])])).toEqual([["Madonna 3"], ["Jane Doerr 2"]]);
  });

  it("leaves organisations and places alone", () => {
    const washington = { organizations: [topic("Doerr 2")], places: [topic("Washington 3")] };
    const [, renamed] = topicNames([article(["Denzel Washington 2", "Jane Doerr 2"]), article([], washington)]);
    expect(renamed?.topics).toEqual({ people: [], ...washington });
  });

  it("passes an article without topics through unchanged", () => {
    const [renamed] = topicNames([blank, article(["Jane Doerr 2"])]);
    expect(renamed).toBe(blank);
  });

  it("gives the same names whatever the order of the articles, without changing its input", () => {
    const corpus = [article(["Doerr 2"]), article(["Jane Doerr 2"]), article(["Paul Doerr 2"]), article(["Jane Doerr 1"]), article(["Jane Doerr 3"])];
    const copy = structuredClone(corpus.map((each) => each.topics));
    const forwards = peopleAfter(corpus);
    expect(forwards[0]).toEqual(["Jane Doerr 2"]);
    expect(peopleAfter([...corpus].reverse()).reverse()).toEqual(forwards);
    expect(corpus.map((each) => each.topics)).toEqual(copy);
  });

  // Bug: the article step left "Smith" unattributed because this article names two Smiths; the
  // corpus step overrides that and gives all of them to John Smith, who holds 4 of 5 articles.
  it("leaves a surname that the article itself shares between two full names", () => {
    const corpus = [article(["John Smith 2", "Mary Smith 2", "Smith 2"]), article(["John Smith 2"]), article(["John Smith 2"]), article(["John Smith 2"])];
    expect(peopleAfter(corpus)[0]).toEqual(["John Smith 2", "Mary Smith 2", "Smith 2"]);
  });
});
