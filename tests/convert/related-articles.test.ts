import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type Comparable, relatedArticles } from "../../scripts/convert/similarity/related-articles.ts";

const article = (id: string, text: string, topics: string[] = [], language = "en"): Comparable => ({ id, text, topics, language });

/** Each article's id with the ids of its related articles, so a failure shows the whole picture. */
const related = (articles: Comparable[], count?: number) => {
  const lists = relatedArticles(articles, count);
  return Object.fromEntries(articles.map((one, at) => [one.id, lists[at]]));
};

const budget = article("budget", "Parliament votes on the budget. The finance minister defended tax rises before parliament.");
const taxes = article("taxes", "Tax rises in the budget anger parliament; the finance minister says the budget must balance.");
const derby = article("derby", "United won the derby. The striker scored twice and the goalkeeper saved a penalty.");
const striker = article("striker", "The striker who scored in the derby signs a new contract with United.");
const soup = article("soup", "Simmer the lentils with garlic and cumin until the soup thickens.");

describe("relatedArticles", () => {
  it("relates articles on the same subject, and never one that shares no words", () => {
    expect(related([budget, taxes, derby, striker, soup])).toEqual({
      budget: ["taxes"],
      taxes: ["budget"],
      derby: ["striker"],
      striker: ["derby"],
      soup: [],
    });
  });

  it("ranks the article sharing more words above the one sharing fewer", () => {
    const vote = article("vote", "Parliament votes today.");
    expect(related([budget, vote, taxes, soup]).budget).toEqual(["taxes", "vote"]);
  });

  it("never relates an article to itself, and gives at most `count`", () => {
    const storms = ["a", "b", "c", "d", "e", "f"].map((id) => article(id, `Storm ${id} floods the coast; storm warnings stay.`));
    const lists = relatedArticles([...storms, soup], 3);
    expect(lists.slice(0, 6).map((ids) => ids.length)).toEqual([3, 3, 3, 3, 3, 3]);
    lists.forEach((ids, at) => {
      expect(ids).not.toContain(storms[at]?.id ?? "soup");
    });
    expect(relatedArticles([...storms, soup])[0]).toHaveLength(5);
  });

  it("breaks ties by id, whatever the order of the input", () => {
    const copy = (id: string) => article(id, "Floods close the coast road after the storm.");
    const query = article("query", "The storm floods the coast.");
    expect(related([query, copy("c"), copy("a"), copy("b"), soup]).query).toEqual(["a", "b", "c"]);
    expect(related([copy("b"), copy("a"), soup, copy("c"), query]).query).toEqual(["a", "b", "c"]);
  });

  it("gives the same answer every time", () => {
    const articles = [budget, taxes, derby, striker, soup];
    expect(relatedArticles(articles)).toEqual(relatedArticles(articles));
  });

  it("raises an article that shares a topic above an equally similar one that does not", () => {
    const query = article("query", "The prime minister visited the flooded towns.", ["people/mark-rutte"]);
    const first = article("a", "The prime minister promised money for flooded towns.");
    const second = article("b", "The prime minister promised money for flooded towns.", ["people/mark-rutte"]);
    expect(related([query, first, second, soup]).query).toEqual(["b", "a"]);
    expect(related([query, first, { ...second, topics: [] }, soup]).query).toEqual(["a", "b"]);
  });

  it("lets shared words outweigh a shared topic", () => {
    const query = article("query", "Dutch farmers block motorways with tractors over nitrogen rules.", ["places/netherlands"]);
    const sameStory = article("same-story", "Farmers with tractors block Dutch motorways in protest at nitrogen rules.");
    const sameCountry = article("same-country", "Dutch museums reopen.", ["places/netherlands"]);
    expect(related([query, sameStory, sameCountry, soup]).query).toEqual(["same-story", "same-country"]);
  });

  it("relates articles without words by their topics alone, and otherwise not at all", () => {
    const photo = article("photo", "", ["places/ukraine"]);
    const blank = article("blank", "  ");
    const stopWords = article("stop-words", "The and of it is was.");
    const kyiv = article("kyiv", "Shelling in Kyiv overnight.", ["places/ukraine"]);
    expect(related([photo, blank, stopWords, kyiv, budget, taxes])).toEqual({
      photo: ["kyiv"],
      blank: [],
      "stop-words": [],
      kyiv: ["photo"],
      budget: ["taxes"],
      taxes: ["budget"],
    });
  });

  it("handles an empty archive and an archive of one", () => {
    expect(relatedArticles([])).toEqual([]);
    expect(relatedArticles([budget])).toEqual([[]]);
  });

  it("matches English words by their stems", () => {
    const elections = article("elections", "Elections loom.");
    const election = article("election", "An election nears.");
    const blair = article("blair", "Blair's speech.");
    const speech = article("speech", "Blair talks.");
    expect(related([elections, election, blair, speech, soup])).toMatchObject({ elections: ["election"], blair: ["speech"] });
  });

  it("relates Chinese articles by the words the segmenter finds", () => {
    const exports = article("exports", "中国出口增长放缓，经济学家担心贸易前景。", [], "zh");
    const trade = article("trade", "贸易数据显示出口下降，经济学家下调增长预测。", [], "zh");
    const football = article("football", "国家足球队在比赛中获胜，球迷庆祝。", [], "zh");
    expect(related([exports, trade, football, budget, taxes])).toMatchObject({ exports: ["trade"], trade: ["exports"], football: [] });
  });

  it("does not relate articles in a minority language by their stop words", () => {
    const weather = article("weather", "明天的天气很好。", [], "zh");
    const stocks = article("stocks", "他的股票涨了。", [], "zh");
    expect(related([weather, stocks, budget, taxes, derby, striker])).toMatchObject({ weather: [], stocks: [] });
  });

  it("compares articles whose language is not known by their words as written", () => {
    const unknown = ({ id, text, topics }: Comparable): Comparable => ({ id, text, topics });
    const lists = related([budget, taxes, derby, striker, soup].map(unknown));
    expect([lists.budget?.[0], lists.derby?.[0]]).toEqual(["taxes", "striker"]);
  });
});

