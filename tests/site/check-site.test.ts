import { execFile } from "node:child_process";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { accessibilityProblem, htmlProblem, linkProblem, problemLine, summaryLine } from "../../scripts/check-site/problems.ts";
import { pageKind, samplePages } from "../../scripts/check-site/sample-pages.ts";
import { requestedFile } from "../../scripts/check-site/serve.ts";
import { normalPathPrefix, sitePages } from "../../scripts/check-site/site-files.ts";
import { browserAvailable } from "../browser/browser.ts";
import { projectRoot, typeScriptCommand } from "./build-site.ts";

describe("choosing the pages to run axe on", () => {
  const site = [
    "/",
    "/page/2/",
    "/page/3/",
    "/404.html",
    "/about/",
    "/search/",
    "/archive/",
    "/archive/2024/",
    "/archive/2025/",
    "/archive/2025/04/",
    "/articles/zebra-crossing-c4d2e1/",
    "/articles/council-approves-the-new-library-461f7b/",
    "/sources/",
    "/sources/live-mint/",
    "/sources/live-mint/page/2/",
    "/sources/bbc/",
    "/sections/",
    "/sections/politics/",
    "/topics/",
    "/topics/people/",
    "/topics/places/",
    "/topics/people/mark-rutte/",
    "/topics/places/kyiv/",
  ];

  it("names a page's kind by its first folder, the deeper names being instances", () => {
    expect(["/", "/about/", "/404.html", "/articles/x-1/", "/topics/people/mark-rutte/", "/sources/bbc/page/2/"].map(pageKind)).toEqual([
      "/",
      "/about/",
      "/404.html",
      "/articles/…/",
      "/topics/…/…/",
      "/sources/…/…/…/",
    ]);
  });

  it("takes the first page of each kind in sorted order, whatever order the files come in", () => {
    const sample = [
      "/",
      "/404.html",
      "/about/",
      "/archive/",
      "/archive/2024/",
      "/archive/2025/04/",
      "/articles/council-approves-the-new-library-461f7b/",
      "/page/2/",
      "/search/",
      "/sections/",
      "/sections/politics/",
      "/sources/",
      "/sources/bbc/",
      "/sources/live-mint/page/2/",
      "/topics/",
      "/topics/people/",
      "/topics/people/mark-rutte/",
    ];
    expect(samplePages(site)).toEqual(sample);
    expect(samplePages([...site].reverse())).toEqual(sample);
  });

  it("checks the site's own HTML pages, not Pagefind's output or other files", () => {
    expect(sitePages(["/index.html", "/pagefind/x.html", "/feed.xml", "/about/index.html", "/assets/site.css"])).toEqual(["/about/index.html", "/index.html"]);
  });
});

describe("problem lines and the summary", () => {
  it("writes each problem as `page: problem`, an HTML problem at its line and column", () => {
    expect(problemLine(linkProblem({ page: "/about/", reference: "/gone/", reason: "no such file" }))).toBe("/about/: broken link to /gone/ (no such file)");
    expect(problemLine(htmlProblem({ page: "/", line: 9, column: 1, message: "<center> is deprecated", rule: "deprecated" }))).toBe(
      "/:9:1: <center> is deprecated [deprecated]",
    );
    expect(
      problemLine(
        accessibilityProblem({
          page: "/topics/",
          scheme: "dark",
          violation: "color-contrast: Elements must meet minimum color contrast ratio thresholds (.count)",
        }),
      ),
    ).toBe("/topics/: dark scheme: color-contrast: Elements must meet minimum color contrast ratio thresholds (.count)");
  });

  it("counts the pages and each check's problems, in words", () => {
    const problems = [
      linkProblem({ page: "/", reference: "/a/", reason: "no such file" }),
      linkProblem({ page: "/", reference: "/b/", reason: "no such file" }),
      htmlProblem({ page: "/", line: 1, column: 1, message: "m", rule: "r" }),
    ];
    expect(summaryLine(12_345, 14, problems)).toBe(
      "12,345 pages checked: 2 broken links, 1 HTML problem, 0 accessibility problems (axe on 14 sample pages, light and dark)",
    );
    expect(summaryLine(1, 1, [])).toBe("1 page checked: 0 broken links, 0 HTML problems, 0 accessibility problems (axe on 1 sample page, light and dark)");
  });
});

