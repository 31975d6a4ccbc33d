import { describe, expect, it } from "vitest";
import type { Topic } from "../../scripts/convert/article.ts";
import type { ArticleItem } from "../../scripts/site/collections.ts";
import { topicLetters, topicsPerLetterPage } from "../../scripts/site/topic-letters.ts";
import { companionCount, mostCovered, type TopicPage, topicPages } from "../../scripts/site/topics.ts";
import { article } from "./article-item.ts";

const topic = (name: string, slug: string, mentions = 1): Topic => ({ name, slug, mentions });
const urls = (items: ArticleItem[]) => items.map((item) => item.url);
const names = (pages: { name: string }[]) => pages.map((page) => page.name);

const rutte = topic("Mark Rutte", "mark-rutte", 4);
const trump = topic("Donald Trump", "donald-trump");
const nato = topic("NATO", "nato", 2);
const hague = topic("The Hague", "the-hague");
const ukraine = topic("Ukraine", "ukraine");
const brussels = topic("Brussels", "brussels");
const elysee = topic("Élysée Palace", "elysee-palace");

/** A page of the given kind and name with `count` articles, for the functions that take pages. */
const page = (name: string, count = 1): TopicPage<ArticleItem> => {
  const slug = name.toLowerCase().replaceAll(" ", "-");
  return {
    kind: "places",
    name,
    slug,
    url: `/topics/places/${slug}/`,
    items: Array.from({ length: count }, (_, index) => article(`/${slug}-${index}/`)),
    companions: [],
    written: [],
  };
};

describe("topicPages: who a person is, and the names a topic goes by", () => {
  const wenger = (written: string[], descriptor?: { text: string; paragraph: number }) => ({ ...topic("Arsene Wenger", "arsene-wenger"), written, descriptor });
  const [page] = topicPages([
    article("/newest/", { title: "Wenger rules out keeper", people: [wenger(["Wenger"], { text: "Arsenal boss", paragraph: 1 })] }),
    article("/middle/", { title: "Wenger shock", people: [wenger(["Arsène Wenger", "Wenger"], { text: "Arsenal manager", paragraph: 2 })] }),
    article("/oldest/", { title: "Gunners win", people: [wenger(["Wenger"], { text: "Arsenal boss", paragraph: 4 })] }),
  ]).people;

  it("says who a person is as most articles do, linked to the paragraph of the newest that says it", () => {
    expect(page?.descriptor).toEqual({ text: "Arsenal boss", url: "/newest/#p1", headline: "Wenger rules out keeper" });
  });

  it("lists the other names its articles write, most written first", () => {
    expect(page?.written).toEqual(["Wenger", "Arsène Wenger"]);
  });
});

