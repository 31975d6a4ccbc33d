import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { gunzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writingOnlyInto } from "../../scripts/cli/site-folder.ts";
import { projectRoot, siteFolder, text, typeScriptCommand } from "./build-site.ts";

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

/** A request sent with its path exactly as given, as `curl --path-as-is` sends it. */
const raw = (origin: string, path: string) =>
  new Promise<{ status: number; body: string }>((answered, failed) => {
    const { hostname, port } = new URL(origin);
    const sent = request({ hostname, port, path }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => answered({ status: response.statusCode ?? 0, body }));
    });
    sent.on("error", failed);
    sent.end();
  });

/** A running `npm run dev` on its own seeds, content and output folders. */
async function startDev(seeds: string, root: string) {
  const port = await freePort();
  const args = ["scripts/dev.ts", "--seeds", seeds, ...writingOnlyInto(root), "--port", String(port)];
  // Its own process group, so the server and anything it started stop together.
  const dev: ChildProcess = spawn(process.execPath, typeScriptCommand(args), { cwd: projectRoot, detached: true });
  const said = { stdout: "", stderr: "" };
  dev.stdout?.on("data", (chunk) => (said.stdout += stripVTControlCharacters(String(chunk))));
  dev.stderr?.on("data", (chunk) => (said.stderr += stripVTControlCharacters(String(chunk))));
  const origin = await eventually("the server to start", async () => said.stderr.match(/^Serving (http:\/\/[^/\s]+)\//m)?.[1], 60).catch((error: Error) => {
    throw new Error(`${error.message}; it printed:\n${said.stdout}\n${said.stderr}`);
  });
  const get = async (path: string) => {
    const response = await fetch(new URL(path, origin));
    return { status: response.status, document: parseHTML(await response.text()).document };
  };
  return {
    port,
    origin,
    said,
    get,
    /** The articles the home page links to, as [headline, address]. */
    homeLinks: async () =>
      [...(await get("/")).document.querySelectorAll("main a[href^='/articles/']")].map((link) => [text(link), link.getAttribute("href") ?? ""]),
    /** What the served search index holds: each page's address and text, read from every segment's fragments. */
    indexed: async () => {
      const { segments } = JSON.parse(await readFile(join(root, "_site/pagefind/segments.json"), "utf8")) as { segments: string[] };
      const files = (
        await Promise.all(
          segments.map(async (segment) => {
            const fragments = join(root, "_site", segment, "fragment");
            return (await readdir(fragments)).map((name) => join(fragments, name));
          }),
        )
      ).flat();
      const pages = await Promise.all(
        files.map(async (file) =>
          JSON.parse(
            gunzipSync(await readFile(file))
              .toString("utf8")
              .replace(/^pagefind_dcd/, ""),
          ),
        ),
      );
      return new Map(pages.map((page: { url: string; content: string }) => [page.url, page.content]));
    },
    stop: () => dev.pid && process.kill(-dev.pid, "SIGTERM"),
  };
}

type Dev = Awaited<ReturnType<typeof startDev>>;

/** A dev server on a seeds folder of its own, a copy of the committed seeds; its site folder has a sibling that must never be served. */
async function devOnSeedsIn(seedsFolder: () => Promise<string>): Promise<{ dev: Dev; seeds: string }> {
  const root = await siteFolder();
  const seeds = await seedsFolder();
  await cp(join(projectRoot, "seeds"), seeds, { recursive: true });
  // A folder beside the served one whose name starts with its name: a bare prefix check would serve it.
  await mkdir(join(root, "_site-private"));
  await writeFile(join(root, "_site-private", "secret.txt"), "the secret beside the site\n");
  return { dev: await startDev(seeds, root), seeds };
}

// One server for the file's requests and its edits with the seeds outside the project: starting one is most of a test's time.
let outside: { dev: Dev; seeds: string };
beforeAll(async () => {
  outside = await devOnSeedsIn(() => mkdtemp(join(tmpdir(), "broadsheet-dev-seeds-")));
}, 120_000);
afterAll(() => outside?.dev.stop());

