import { describe, expect, it } from "vitest";
import { json } from "../../scripts/site/filters.ts";
import { type ArticleFacts, jsonFeed, newsArticle } from "../../scripts/site/structured-data.ts";

const full: ArticleFacts = {
  title: "Rutte Urges Europe to Step Up",
  description: "NATO's chief said on Wednesday…",
  source: "Live Mint",
  section: "Politics",
  author: "Jo Bloggs",
  published: "2025-04-02T09:30:00+01:00",
  language: "en",
  wordCount: 412,
};
const bare: ArticleFacts = { title: "Storm Closes the Coast Road", description: "The road shut at noon.", wordCount: 37 };
const url = "https://example.org/sub/articles/rutte-urges-europe-e4c07a/";

describe("newsArticle", () => {
  it("describes a dated article with its source, section, author and language", () => {
    expect(newsArticle(full, url, "Broadsheet")).toStrictEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Rutte Urges Europe to Step Up",
      description: "NATO's chief said on Wednesday…",
      url,
      mainEntityOfPage: url,
      datePublished: "2025-04-02T08:30:00Z",
      author: { "@type": "Person", name: "Jo Bloggs" },
      publisher: { "@type": "Organization", name: "Live Mint" },
      articleSection: "Politics",
      inLanguage: "en",
      wordCount: 412,
    });
  });

  it("names the site as publisher, and states no date or section, when the seed gives none", () => {
    expect(newsArticle(bare, url, "Broadsheet")).toStrictEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Storm Closes the Coast Road",
      description: "The road shut at noon.",
      url,
      mainEntityOfPage: url,
      publisher: { "@type": "Organization", name: "Broadsheet" },
      wordCount: 37,
    });
  });

  it("writes a bare date as midnight UTC", () => {
    expect(newsArticle({ ...bare, published: "2025-04-02" }, url, "Broadsheet").datePublished).toBe("2025-04-02T00:00:00Z");
  });

  it("survives the json filter unchanged, as a <script> element holds it", () => {
    const article = newsArticle({ ...full, title: "Why </script> Matters & More" }, url, "Broadsheet");
    const text = json(article);
    expect(text).not.toContain("</script");
    expect(JSON.parse(text)).toStrictEqual(article);
  });
});

describe("jsonFeed", () => {
  const site = { title: "Broadsheet", description: "An archive of news articles.", language: "en" };
  const home = "https://example.org/sub/";
  const feed = jsonFeed(site, home, [
    { url: "/articles/rutte-urges-europe-e4c07a/", data: full },
    { url: "/articles/मानसून-b72adf/", data: bare },
  ]);

  it("is JSON Feed 1.1 for the site, its own URL under the path prefix", () => {
    expect({ ...feed, items: [] }).toStrictEqual({
      version: "https://jsonfeed.org/version/1.1",
      title: "Broadsheet",
      description: "An archive of news articles.",
      home_page_url: "https://example.org/sub/",
      feed_url: "https://example.org/sub/feed.json",
      language: "en",
      items: [],
    });
  });

  it("gives each item absolute URLs under the path prefix, and a date only when it has one", () => {
    const hindi = `https://example.org/sub/articles/${encodeURIComponent("मानसून")}-b72adf/`;
    expect(feed.items).toStrictEqual([
      {
        id: "https://example.org/sub/articles/rutte-urges-europe-e4c07a/",
        url: "https://example.org/sub/articles/rutte-urges-europe-e4c07a/",
        title: "Rutte Urges Europe to Step Up",
        summary: "NATO's chief said on Wednesday…",
        content_text: "NATO's chief said on Wednesday…",
        date_published: "2025-04-02T08:30:00Z",
        authors: [{ name: "Jo Bloggs" }],
        language: "en",
        tags: ["Live Mint", "Politics"],
      },
      {
        id: hindi,
        url: hindi,
        title: "Storm Closes the Coast Road",
        summary: "The road shut at noon.",
        content_text: "The road shut at noon.",
        tags: [],
      },
    ]);
  });

  it("leaves out the characters the Atom feed cannot carry, so both feeds say the same", () => {
    const stray = {
      ...bare,
      title: "Storm\uFFFF Closes the Coast Road",
      description: "The road\u0001 shut at noon.",
      author: "Jo\uD800 Bloggs",
      section: "Coast\uFFFE",
    };
    const [item] = jsonFeed(site, home, [{ url: "/articles/storm-b72adf/", data: stray }]).items;
    expect(item).toMatchObject({
      title: "Storm Closes the Coast Road",
      summary: "The road shut at noon.",
      content_text: "The road shut at noon.",
      authors: [{ name: "Jo Bloggs" }],
      tags: ["Coast"],
    });
  });

  it("has no items when there are no articles", () => {
    expect(jsonFeed(site, home, []).items).toStrictEqual([]);
  });
});
