import { beforeAll, describe, expect, it } from "vitest";
import type { SeedReport } from "../../scripts/stages/report.ts";
import { type Build, buildSite, fixtureSeeds, text } from "./build-site.ts";

const realSeed = "000_c8afd5a7527161f8.txt";
let build: Build;
let seeds: SeedReport[];

beforeAll(async () => {
  build = await buildSite(await fixtureSeeds());
  seeds = (await build.report()).seeds;
});

const urlOf = (name: string): string => {
  const url = seeds.find((seed) => seed.seed.endsWith(`/${name}`))?.url;
  if (!url) throw new Error(`${name} has no page`);
  return url;
};
const links = (page: Document, selector: string) => [...page.querySelectorAll(`${selector} a`)].map((link) => [text(link), link.getAttribute("href")]);

describe("an article's topics", () => {
  it("links the committed seed's people, organisations and places to their pages, as search facets", async () => {
    const page = await build.page(urlOf(realSeed));
    const kinds = [...page.querySelectorAll(".topics dt")].map(text);
    expect(kinds).toEqual(["People", "Organisations", "Places"]);
    const people = links(page, ".topics dd:nth-of-type(1)");
    expect(people).toEqual(
      expect.arrayContaining([
        ["Mark Rutte", "/topics/people/mark-rutte/"],
        ["Pete Hegseth", "/topics/people/pete-hegseth/"],
      ]),
    );
    expect(links(page, ".topics dd:nth-of-type(2)")).toEqual([["NATO", "/topics/organizations/nato/"]]);
    const places = links(page, ".topics dd:nth-of-type(3)").map(([name]) => name);
    expect(places).toEqual(expect.arrayContaining(["Europe", "United States", "Ukraine", "Russia", "Brussels", "The Hague", "Washington"]));
    const filters = [...page.querySelectorAll(".topics [data-pagefind-filter]")].map((link) => link.getAttribute("data-pagefind-filter"));
    expect(new Set(filters)).toEqual(new Set(["person", "organisation", "place"]));
    expect(page.querySelector(".topics")?.closest("[data-pagefind-ignore]")).not.toBeNull();
  });

  it("lists related articles: at most five other articles, each with a working page", async () => {
    const url = urlOf(realSeed);
    const page = await build.page(url);
    const related = [...page.querySelectorAll(".related li > a")].map((link) => link.getAttribute("href") ?? "");
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(5);
    expect(related).not.toContain(url);
    for (const other of related) expect(text((await build.page(other)).querySelector("h1"))).not.toBe("");
  });
});

describe("near-copies", () => {
  it("link to each other, and only the first published is searchable", async () => {
    const [first, again] = [urlOf("near-copy-first.txt"), urlOf("near-copy-again.txt")];
    const [firstPage, againPage] = [await build.page(first), await build.page(again)];
    expect(links(firstPage, ".copies").map(([, href]) => href)).toEqual([again]);
    expect(links(againPage, ".copies").map(([, href]) => href)).toEqual([first]);
    expect(firstPage.querySelector("article")?.hasAttribute("data-pagefind-body")).toBe(true);
    expect(againPage.querySelector("article")?.hasAttribute("data-pagefind-body")).toBe(false);
    expect([...firstPage.querySelectorAll(".related a")].map((link) => link.getAttribute("href"))).not.toContain(again);
  });
});

describe("the topic pages", () => {
  it("index people, organisations and places, each with its article count", async () => {
    const page = await build.page("/topics/");
    expect([...page.querySelectorAll("main h2")].map(text)).toEqual(["People", "Organisations", "Places"]);
    const people = [...page.querySelectorAll("#kind-people + ol li")].map(text);
    expect(people).toEqual(expect.arrayContaining(["Donald Trump 1 article", "Mark Rutte 1 article", "Marco Rubio 1 article", "Pete Hegseth 1 article"]));
    expect(people.join(" ")).not.toMatch(/Secretary|Wednesday|MoreLess/);
  });

  // No topic of the fixtures is named by two articles: the BBC corpus test checks the letter pages themselves.
  it("leave topics of one article out of the A–Z lists, saying how many, but keep their pages", async () => {
    const index = await build.page("/topics/places/");
    expect(text(index.querySelector(".counts"))).toMatch(
      /^0 topics named in at least two articles, A–Z by letter\. \d+ more topics named in one article each are listed only on their articles\.$/,
    );
    expect(index.querySelectorAll(".initials a")).toHaveLength(0);
    expect(text((await build.page("/topics/places/the-hague/")).querySelector("h1"))).toBe("The Hague");
  });

  it("give a topic its articles and the topics named with it", async () => {
    const page = await build.page("/topics/people/mark-rutte/");
    expect(text(page.querySelector("h1"))).toBe("Mark Rutte");
    expect(text(page.querySelector(".breadcrumb"))).toBe("People");
    expect([...page.querySelectorAll(".article-list h2 a")].map((link) => link.getAttribute("href"))).toEqual([urlOf(realSeed)]);
    expect(links(page, ".companions")).toEqual(expect.arrayContaining([["NATO", "/topics/organizations/nato/"]]));
    expect(links(page, ".companions").map(([, href]) => href)).not.toContain("/topics/people/mark-rutte/");
  });

  it("say when a topic was first and last in the news, where its articles are dated", async () => {
    const page = await build.page("/topics/organizations/harbour-council/");
    expect(text(page.querySelector(".coverage"))).toBe("First mentioned 2 March 2025.");
  });
});