describe("npm run dev, as anyone on the network or an attacker would try it", { timeout: 120_000 }, () => {
  let dev: Dev;
  beforeAll(() => {
    dev = outside.dev;
  });

  it("listens on this machine's loopback address only", async () => {
    expect(dev.origin).toBe(`http://127.0.0.1:${dev.port}`);
    if (!existsSync("/proc/net/tcp")) return console.warn("Skipping the check of listening addresses: /proc/net/tcp is not here (not Linux)");
    const portHex = dev.port.toString(16).toUpperCase().padStart(4, "0");
    const listening = ["/proc/net/tcp", "/proc/net/tcp6"].filter(existsSync).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .slice(1)
        .map((line: string) => line.trim().split(/\s+/))
        // Field 1 is the local address as HEXADDR:PORT, field 3 the state; 0A is LISTEN.
        .filter((fields: string[]) => fields[3] === "0A" && fields[1]?.endsWith(`:${portHex}`))
        .map((fields: string[]) => fields[1]?.split(":")[0]),
    );
    expect(listening).toEqual(["0100007F"]);
  });

  it("answers paths that climb out, do not decode or name hidden files with 400, 403 or 404, and serves nothing outside", async () => {
    const hostile = [
      "/..%2f..%2f..%2f..%2fetc%2fpasswd",
      "/../../../../etc/passwd",
      "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "/..%5c..%5c..%5cetc%5cpasswd",
      "/%E0%A4%A",
      "/%00",
      "/../_site-private/secret.txt",
      "/..%2f_site-private%2fsecret.txt",
      "/.search-part-x/index.html",
      "*",
    ];
    for (const path of hostile) {
      const { status, body } = await raw(dev.origin, path);
      expect([400, 403, 404], path).toContain(status);
      expect(body, path).not.toMatch(/root:x:0:0|the secret beside the site/);
    }
    expect((await raw(dev.origin, "/")).status).toBe(200);
  });

  it("keeps serving after 200 quick requests, hostile ones among them", async () => {
    const paths = Array.from({ length: 200 }, (_, index) => (index % 2 === 0 ? "/%E0%A4%A" : index % 3 === 0 ? "/..%2f..%2fetc%2fpasswd" : "/"));
    for (let start = 0; start < paths.length; start += 25) {
      const statuses = await Promise.all(paths.slice(start, start + 25).map(async (path) => (await raw(dev.origin, path)).status));
      expect(statuses.every((status) => status > 0)).toBe(true);
    }
    expect((await dev.get("/")).status).toBe(200);
  });
});

const story = (headline: string, ...paragraphs: string[]) => `${headline}\n\n${paragraphs.join("\n\n")}\n`;