describe("serving a site for the browser", () => {
  it("maps requests to files as a static host at the path prefix would", () => {
    expect(requestedFile("/news/", "/news/")).toBe("/index.html");
    expect(requestedFile("/news/topics/k%C3%B6ln/?q=1#x", "/news/")).toBe("/topics/köln/index.html");
    // `..` never climbs out of the site folder, written plainly or encoded.
    expect(requestedFile("/news/../../etc/passwd", "/news/")).toBeUndefined();
    expect(requestedFile("/news/..%2F..%2Fetc/passwd", "/news/")).toBe("/etc/passwd");
    expect(requestedFile("/news/%E0%A4%A", "/news/")).toBeUndefined();
    expect(requestedFile("/elsewhere/", "/news/")).toBeUndefined();
  });

  it("reads a path prefix as Eleventy does", () => {
    expect(["/", "", "news", "/news", "news/archive/", "//news//"].map(normalPathPrefix)).toEqual(["/", "/", "/news/", "/news/", "/news/archive/", "/news/"]);
  });
});

/** A page that is valid HTML and passes axe, around `body` (and `head`, a line at most). */
const page = (title: string, body: string, head = "") =>
  `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n${head}\n</head>\n<body>\n<main>\n<h1>${title}</h1>\n${body}\n</main>\n</body>\n</html>\n`;

async function tinySite(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "broadsheet-check-"));
  for (const [path, html] of Object.entries(files)) {
    await mkdir(dirname(join(folder, "_site", path)), { recursive: true });
    await writeFile(join(folder, "_site", path), html);
  }
  return folder;
}

function checkSite(args: string[], env: Record<string, string> = {}): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      typeScriptCommand(["scripts/check-site.ts", ...args]),
      { cwd: projectRoot, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        done({ exitCode: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe("npm run check:site", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await tinySite({
      "index.html": page("Home", '<p><a href="/about/">About</a> and <a href="/gone/">a page that is gone</a></p>'),
      // Text that only the dark scheme makes unreadable: the check must look at both schemes.
      "about/index.html": page(
        "About",
        '<center>Old markup</center>\n<p class="faint">Faint in the dark</p>',
        "<style>@media (prefers-color-scheme: dark) { .faint { color: #eee; } }</style>",
      ),
    });
  });

  it("stops with exit code 2, saying how to fix it, when there is no site folder", async () => {
    const { exitCode, stderr } = await checkSite(["--site", join(folder, "no-such-folder")]);
    expect([exitCode, stderr]).toEqual([
      2,
      `${join(folder, "no-such-folder")}: cannot read the site folder (ENOENT); build the site first (npm run build) or pass the built site with --site DIR\n`,
    ]);
  });

  it("stops with exit code 2, saying how to fix it, when there is no browser", async () => {
    const { exitCode, stderr } = await checkSite(["--site", join(folder, "_site")], { CHROMIUM_PATH: join(folder, "chromium") });
    expect([exitCode, stderr]).toEqual([
      2,
      `${join(folder, "chromium")} is missing: install Chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chrome or Chromium executable; the accessibility check runs axe-core in it\n`,
    ]);
  });

  it("stops with exit code 2 and the usage on an unknown option", async () => {
    const { exitCode, stderr } = await checkSite(["--sites", "x"]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain("Usage: npm run check:site -- [options]");
  });

  describe.skipIf(!browserAvailable())("with a browser", () => {
    it("prints each problem on a line, then the summary, and exits 1", { timeout: 120_000 }, async () => {
      const { exitCode, stdout } = await checkSite(["--site", join(folder, "_site")]);
      expect(stdout.split("\n")).toEqual([
        "/: broken link to /gone/ (no such file)",
        "/about/:11:2: <center> is deprecated: use CSS instead [deprecated]",
        "/about/: dark scheme: color-contrast: Elements must meet minimum color contrast ratio thresholds (p)",
        "2 pages checked: 1 broken link, 1 HTML problem, 1 accessibility problem (axe on 2 sample pages, light and dark)",
        "",
      ]);
      expect(exitCode).toBe(1);
    });
  });
});
