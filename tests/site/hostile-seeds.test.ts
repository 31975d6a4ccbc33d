import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { siteFiles } from "../../scripts/check-site/site-files.ts";
import type { BuildReport } from "../../scripts/stages/report.ts";
import { type Build, buildSiteAsCommand, text } from "./build-site.ts";
import { xmlProblems } from "./strict-xml.ts";

const story = (headline: string, body: string) => `${headline}\n\n${body}\n`;
const harbour = story("Harbour lights return to the old pier", "The lights came back on Friday night after ten dark years.");
/** The URL suffix the harbour seed's own path yields, which a hostile seed pins to take its address. */
const harbourSuffix = createHash("sha256").update("harbour.txt").digest("hex").slice(0, 6);
const secret = "[core]\n\trepositoryformatversion = 0\n\tthe-private-marker = 1\n";

let seeds: string;
let build: Build;
let report: BuildReport;
const entry = (name: string) => report.seeds.find((seed) => seed.seed === join(seeds, name));
const errorOf = (name: string) => entry(name)?.messages.find((message) => message.severity === "error")?.message;

beforeAll(async () => {
  const parent = await mkdtemp(join(tmpdir(), "broadsheet-hostile-"));
  seeds = join(parent, "seeds");
  await mkdir(seeds);
  await writeFile(join(parent, "config"), secret);
  // Ordinary seeds.
  await writeFile(join(seeds, "harbour.txt"), harbour);
  await writeFile(join(seeds, "market.txt"), story("Market hall reopens", "Traders returned on Monday."));
  // Links and files that lead outside the folder, or to what is no file.
  await symlink("/etc/passwd", join(seeds, "passwd.txt"));
  await symlink("../config", join(seeds, "gitconfig.txt"));
  await symlink("/dev/zero", join(seeds, "zero.txt"));
  execFileSync("mkfifo", [join(seeds, "pipe.txt")]);
  // Keys that find what every object inherits; a key and a file name that hold workflow commands and escape codes.
  await writeFile(join(seeds, "inherited-keys.txt"), `---\nconstructor: x\n__proto__: y\n---\n${story("Inherited keys are ignored", "The body stays.")}`);
  await writeFile(
    join(seeds, "log-key.txt"),
    `---\nsource: Wire\n"a\\n::warning title=owned::\\u001b[2J\\u0007": 1\n---\n${story("A key that writes to the log", "Body.")}`,
  );
  await writeFile(
    join(seeds, "::error title=owned::\n::warning::\u001b[31m.txt"),
    `---\nunknown: 1\n---\n${story("A file name that writes to the log", "Body.")}`,
  );
  // A seed that pins the id another seed's own path yields, to take its address; it sorts first.
  await writeFile(join(seeds, "0-takeover.txt"), `---\nid: ${harbourSuffix}\n---\n${story("Harbour lights return to the old pier", "Hostile text.")}`);
  // Characters XML 1.0 forbids, and a date past year 9999 in UTC.
  await writeFile(join(seeds, "noncharacters.txt"), story("Storm\uFFFF closes the &#xFFFE;coast road", "The road was shut at dawn."));
  await writeFile(join(seeds, "far-date.txt"), `---\ndate: 9999-12-31T23:59:59-23:59\n---\n${story("A date past the year 9999", "Body.")}`);
  build = await buildSiteAsCommand(seeds, { flags: ["--keep-going"], env: { SITE_URL: "https://news.example.org/" } });
  report = await build.report();
}, 180_000);

describe("a build of hostile seeds among ordinary ones, with --keep-going", () => {
  it("finishes and publishes the ordinary seeds, each at the address its own path yields", async () => {
    expect(build.exitCode).toBe(0);
    const url = `/articles/harbour-lights-return-to-the-old-pier-${harbourSuffix}/`;
    expect(entry("harbour.txt")).toMatchObject({ status: "ok", url });
    expect(text((await build.page(url)).querySelector("main article p[id]"))).toBe("The lights came back on Friday night after ten dark years.");
    expect(entry("market.txt")?.status).toBe("ok");
    expect(entry("inherited-keys.txt")?.status).toBe("warning");
    expect(errorOf("0-takeover.txt")).toMatch(/^the `id` [0-9a-f]{6} gives this article the URL of .*harbour\.txt/);
  });

  it("publishes nothing from outside the seeds folder, and says why of each link and pipe", async () => {
    expect(errorOf("passwd.txt")).toBe("cannot read the seed: it is a symbolic link that leads outside the seeds folder; seeds are read only from inside it");
    expect(errorOf("gitconfig.txt")).toBe(errorOf("passwd.txt"));
    expect(errorOf("zero.txt")).toBe(errorOf("passwd.txt"));
    expect(errorOf("pipe.txt")).toBe("cannot read the seed: it is not a regular file (a device, a pipe or a socket); seeds must be plain-text files");
    const site = join(build.folder, "_site");
    for (const file of await siteFiles(site)) {
      const content = await readFile(join(site, file), "latin1");
      expect(content, file).not.toMatch(/root:x:0:0|the-private-marker|Hostile text/);
    }
  });

  it("writes feeds and a sitemap that a strict XML parser accepts, with no year past 9999", async () => {
    const site = join(build.folder, "_site");
    for (const file of ["feed.xml", "sitemap.xml", "sitemaps/pages.xml", "sitemaps/articles-1.xml"])
      expect(xmlProblems(await readFile(join(site, file), "utf8")), file).toEqual([]);
    const feeds = (await readFile(join(site, "feed.xml"), "utf8")) + (await readFile(join(site, "feed.json"), "utf8"));
    expect(JSON.parse(await readFile(join(site, "feed.json"), "utf8")).items.length).toBeGreaterThan(0);
    expect(feeds).toContain("Storm closes the coast road");
    expect(feeds).not.toMatch(/\+0\d{5}-|\uFFFF|\uFFFE/);
    expect(entry("far-date.txt")?.messages.map((message) => message.message)).toContain(
      'ignored front-matter key "date": use a date in the years 0001 to 9999 (in UTC), as RFC 3339 requires',
    );
  });

  it("prints every message on one line, with no escape code and no line a workflow could read as a command", () => {
    const printed = `${build.stdout}\n${build.stderr}`;
    expect(printed.split("\n").filter((line) => line.startsWith("::"))).toEqual([]);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no escape code or bell may reach the terminal
    expect(printed).not.toMatch(/[\u0007\u001b]/);
    expect(printed).toContain("\\n::warning title=owned::\\x1b[2J\\x07");
    expect(printed).toMatch(/^.*\/seeds\/::error title=owned::\\n::warning::\\x1b\[31m\.txt:\d+:\d+: /m);
  });
});
