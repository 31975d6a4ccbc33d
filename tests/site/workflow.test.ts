import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isMap, isScalar, parseDocument } from "yaml";
import { projectRoot } from "./build-site.ts";

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  environment?: { name: string; url: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const source = await readFile(join(projectRoot, ".github/workflows/site.yml"), "utf8");
const document = parseDocument(source, { uniqueKeys: true, prettyErrors: false });
const workflow = document.toJS() as Workflow;
const job = (name: string) => workflow.jobs[name] as Job;
const steps = Object.values(workflow.jobs).flatMap((each) => each.steps);
const usesOf = (name: string) => job(name).steps.flatMap((step) => (step.uses ? [step.uses.split("@")[0]] : []));
const runsOf = (name: string) => job(name).steps.flatMap((step) => (step.run ? [step.run] : []));
const deploys = "github.event_name != 'pull_request' && github.ref == 'refs/heads/main'";

describe("the site workflow", () => {
  it("is valid YAML with no repeated keys", () => {
    expect(document.errors.map((error) => error.message)).toEqual([]);
    expect(document.warnings.map((warning) => warning.message)).toEqual([]);
  });

  it("runs on pushes to main, pull requests and by hand", () => {
    expect(workflow.on).toEqual({ push: { branches: ["main"] }, pull_request: null, workflow_dispatch: null });
  });

  it("takes GitHub's own actions at a major version, and any other action only at a full commit", () => {
    const uses = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    const github = /^actions\/[\w-]+@v\d+$/;
    const commit = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;
    expect(uses.filter((name) => !github.test(name) && !commit.test(name))).toEqual([]);
    // A tag can be moved, so taking one is trusting its publisher: the workflow says so where it starts its jobs.
    const top = isMap(document.contents) ? document.contents.items : [];
    const jobsKey = top.find((pair) => isScalar(pair.key) && pair.key.value === "jobs")?.key;
    expect((isScalar(jobsKey) && jobsKey.commentBefore) || "").toMatch(/published by GitHub itself/);
  });

  it("checks out without leaving the token in the repository's git config", () => {
    const checkouts = steps.filter((step) => step.uses?.startsWith("actions/checkout@"));
    expect(checkouts.length).toBeGreaterThan(0);
    expect(checkouts.map((step) => step.with?.["persist-credentials"])).toEqual(checkouts.map(() => false));
  });

  it("installs with every package's install script ignored, which no package needs", async () => {
    const npmrc = await readFile(join(projectRoot, ".npmrc"), "utf8");
    const settings = npmrc.split("\n").flatMap((line) => {
      const [key, value] = line.split("=").map((part) => part.trim());
      return key && value !== undefined && !/^[#;]/.test(key) ? [[key, value]] : [];
    });
    expect(Object.fromEntries(settings)["ignore-scripts"]).toBe("true");
    // esbuild's postinstall only checks the binary that its platform package already brings; any other
    // package with an install script must be looked at before it is let in.
    const lock = JSON.parse(await readFile(join(projectRoot, "package-lock.json"), "utf8")) as {
      packages: Record<string, { hasInstallScript?: boolean }>;
    };
    const scripted = Object.entries(lock.packages).flatMap(([path, entry]) => (entry.hasInstallScript ? [path] : []));
    expect(scripted).toEqual(["node_modules/esbuild"]);
    // ignore-scripts skips the project's own pre- and post-scripts too, so there must be none.
    const { scripts } = JSON.parse(await readFile(join(projectRoot, "package.json"), "utf8")) as { scripts: Record<string, string> };
    const lifecycle = (name: string) =>
      /^(prepare|(pre|post)?install)$/.test(name) || (/^(pre|post)./.test(name) && name.replace(/^(pre|post)/, "") in scripts);
    expect(Object.keys(scripts).filter(lifecycle)).toEqual([]);
  });

  it("reads only, except the deploy job, which alone may write to Pages", () => {
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(job("test").permissions).toEqual({ contents: "read" });
    expect(job("build").permissions).toEqual({ contents: "read", pages: "read" });
    expect(job("check").permissions).toEqual({ contents: "read" });
    expect(job("deploy").permissions).toEqual({ pages: "write", "id-token": "write" });
  });

  it("tests with the README's command, with Node from .nvmrc and npm's cache", async () => {
    const setups = steps.filter((step) => step.uses?.startsWith("actions/setup-node@"));
    expect(setups.map((setup) => setup.with)).toEqual(setups.map(() => ({ "node-version-file": ".nvmrc", cache: "npm" })));
    expect(runsOf("test")).toEqual(["npm ci --no-audit --no-fund", "npm test"]);
    const readme = await readFile(join(projectRoot, "README.md"), "utf8");
    expect(readme).toContain("```sh\nnpm install && npm run build\nnpm test\n```");
    expect(await readFile(join(projectRoot, ".ci/run"), "utf8")).toMatch(/\nnpm test\n$/);
    // So the README's test command, CI's and the workflow's all run the types, the linter and the tests.
    const { scripts } = JSON.parse(await readFile(join(projectRoot, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(scripts.test).toBe("npm run check && vitest run");
    expect(scripts.check).toBe("tsc --noEmit && biome check");
  });

  it("runs only npm scripts and files that exist", async () => {
    const { scripts } = JSON.parse(await readFile(join(projectRoot, "package.json"), "utf8")) as { scripts: Record<string, string> };
    const runs = steps.flatMap((step) => (step.run ? [step.run] : [])).join("\n");
    const named = [...runs.matchAll(/npm run (\S+)/g)].map(([, name]) => name as string);
    expect(named.filter((name) => !(name in scripts))).toEqual([]);
    const files = [...runs.matchAll(/\b(scripts\/\S+\.ts)\b/g)].map(([, path]) => path as string);
    expect(files).toEqual(["scripts/job-summary.ts"]);
    await expect(readFile(join(projectRoot, "scripts/job-summary.ts"), "utf8")).resolves.toContain("reportMarkdown");
  });

  it("asks for a Node version that package.json accepts", async () => {
    const nvmrc = (await readFile(join(projectRoot, ".nvmrc"), "utf8")).trim();
    const { engines } = JSON.parse(await readFile(join(projectRoot, "package.json"), "utf8")) as { engines: { node: string } };
    expect(Number(nvmrc)).toBeGreaterThanOrEqual(Number(engines.node.replace(">=", "")));
  });

  it("builds with the Pages address and sub-path, checking a pull request's record, from the last build's caches, articles and site", () => {
    const build = job("build").steps.find((step) => step.run?.startsWith("npm run build"));
    expect(build?.run).toBe('npm run build -- --pathprefix "${BASE_PATH}/" ${RECORD_FLAG}');
    expect(build?.env).toEqual({
      BASE_PATH: "${{ steps.pages.outputs.base_path }}",
      SITE_URL: "${{ steps.pages.outputs.origin && format('{0}/', steps.pages.outputs.origin) || '' }}",
      RECORD_FLAG: "${{ github.event_name == 'pull_request' && '--check-record' || '' }}",
    });
    const cache = job("build").steps.find((step) => step.uses?.startsWith("actions/cache@"));
    expect(String(cache?.with?.path).trim().split("\n")).toEqual([".cache", "content/articles", "_site", "build-report.json"]);
    expect(runsOf("build")).not.toContain("npm test");
    expect(usesOf("build")).toEqual([
      "actions/checkout",
      "actions/setup-node",
      "actions/configure-pages",
      "actions/cache",
      "actions/upload-artifact",
      "actions/upload-pages-artifact",
    ]);
  });

  it("puts the build report's totals in the job summary, even when the build fails", () => {
    const summary = job("build").steps.find((step) => step.run?.includes("GITHUB_STEP_SUMMARY"));
    expect(summary?.run).toBe('npx tsx scripts/job-summary.ts >> "$GITHUB_STEP_SUMMARY"');
    expect(summary?.if).toBe("always() && hashFiles('build-report.json') != ''");
  });

  it("checks the built site's links, HTML and accessibility before anything is published", () => {
    expect(job("check").needs).toBe("build");
    expect(runsOf("check")).toContain('npm run check:site -- --pathprefix "${{ needs.build.outputs.base-path }}/"');
    expect(job("build").outputs).toEqual({ "base-path": "${{ steps.pages.outputs.base_path }}" });
    expect(job("deploy").needs).toEqual(["test", "build", "check"]);
  });

  it("runs the tests and the build side by side, and deploys only once both have passed", () => {
    expect([job("test").needs, job("build").needs]).toEqual([undefined, undefined]);
    expect(job("deploy").needs).toContain("test");
  });

  it("deploys from main only, never from a pull request, with the official Pages actions", () => {
    expect(job("deploy").if).toBe(deploys);
    const pagesSteps = job("build").steps.filter((step) => /^actions\/(configure-pages|upload-pages-artifact)@/.test(step.uses ?? ""));
    expect(pagesSteps.map((step) => step.if)).toEqual(["github.event_name != 'pull_request'", deploys]);
    expect(job("deploy").environment).toEqual({ name: "github-pages", url: "${{ steps.deployment.outputs.page_url }}" });
    expect(usesOf("deploy")).toEqual(["actions/deploy-pages"]);
  });
});
