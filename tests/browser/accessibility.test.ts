import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityProblems } from "../../scripts/check-site/accessibility.ts";
import { accessibilityProblem, problemLine } from "../../scripts/check-site/problems.ts";
import { fixtureSeeds } from "../site/build-site.ts";
import { axeViolations, browserAvailable, type SiteInBrowser, siteInBrowser } from "./browser.ts";

let site: SiteInBrowser;
let articleUrl: string;

describe.skipIf(!browserAvailable())("in a browser", () => {
  beforeAll(async () => {
    site = await siteInBrowser(await fixtureSeeds());
    articleUrl = site.urlOf("000_c8afd5a7527161f8.txt");
  });
  afterAll(() => site?.close());

  const pages = () => [
    "/",
    articleUrl,
    "/sources/",
    "/sources/live-mint/",
    "/sections/",
    "/sections/politics/",
    "/archive/",
    "/archive/2025/",
    "/archive/2025/04/",
    "/topics/",
    "/topics/places/",
    "/topics/people/mark-rutte/",
    "/about/",
    "/no-such-page/",
  ];

  it("runs axe for real: a page with an unlabelled image and no landmarks has violations", async () => {
    const page = await site.browser.newPage();
    await page.setContent('<!DOCTYPE html><html lang="en"><title>t</title><img src="x.png">');
    const found = await axeViolations(page);
    await page.close();
    expect(found.map((violation) => violation.split(":")[0])).toEqual(expect.arrayContaining(["image-alt", "region"]));
  });

  it("has no axe violations on any page type, in light or dark mode", { timeout: 120_000 }, async () => {
    const problems = await accessibilityProblems(site.browser, site.url, "/", pages());
    expect(problems.map(accessibilityProblem).map(problemLine)).toEqual([]);
  });

  it("shows a paragraph's ¶ link when it takes keyboard focus, and follows it to the paragraph", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}${articleUrl}`);
    const link = page.locator("#p3 .pilcrow");
    expect(await link.evaluate((element) => getComputedStyle(element).opacity)).toBe("0");
    expect(await link.evaluate((element) => getComputedStyle(element, "::before").content)).toBe('"¶"');
    await link.focus();
    // The link fades in: wait for its end state rather than for a fixed time.
    await expect.poll(() => link.evaluate((element) => getComputedStyle(element).opacity), { timeout: 5000 }).toBe("1");
    await link.press("Enter");
    expect(new URL(page.url()).hash).toBe("#p3");
    await page.close();
  });

  it("prints without navigation or search, and writes out where links lead", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/sources/`);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-nav").isVisible()).toBe(false);
    expect(await page.locator(".site-search").isVisible()).toBe(false);
    const link = page.locator("main .groups a").first();
    const href = await link.getAttribute("href");
    expect(await link.evaluate((element) => getComputedStyle(element, "::after").content)).toBe(`" <${href}>"`);
    await page.close();
  });

  it("reads fully without JavaScript", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}${articleUrl}`);
    expect(await page.locator("article .body p").count()).toBe(13);
    expect(await page.locator("h1").innerText()).toBe("NATO Chief Urges Europe to ‘Step Up’ as US Turns Toward Asia");
    await context.close();
  });

  it("fits a 320-pixel-wide screen without sideways scrolling", async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const url of ["/", articleUrl, "/archive/", "/search/?q=porcupine"]) {
      await page.goto(`${site.url}${url}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(320);
    }
    await page.close();
  });

  it("shows each citation whole on a phone, without scrolling inside its box", async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${site.url}${articleUrl}`);
    const boxes = await page
      .locator(".citation textarea")
      .evaluateAll((areas) => areas.map((area) => ({ id: area.id, hidden: area.scrollHeight - area.clientHeight })));
    expect(boxes.map((box) => box.id)).toEqual(["cite-apa", "cite-mla", "cite-chicago", "cite-bibtex"]);
    for (const box of boxes) expect(box.hidden, box.id).toBeLessThanOrEqual(0);
    await page.close();
  });
});