describe.each([
  ["outside the project", async () => outside],
  ["inside the project", async () => devOnSeedsIn(() => mkdtemp(join(projectRoot, ".cache", "dev-seeds-")))],
])("npm run dev with the seeds folder %s, as a maintainer edits", (where, started) => {
  let dev: Dev;
  let seeds: string;
  const page = async (headline: string) => (await dev.homeLinks()).find(([title]) => title === headline)?.[1];
  /** Waits for the article headed `headline` to be listed, and returns its address. */
  const listed = (headline: string) => eventually(`"${headline}" on the home page`, () => page(headline));
  const unlisted = (headline: string) =>
    eventually(`"${headline}" to leave the home page`, async () => ((await page(headline)) === undefined ? true : undefined));
  /** The search index holds exactly the listed articles, each with its text as the page has it now. */
  const indexMatchesHome = async () => {
    const indexed = await dev.indexed();
    expect([...indexed.keys()].sort()).toEqual((await dev.homeLinks()).map(([, href]) => href).sort());
    return indexed;
  };

  beforeAll(async () => {
    await mkdir(join(projectRoot, ".cache"), { recursive: true });
    ({ dev, seeds } = await started());
  }, 120_000);
  afterAll(async () => {
    if (where === "inside the project") dev?.stop();
    await rm(seeds, { recursive: true, force: true });
  });

  it("serves a seed's page soon after the seed is added, and finds it in search", { timeout: 60_000 }, async () => {
    await writeFile(join(seeds, "harbour.txt"), story("Harbour lights return", "The lights came back on Friday night.", "Volunteers raised the money."));
    const href = await listed("Harbour lights return");
    const { status, document } = await dev.get(href);
    expect(status).toBe(200);
    expect(text(document.querySelector("h1"))).toBe("Harbour lights return");
    expect([...document.querySelectorAll("main article p[id]")].map(text)).toEqual(["The lights came back on Friday night.", "Volunteers raised the money."]);
    expect((await indexMatchesHome()).get(href)).toContain("Volunteers raised the money.");
  });

  it("shows an edited body and an edited headline, and searches the new text only", { timeout: 60_000 }, async () => {
    await writeFile(join(seeds, "ferry.txt"), story("Ferry timetable changes", "Boats leave at noon."));
    await listed("Ferry timetable changes");
    await writeFile(join(seeds, "ferry.txt"), story("Ferry timetable changes", "Boats leave at dawn."));
    const href = await eventually("the edited paragraph", async () => {
      const address = await page("Ferry timetable changes");
      const body = address && text((await dev.get(address)).document.querySelector("main article p[id]"));
      return body === "Boats leave at dawn." ? address : undefined;
    });
    expect((await indexMatchesHome()).get(href)).not.toContain("noon");
    await writeFile(join(seeds, "ferry.txt"), story("Ferry timetable changes again", "Boats leave at dawn."));
    const renamed = await listed("Ferry timetable changes again");
    await unlisted("Ferry timetable changes");
    expect(text((await dev.get(renamed)).document.querySelector("h1"))).toBe("Ferry timetable changes again");
    expect([...(await indexMatchesHome()).values()].some((content) => content.startsWith("Ferry timetable changes."))).toBe(false);
  });

  it("follows a renamed seed to its new file", { timeout: 60_000 }, async () => {
    await writeFile(join(seeds, "old-name.txt"), story("Market hall reopens", "Traders returned on Monday."));
    const before = await listed("Market hall reopens");
    await rename(join(seeds, "old-name.txt"), join(seeds, "new-name.txt"));
    const after = await eventually("the renamed seed's new address", async () => {
      const address = await page("Market hall reopens");
      return address !== undefined && address !== before ? address : undefined;
    });
    expect((await dev.get(after)).status).toBe(200);
    expect((await dev.get(before)).status).toBe(404);
    await indexMatchesHome();
  });

  it("prints the error of a seed truncated to nothing, and takes its article off the site and out of search", { timeout: 60_000 }, async () => {
    await writeFile(join(seeds, "truncated.txt"), story("Bridge repairs begin", "Work starts next week."));
    const href = await listed("Bridge repairs begin");
    await writeFile(join(seeds, "truncated.txt"), "");
    await unlisted("Bridge repairs begin");
    expect(dev.said.stderr).toContain(`${join(seeds, "truncated.txt")}:1:1: error: the seed is empty (0 bytes)`);
    expect((await dev.get(href)).status).toBe(404);
    expect((await indexMatchesHome()).has(href)).toBe(false);
  });

  it("takes a deleted seed's article off the site and out of search", { timeout: 60_000 }, async () => {
    await writeFile(join(seeds, "deleted.txt"), story("Library hours extended", "Open until nine."));
    const href = await listed("Library hours extended");
    await rm(join(seeds, "deleted.txt"));
    await unlisted("Library hours extended");
    expect((await dev.get(href)).status).toBe(404);
    expect((await indexMatchesHome()).has(href)).toBe(false);
  });

  it("prints a seed's error with its file and line, and keeps serving", { timeout: 60_000 }, async () => {
    await writeFile(join(seeds, "broken.txt"), "---\ndate: [not closed\n---\nA headline\n\nA paragraph.\n");
    await eventually("the error in the terminal", async () => (dev.said.stderr.includes(`${join(seeds, "broken.txt")}:`) ? true : undefined));
    expect(dev.said.stderr).toMatch(new RegExp(`${join(seeds, "broken.txt")}:\\d+:\\d+: error: the front matter is not valid YAML`));
    expect((await dev.get("/")).status).toBe(200);
  });
});
