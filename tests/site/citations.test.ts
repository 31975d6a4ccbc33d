import { describe, expect, it } from "vitest";
import { type Citable, citations } from "../../scripts/site/citations.ts";

const url = "https://example.org/articles/markets-close-higher-e4c07a/";
const undated: Citable = { title: "Markets Close Higher", container: "Live Mint", url, key: "markets-close-higher-e4c07a" };
const dated: Citable = { ...undated, container: "Town Crier", author: "Jo Bloggs", published: "2025-04-02" };

describe("citations of an undated article without an author", () => {
  const cite = citations(undated);

  it("writes n.d. for the date in APA, Chicago and BibTeX, and gives the URL in all four", () => {
    for (const text of [cite.apa, cite.chicago, cite.bibtex]) expect(text).toContain("n.d.");
    for (const text of [cite.apa, cite.mla, cite.chicago, cite.bibtex]) expect(text).toContain(url);
  });

  it("puts the publication in the author's place in APA, not repeating it as the site name", () => {
    expect(cite.apa).toBe(`Live Mint. (n.d.). Markets Close Higher. ${url}`);
  });

  // MLA 9 no longer uses "n.d."; a missing date is left out (an access date is optional).
  it("leaves the missing date out of MLA", () => {
    expect(cite.mla).toBe(`“Markets Close Higher.” Live Mint, ${url}.`);
  });

  // CMOS 17, 14.207: for an unsigned news article, the publication stands in place of the author.
  it("puts the publication in the author's place in Chicago", () => {
    expect(cite.chicago).toBe(`Live Mint. “Markets Close Higher.” n.d. ${url}.`);
  });

  it("is a BibTeX @online entry with year n.d. and no author", () => {
    expect(cite.bibtex).toBe(
      [
        "@online{markets-close-higher-e4c07a,",
        "  title = {{Markets Close Higher}},",
        "  organization = {Live Mint},",
        "  year = {n.d.},",
        `  url = {${url}}`,
        "}",
      ].join("\n"),
    );
  });
});

describe("citations of a dated article by a person", () => {
  const cite = citations(dated);

  it("follows APA 7, MLA 9 and Chicago 17", () => {
    expect(cite.apa).toBe(`Bloggs, J. (2025, April 2). Markets Close Higher. Town Crier. ${url}`);
    expect(cite.mla).toBe(`Bloggs, Jo. “Markets Close Higher.” Town Crier, 2 Apr. 2025, ${url}.`);
    expect(cite.chicago).toBe(`Bloggs, Jo. “Markets Close Higher.” Town Crier, April 2, 2025. ${url}.`);
  });

  it.each([
    ["2025-01-05", "5 Jan. 2025"],
    ["2025-02-05", "5 Feb. 2025"],
    ["2025-03-05", "5 Mar. 2025"],
    ["2025-05-05", "5 May 2025"],
    ["2025-06-05", "5 June 2025"],
    ["2025-07-05", "5 July 2025"],
    ["2025-08-05", "5 Aug. 2025"],
    ["2025-09-05", "5 Sept. 2025"],
    ["2025-10-05", "5 Oct. 2025"],
    ["2025-11-05", "5 Nov. 2025"],
    ["2025-12-05", "5 Dec. 2025"],
  ])("abbreviates the month of %s as MLA does: %s", (published, date) => {
    expect(citations({ ...dated, published }).mla).toBe(`Bloggs, Jo. “Markets Close Higher.” Town Crier, ${date}, ${url}.`);
  });

  it("cites a date-time by the day the source states, not the day in UTC", () => {
    const cite = citations({ ...dated, published: "2025-04-02T23:30:00-05:00" });
    expect(cite.apa).toBe(`Bloggs, J. (2025, April 2). Markets Close Higher. Town Crier. ${url}`);
    expect(cite.mla).toBe(`Bloggs, Jo. “Markets Close Higher.” Town Crier, 2 Apr. 2025, ${url}.`);
    expect(cite.chicago).toBe(`Bloggs, Jo. “Markets Close Higher.” Town Crier, April 2, 2025. ${url}.`);
    expect(cite.bibtex).toContain("  date = {2025-04-02},");
  });

  // APA 7 keeps the hyphen of a hyphenated given name: Jean-Baptiste → J.-B.
  it("keeps the hyphen between the initials of a hyphenated given name in APA", () => {
    expect(citations({ ...dated, author: "Mary-Jane Bloggs" }).apa).toBe(`Bloggs, M.-J. (2025, April 2). Markets Close Higher. Town Crier. ${url}`);
  });
});

describe("citations of a title that ends its own sentence", () => {
  it("adds no full stop after a question mark", () => {
    const cite = citations({ ...dated, title: "Will Rates Fall?" });
    expect(cite.apa).toBe(`Bloggs, J. (2025, April 2). Will Rates Fall? Town Crier. ${url}`);
    expect(cite.mla).toBe(`Bloggs, Jo. “Will Rates Fall?” Town Crier, 2 Apr. 2025, ${url}.`);
    expect(cite.chicago).toBe(`Bloggs, Jo. “Will Rates Fall?” Town Crier, April 2, 2025. ${url}.`);
  });

  it("adds none after an exclamation mark or a closing full stop either", () => {
    expect(citations({ ...undated, title: "Goal!" }).apa).toBe(`Live Mint. (n.d.). Goal! ${url}`);
    expect(citations({ ...undated, title: "Talks Resume in the U.S." }).apa).toBe(`Live Mint. (n.d.). Talks Resume in the U.S. ${url}`);
  });
});

describe("BibTeX", () => {
  it("is an exact @online entry with the author inverted and the date in full", () => {
    expect(citations(dated).bibtex).toBe(
      [
        "@online{markets-close-higher-e4c07a,",
        "  title = {{Markets Close Higher}},",
        "  author = {Bloggs, Jo},",
        "  organization = {Town Crier},",
        "  date = {2025-04-02},",
        `  url = {${url}}`,
        "}",
      ].join("\n"),
    );
  });

  it("escapes TeX's special characters in the title", () => {
    const title = String.raw`A & B: 5% of $10 for #1_a {x} ~y ^z \w`;
    expect(citations({ ...undated, title }).bibtex).toContain(
      String.raw`  title = {{A \& B: 5\% of \$10 for \#1\_a \{x\} \textasciitilde{}y \textasciicircum{}z \textbackslash{}w}},`,
    );
  });
});
