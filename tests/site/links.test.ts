import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { brokenLinks } from "../../scripts/check-site/links.ts";

async function site(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "broadsheet-links-"));
  for (const [path, html] of Object.entries(files)) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), html);
  }
  return folder;
}

describe("the link checker", () => {
  it("finds missing pages, missing fragments and links that leave the path prefix", async () => {
    const folder = await site({
      "index.html":
        '<a href="/sub/a/">a</a><a href="/sub/a/#p2">p2</a><a href="/sub/a/#p9">p9</a><a href="/sub/gone/">gone</a><a href="/a/">no prefix</a><a href="https://example.com/x">away</a>',
      "a/index.html": '<p id="p1"></p><p id="p2"></p><a href="../">up</a><a href="#p1">self</a><link rel="stylesheet" href="/sub/style.css">',
    });
    expect(await brokenLinks(folder, "/sub/")).toEqual([
      { page: "/a/", reference: "/sub/style.css", reason: "no such file" },
      { page: "/", reference: "/sub/a/#p9", reason: 'no element with id "p9"' },
      { page: "/", reference: "/sub/gone/", reason: "no such file" },
      { page: "/", reference: "/a/", reason: "outside the path prefix /sub/" },
    ]);
  });

  it("finds nothing to report on a site whose links all resolve", async () => {
    const folder = await site({ "index.html": '<a href="/b.html#top">b</a>', "b.html": '<h1 id="top">B</h1><a href="/">home</a>' });
    expect(await brokenLinks(folder)).toEqual([]);
  });
});