/**
 * What adding `newcomer` may do to each existing article's list: nothing, or put the newcomer in
 * it (the last one dropping out if the list was full). Returns the lists that broke that rule.
 */
function listsChangedByAdding(archive: Comparable[], newcomer: Comparable, at: number, count: number) {
  const before = relatedArticles(archive, count);
  const after = relatedArticles([...archive.slice(0, at), newcomer, ...archive.slice(at)], count);
  return archive.flatMap((article, index) => {
    const old = before[index] ?? [];
    const now = after[index < at ? index : index + 1] ?? [];
    const expected = now.includes(newcomer.id) ? old.slice(0, count - 1) : old;
    return now.filter((id) => id !== newcomer.id).join() === expected.join() ? [] : [{ article: article.id, before: old, after: now }];
  });
}

describe("relatedArticles as the archive grows", () => {
  it("keeps an article's list when a newcomer that does not enter it shares words with its related articles", () => {
    // Under corpus-wide IDF the newcomer made "storm" commoner, so "warning" fell below "centre".
    const archive = [
      article("query", "Storm floods the harbour town."),
      article("warning", "Storm warning for the harbour."),
      article("centre", "Floods reach the town centre."),
      article("budget", "Parliament votes on the budget."),
      article("derby", "United won the derby."),
      article("soup", "Simmer the lentil soup."),
    ];
    const newcomer = article("chasers", "Storm chasers photograph storm clouds over the plains.");
    expect(relatedArticles(archive, 2)[0]).toEqual(["warning", "centre"]);
    expect(listsChangedByAdding(archive, newcomer, archive.length, 2)).toEqual([]);
  });

  // Few words, repeated, so that articles share words and scores often tie; ids chosen so that the
  // newcomer sorts before, among and after the others when ties are broken by id.
  const vocabulary = ["storm", "harbour", "budget", "derby", "striker", "lentil", "tractor", "museum", "ferry", "council"];
  const anyArticle = fc.record({
    text: fc.array(fc.constantFrom(...vocabulary), { maxLength: 8 }).map((words) => words.join(" ")),
    topics: fc.subarray(["places/ukraine", "people/mark-rutte", "organizations/bbc"]),
  });
  test.prop([fc.array(anyArticle, { maxLength: 10 }), anyArticle, fc.constantFrom("a", "a05x", "b"), fc.nat({ max: 10 }), fc.integer({ min: 1, max: 4 })], {
    numRuns: 300,
  })("changes an existing article's list only by putting the newcomer in it", (drawn, newcomerDrawn, newcomerId, at, count) => {
    const archive = drawn.map(({ text, topics }, index) => article(`a${String(index).padStart(2, "0")}`, text, topics));
    const newcomer = article(newcomerId, newcomerDrawn.text, newcomerDrawn.topics);
    expect(listsChangedByAdding(archive, newcomer, Math.min(at, archive.length), count)).toEqual([]);
  });
});