describe("topicPages", () => {
  // Newest first, as the site's collection gives them: undated articles last.
  const articles = [
    article("/newest/", { published: "2025-04-03", people: [rutte], organizations: [nato], places: [hague] }),
    article("/middle/", { published: "2025-03-10T09:30:00+01:00", people: [rutte, trump], places: [hague] }),
    article("/oldest/", { published: "2024-12-31", organizations: [nato], places: [ukraine] }),
    article("/undated/", { people: [rutte, topic("Ann Example", "ann-example")], organizations: [nato] }),
  ];
  const pages = topicPages(articles);
  const summary = (kindPages: TopicPage<ArticleItem>[]) =>
    kindPages.map(({ kind, name, slug, url, items, first, latest }) => ({ kind, name, slug, url, items: urls(items), first, latest }));

  it("makes a page for each topic of each kind: its articles in the order given, the oldest and newest stated date", () => {
    expect(summary(pages.people)).toEqual([
      {
        kind: "people",
        name: "Ann Example",
        slug: "ann-example",
        url: "/topics/people/ann-example/",
        items: ["/undated/"],
        first: undefined,
        latest: undefined,
      },
      {
        kind: "people",
        name: "Donald Trump",
        slug: "donald-trump",
        url: "/topics/people/donald-trump/",
        items: ["/middle/"],
        first: "2025-03-10T09:30:00+01:00",
        latest: "2025-03-10T09:30:00+01:00",
      },
      {
        kind: "people",
        name: "Mark Rutte",
        slug: "mark-rutte",
        url: "/topics/people/mark-rutte/",
        items: ["/newest/", "/middle/", "/undated/"],
        first: "2025-03-10T09:30:00+01:00",
        latest: "2025-04-03",
      },
    ]);
    expect(summary(pages.organizations)).toEqual([
      {
        kind: "organizations",
        name: "NATO",
        slug: "nato",
        url: "/topics/organizations/nato/",
        items: ["/newest/", "/oldest/", "/undated/"],
        first: "2024-12-31",
        latest: "2025-04-03",
      },
    ]);
    expect(summary(pages.places)).toEqual([
      {
        kind: "places",
        name: "The Hague",
        slug: "the-hague",
        url: "/topics/places/the-hague/",
        items: ["/newest/", "/middle/"],
        first: "2025-03-10T09:30:00+01:00",
        latest: "2025-04-03",
      },
      { kind: "places", name: "Ukraine", slug: "ukraine", url: "/topics/places/ukraine/", items: ["/oldest/"], first: "2024-12-31", latest: "2024-12-31" },
    ]);
  });

  it("keeps a person and a place with the same slug apart", () => {
    const asPerson = topic("Georgia", "georgia");
    const asPlace = topic("Georgia", "georgia");
    const found = topicPages([article("/singer/", { people: [asPerson] }), article("/country/", { places: [asPlace] })]);
    expect(found.people.map((kindPage) => [kindPage.url, urls(kindPage.items)])).toEqual([["/topics/people/georgia/", ["/singer/"]]]);
    expect(found.places.map((kindPage) => [kindPage.url, urls(kindPage.items)])).toEqual([["/topics/places/georgia/", ["/country/"]]]);
    expect(found.organizations).toEqual([]);
  });

  // In code-unit order "Zagreb" would come before "ankara", and "Élysée Palace" after both.
  it("sorts a kind's topics A–Z as readers expect, whatever the case or accents", () => {
    const places = [topic("Zagreb", "zagreb"), elysee, topic("ankara", "ankara")];
    expect(names(topicPages([article("/a/", { places })]).places)).toEqual(["ankara", "Élysée Palace", "Zagreb"]);
  });

  it("has no pages when no article names a topic", () => {
    expect(topicPages([article("/a/"), article("/b/")])).toEqual({ people: [], organizations: [], places: [] });
  });
});

describe("topic companions", () => {
  const pages = topicPages([
    article("/a/", { people: [rutte, trump], organizations: [nato], places: [ukraine] }),
    article("/b/", { people: [rutte, trump], organizations: [nato] }),
    article("/c/", { people: [rutte], organizations: [nato], places: [elysee] }),
    article("/d/", { places: [brussels] }),
  ]);
  const companionsOf = (kind: "people" | "organizations" | "places", name: string) => pages[kind].find((candidate) => candidate.name === name)?.companions;

  it("lists the other topics its articles name, most shared first, A–Z among equals, never itself", () => {
    expect(companionsOf("people", "Mark Rutte")).toEqual([
      { name: "NATO", url: "/topics/organizations/nato/", count: 3 },
      { name: "Donald Trump", url: "/topics/people/donald-trump/", count: 2 },
      { name: "Élysée Palace", url: "/topics/places/elysee-palace/", count: 1 },
      { name: "Ukraine", url: "/topics/places/ukraine/", count: 1 },
    ]);
  });

  // Mark Rutte (4 mentions), NATO (2) and Donald Trump (1) each share one article with Ukraine.
  it("puts the topic named more often first among those sharing as many articles", () => {
    expect(companionsOf("places", "Ukraine")).toEqual([
      { name: "Mark Rutte", url: "/topics/people/mark-rutte/", count: 1 },
      { name: "NATO", url: "/topics/organizations/nato/", count: 1 },
      { name: "Donald Trump", url: "/topics/people/donald-trump/", count: 1 },
    ]);
  });

  it("has none for a topic no other topic shares an article with", () => {
    expect(companionsOf("places", "Brussels")).toEqual([]);
  });

  it(`keeps the ${companionCount} most shared`, () => {
    const places = Array.from({ length: companionCount + 2 }, (_, index) => topic(`Place ${String(index + 1).padStart(2, "0")}`, `place-${index + 1}`));
    const last = places.at(-1)!;
    const found = topicPages([article("/all/", { people: [rutte], places }), article("/one/", { people: [rutte], places: [last] })]);
    const companions = found.people[0]?.companions ?? [];
    expect(companions.map((link) => [link.name, link.count])).toEqual([[last.name, 2], ...places.slice(0, companionCount - 1).map((place) => [place.name, 1])]);
  });
});

