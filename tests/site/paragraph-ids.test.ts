import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../scripts/site/markdown.ts";

const markdown = createMarkdown();
const parse = (text: string) => parseHTML(`<!doctype html><html><body>${markdown.render(text)}</body></html>`).document;
const pilcrows = (page: Document) =>
  [...page.querySelectorAll("a.pilcrow")].map((link) => ({
    in: link.parentElement?.id,
    href: link.getAttribute("href"),
    label: link.getAttribute("aria-label"),
    text: link.textContent,
  }));

const article = ["First paragraph.", "```\nticker  price\nABC     10.5\n```", "Second paragraph.", "    indented code", "Last paragraph."].join("\n\n");

describe("paragraph ids", () => {
  it("numbers top-level paragraphs and code blocks p1, p2, … in document order", () => {
    const page = parse(article);
    expect([...page.querySelectorAll("[id]")].map((element) => [element.tagName, element.id])).toEqual([
      ["P", "p1"],
      ["PRE", "p2"],
      ["P", "p3"],
      ["PRE", "p4"],
      ["P", "p5"],
    ]);
  });

  it("ends each text paragraph, and only those, with an empty link to itself", () => {
    expect(pilcrows(parse(article))).toEqual([
      { in: "p1", href: "#p1", label: "Link to paragraph 1", text: "" },
      { in: "p3", href: "#p3", label: "Link to paragraph 3", text: "" },
      { in: "p5", href: "#p5", label: "Link to paragraph 5", text: "" },
    ]);
  });

  it("adds nothing to a paragraph's text", () => {
    const page = parse(article);
    expect([...page.querySelectorAll("p")].map((paragraph) => paragraph.textContent)).toEqual(["First paragraph.", "Second paragraph.", "Last paragraph."]);
    expect(page.querySelector("pre")?.textContent).toBe("ticker  price\nABC     10.5\n");
  });

  it("gives paragraphs inside a blockquote or a list no id and no link, and does not count them", () => {
    const page = parse(["Before.", "> Quoted one.\n>\n> Quoted two.", "1. Loose item.\n\n2. Another item.", "- tight\n- list", "After."].join("\n\n"));
    expect([...page.querySelectorAll("[id]")].map((element) => element.id)).toEqual(["p1", "p2"]);
    expect([...page.querySelectorAll("blockquote p, li p")].map((paragraph) => [paragraph.id, paragraph.querySelector("a")])).toEqual([
      ["", null],
      ["", null],
      ["", null],
      ["", null],
    ]);
    expect(page.querySelector("#p2")?.textContent).toBe("After.");
    expect(pilcrows(page).map((link) => link.href)).toEqual(["#p1", "#p2"]);
  });

  it("starts again at p1 for each document", () => {
    expect(parse("One.\n\nTwo.").querySelector("p")?.id).toBe("p1");
    expect(parse("Three.").querySelector("p")?.id).toBe("p1");
  });

  // markdown-it's fence renderer writes token attributes on <code>; the id belongs on <pre>.
  it("puts a fenced code block's id on its top-level <pre>", () => {
    const page = parse(article);
    expect([...page.body.children].map((element) => [element.tagName, element.id])).toEqual([
      ["P", "p1"],
      ["PRE", "p2"],
      ["P", "p3"],
      ["PRE", "p4"],
      ["P", "p5"],
    ]);
  });
});
