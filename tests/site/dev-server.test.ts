import { type ChildProcess, spawn } from "node:child_process";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writingOnlyInto } from "../../scripts/site-folder.ts";
import { projectRoot, siteFolder, text, tsx } from "./build-site.ts";

/** A port nothing listens on now (the dev server moves to the next one if it is taken meanwhile). */
const freePort = () =>
  new Promise<number>((found) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => found(typeof address === "object" && address ? address.port : 0));
    });
  });

/** Polls until `check` returns a value, or fails after `seconds`, naming what it waited for. */
async function eventually<T>(what: string, check: () => Promise<T | undefined>, seconds = 30): Promise<T> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const found = await check().catch(() => undefined);
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error(`waited ${seconds} s for ${what}`);
    await new Promise((wait) => setTimeout(wait, 200));
  }
}

const harbour = "Harbour lights return to the old pier\n\nThe lights came back on Friday night after ten dark years.\n\nVolunteers raised the money.\n";

describe("npm run dev", { timeout: 120_000 }, () => {
  let dev: ChildProcess;
  let seeds: string;
  let origin = "";
  let stdout = "";
  let stderr = "";
  const get = async (path: string) => {
    const response = await fetch(new URL(path, origin));
    return { status: response.status, document: parseHTML(await response.text()).document };
  };
  /** Articles in the served search index, over its languages (one part here). */
  const indexed = async () => {
    const entry = (await (await fetch(new URL("/pagefind/pagefind-entry.json", origin))).json()) as { languages: Record<string, { page_count: number }> };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  };
  const homeLinks = async () =>
    [...(await get("/")).document.querySelectorAll("main a[href^='/articles/']")].map((link) => [text(link), link.getAttribute("href")]);

  beforeAll(async () => {
    const root = await siteFolder();
    seeds = await mkdtemp(join(tmpdir(), "broadsheet-dev-seeds-"));
    await cp(join(projectRoot, "seeds"), seeds, { recursive: true });
    const port = await freePort();
    const args = ["scripts/dev.ts", "--seeds", seeds, ...writingOnlyInto(root), "--port", String(port)];
    // Its own process group, so the server and anything it started stop together.
    dev = spawn(tsx, args, { cwd: projectRoot, detached: true });
    // Eleventy colours its lines when it thinks a terminal is reading.
    dev.stdout?.on("data", (chunk) => (stdout += stripVTControlCharacters(String(chunk))));
    dev.stderr?.on("data", (chunk) => (stderr += stripVTControlCharacters(String(chunk))));
    origin = await eventually("the server to start", async () => stderr.match(/Serving (http:\/\/localhost:\d+)\//)?.[1], 60).catch((error: Error) => {
      throw new Error(`${error.message}; it printed:\n${stdout}\n${stderr}`);
    });
  });

  afterAll(async () => {
    if (dev?.pid) process.kill(-dev.pid, "SIGTERM");
    await rm(seeds, { recursive: true, force: true });
  });

  it("serves the archive built from the seeds", async () => {
    expect(await homeLinks()).toEqual([
      ["NATO Chief Urges Europe to ‘Step Up’ as US Turns Toward Asia", "/articles/nato-chief-urges-europe-to-step-up-as-us-turns-toward-asia-e4c07a/"],
    ]);
    expect(await indexed()).toBe(1);
  });

  it("serves a seed's page soon after the seed is added", async () => {
    await writeFile(join(seeds, "harbour.txt"), harbour);
    const [, href] = await eventually("the new article on the home page", async () =>
      (await homeLinks()).find(([title]) => title === "Harbour lights return to the old pier"),
    );
    const page = await get(href as string);
    expect(page.status).toBe(200);
    expect(text(page.document.querySelector("h1"))).toBe("Harbour lights return to the old pier");
    expect([...page.document.querySelectorAll("main article p[id]")].map(text)).toEqual([
      "The lights came back on Friday night after ten dark years.",
      "Volunteers raised the money.",
    ]);
    await eventually("the new article in the search index", async () => ((await indexed()) === 2 ? true : undefined));
  });

  it("prints a seed's error with its file and line, and keeps serving", async () => {
    await writeFile(join(seeds, "broken.txt"), "---\ndate: [not closed\n---\nA headline\n\nA paragraph.\n");
    await eventually("the error in the terminal", async () => (stderr.includes(`${join(seeds, "broken.txt")}:`) ? true : undefined));
    expect(stderr).toMatch(new RegExp(`${join(seeds, "broken.txt")}:\\d+:\\d+: error: the front matter is not valid YAML`));
    expect((await get("/")).status).toBe(200);
  });

  it("takes a deleted seed's article off the site", async () => {
    const [, href] = (await homeLinks()).find(([title]) => title === "Harbour lights return to the old pier") ?? [];
    await rm(join(seeds, "harbour.txt"));
    await eventually("the article to leave the home page", async () =>
      (await homeLinks()).some(([title]) => title?.startsWith("Harbour")) ? undefined : true,
    );
    expect((await get(href as string)).status).toBe(404);
    await eventually("the article to leave the search index", async () => ((await indexed()) === 1 ? true : undefined));
  });
});