describe("mostCovered", () => {
  const pages = [page("Élysée", 2), page("Cairo", 1), page("Zagreb", 3), page("Berlin", 2), page("Ankara", 1)];

  it("takes the topics with the most articles, A–Z among equals", () => {
    expect(names(mostCovered(pages, 4))).toEqual(["Zagreb", "Berlin", "Élysée", "Ankara"]);
  });

  it("takes them all when asked for more than there are, and leaves the list as it was", () => {
    expect(names(mostCovered(pages, 10))).toEqual(["Zagreb", "Berlin", "Élysée", "Ankara", "Cairo"]);
    expect(names(pages)).toEqual(["Élysée", "Cairo", "Zagreb", "Berlin", "Ankara"]);
  });

  it("takes none when asked for none", () => {
    expect(mostCovered(pages, 0)).toEqual([]);
  });
});

describe("topicLetters", () => {
  const places = (pages: TopicPage<ArticleItem>[]) => ({ people: [], organizations: [], places: pages });
  const sections = (pages: TopicPage<ArticleItem>[]) =>
    topicLetters(places(pages)).pages.map((letter) => ({ initial: letter.initial, url: letter.url, names: names(letter.topics) }));

  it("files topics by the first letter of their name as written in URLs, keeping their order, the rest under “#” last", () => {
    const pages = ["10 Downing Street", "Ankara", "Élysée Palace", "Eton", "île de la Cité", "Москва", "Zagreb", "Ämter", "北京"].map((name) => page(name, 2));
    expect(sections(pages)).toEqual([
      { initial: "A", url: "/topics/places/a-z/a/", names: ["Ankara", "Ämter"] },
      { initial: "E", url: "/topics/places/a-z/e/", names: ["Élysée Palace", "Eton"] },
      { initial: "I", url: "/topics/places/a-z/i/", names: ["île de la Cité"] },
      { initial: "M", url: "/topics/places/a-z/m/", names: ["Москва"] },
      { initial: "Z", url: "/topics/places/a-z/z/", names: ["Zagreb"] },
      { initial: "#", url: "/topics/places/a-z/other/", names: ["10 Downing Street", "北京"] },
    ]);
  });

  it("has no letters for no topics", () => {
    expect(topicLetters(places([]))).toEqual({
      index: { people: { letters: [], listed: 0, left: 0 }, organizations: { letters: [], listed: 0, left: 0 }, places: { letters: [], listed: 0, left: 0 } },
      pages: [],
    });
  });

  // Ł, Ø and Đ are letters with a stroke, which Unicode does not decompose, so NFD alone leaves them whole.
  it("files letters with a stroke under their base letter", () => {
    expect(sections(["Łódź", "Ørsted", "Đoković"].map((name) => page(name, 2))).map((letter) => letter.initial)).toEqual(["D", "L", "O"]);
  });

  // Issue 20: /topics/people/ was one 220 KB page of 2,080 names, three in four of them with one article.
  it("leaves out topics of one article, counting them, and pages a letter by 300", () => {
    const many = Array.from({ length: topicsPerLetterPage * 2 + 1 }, (_, index) => page(`Place ${String(index).padStart(4, "0")}`, 2));
    const { index, pages } = topicLetters(places([...many, page("Pori", 1)]));
    expect(index.places).toEqual({ letters: [{ initial: "P", url: "/topics/places/a-z/p/", count: many.length }], listed: many.length, left: 1 });
    expect(pages.map((letter) => [letter.url, letter.topics.length, letter.previous, letter.next])).toEqual([
      ["/topics/places/a-z/p/", 300, undefined, "/topics/places/a-z/p/2/"],
      ["/topics/places/a-z/p/2/", 300, "/topics/places/a-z/p/", "/topics/places/a-z/p/3/"],
      ["/topics/places/a-z/p/3/", 1, "/topics/places/a-z/p/2/", undefined],
    ]);
    expect(pages.flatMap((letter) => names(letter.topics))).not.toContain("Pori");
  });
});
