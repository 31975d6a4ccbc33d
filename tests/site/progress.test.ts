import { Writable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { progress, summaryLine } from "../../scripts/cli/progress.ts";

/** A stream that keeps what is written to it, and a clock the test moves by hand. */
function setup(isTTY: boolean, quiet = false, every?: number) {
  const written: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, callback) {
        written.push(String(chunk));
        callback();
      },
    }),
    { isTTY, columns: 120 },
  );
  const clock = { ms: 0 };
  const shown = progress({ stream, quiet, now: () => clock.ms, ...(every === undefined ? {} : { every }) });
  return { shown, clock, output: () => written.join("") };
}

const lines = (output: string) => output.split("\n").slice(0, -1);

// cli-progress returns to column 1 (ESC [ 1 G) before drawing each frame; other escapes are cursor and line controls.
const frames = (output: string) =>
  output
    .split("\x1b[1G")
    .slice(1)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escape sequences start with ESC
    .map((frame) => frame.replace(/\x1b(\[[?\d;]*[A-Za-z]|[78])/g, "").replace(/\n$/, ""));

describe("plain lines, for logs", () => {
  it("says when a stage starts, at most once every 10 s while it runs, and when it ends", () => {
    const { shown, clock, output } = setup(false);
    const convert = shown.stage("convert", "seeds", 10_974);
    for (const [at, count] of [
      [3_000, 1_000],
      [9_999, 1_000],
      [10_000, 1_000],
      [12_000, 1_500],
      [19_000, 500],
      [20_500, 3_000],
      [38_200, 2_974],
    ]) {
      clock.ms = at!;
      convert.advance(count);
    }
    convert.done();
    expect(lines(output())).toEqual([
      "convert: 10,974 seeds",
      "convert: 3,000 of 10,974 seeds (27%), 10 s",
      "convert: 8,000 of 10,974 seeds (72%), 20 s",
      "convert: 10,974 of 10,974 seeds (100%), 38 s",
      "convert: 10,974 seeds in 38.2 s",
    ]);
    expect(output()).not.toContain("\x1b");
  });

  it("counts without a total until the total is known, then shows it", () => {
    const { shown, clock, output } = setup(false, false, 5_000);
    clock.ms = 1_000;
    const render = shown.stage("render", "pages");
    clock.ms = 6_000;
    render.advance(1_200);
    render.setTotal(10_817);
    clock.ms = 11_000;
    render.advance(1_800);
    clock.ms = 13_500;
    render.advance(7_817);
    render.done();
    expect(lines(output())).toEqual([
      "render: started",
      "render: 1,200 pages, 5 s",
      "render: 3,000 of 10,817 pages (27%), 10 s",
      "render: 10,817 pages in 12.5 s",
    ]);
  });

  it("says a stage that never counted is done, rather than that it did nothing", () => {
    const { shown, clock, output } = setup(false);
    const index = shown.stage("index", "pages");
    clock.ms = 19_400;
    index.done();
    expect(lines(output())).toEqual(["index: started", "index: done in 19.4 s"]);
  });

  it("says so when a stage ends short of its total", () => {
    const { shown, clock, output } = setup(false);
    const index = shown.stage("index", "pages", 12);
    clock.ms = 1_000;
    index.advance(10);
    index.done();
    expect(lines(output())).toEqual(["index: 12 pages", "index: 10 of 12 pages in 1.0 s"]);
  });
});

describe("quiet", () => {
  it("writes nothing, in a terminal or not, and still times the stage", () => {
    for (const isTTY of [false, true]) {
      const { shown, clock, output } = setup(isTTY, true);
      const convert = shown.stage("convert", "seeds", 3);
      clock.ms = 20_000;
      convert.advance(3);
      convert.setTotal(4);
      clock.ms = 20_500;
      expect(convert.done()).toEqual({ name: "convert", seconds: 20.5 });
      expect(output()).toBe("");
    }
  });
});

describe("bars, in a terminal", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("draws the stage's bar and leaves it on screen with its final count and time", () => {
    vi.useFakeTimers();
    const { shown, clock, output } = setup(true);
    const convert = shown.stage("convert", "seeds", 10_974);
    clock.ms = 38_200;
    convert.advance(10_974);
    expect(convert.done()).toEqual({ name: "convert", seconds: 38.2 });
    expect(frames(output())).toEqual([`convert ${"░".repeat(30)} 0% 0/10,974 seeds · 0 s`, `convert ${"█".repeat(30)} 100% 10,974/10,974 seeds · 38.2 s`]);
    expect(output().endsWith("\n")).toBe(true);
    expect(output().split("\n")).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("keeps the elapsed time moving while a stage is busy without advancing", () => {
    vi.useFakeTimers();
    const { shown, clock, output } = setup(true);
    const convert = shown.stage("convert", "seeds", 4);
    convert.advance(1);
    clock.ms = 5_000;
    vi.advanceTimersByTime(100);
    expect(frames(output()).at(-1)).toBe(`convert ${"█".repeat(8)}${"░".repeat(22)} 25% 1/4 seeds · 5 s`);
    convert.done();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("shows a count without a bar until the total is known", () => {
    vi.useFakeTimers();
    const { shown, clock, output } = setup(true);
    const render = shown.stage("render", "pages");
    clock.ms = 2_000;
    render.advance(1_200);
    vi.advanceTimersByTime(100);
    render.setTotal(4_800);
    clock.ms = 3_000;
    render.advance(3_600);
    render.done();
    expect(frames(output())).toEqual([
      "render · 0 s",
      "render 1,200 pages · 2 s",
      `render ${"█".repeat(8)}${"░".repeat(22)} 25% 1,200/4,800 pages · 2 s`,
      `render ${"█".repeat(30)} 100% 4,800/4,800 pages · 3.0 s`,
    ]);
    expect(output().endsWith("\n")).toBe(true);
  });
});

describe("stages", () => {
  it("run one at a time, and end once", () => {
    const { shown, clock, output } = setup(false);
    const convert = shown.stage("convert", "seeds", 1);
    expect(() => shown.stage("render", "pages")).toThrow('stage "render" started while "convert" is still running');
    clock.ms = 1_000;
    expect(convert.done()).toEqual({ name: "convert", seconds: 1 });
    clock.ms = 2_000;
    expect(convert.done()).toEqual({ name: "convert", seconds: 1 });
    expect(() => convert.advance()).toThrow('advance() on stage "convert" after done()');
    expect(lines(output())).toEqual(["convert: 1 seeds", "convert: 0 of 1 seeds in 1.0 s"]);
    expect(shown.stage("render", "pages").done()).toEqual({ name: "render", seconds: 0 });
  });
});

describe("summaryLine", () => {
  it("gives the outcome of every seed, then the time of each stage and in all", () => {
    const stages = [
      { name: "convert", seconds: 38.2 },
      { name: "render", seconds: 61 },
      { name: "index", seconds: 19.4 },
    ];
    expect(summaryLine({ seeds: 10_974, articles: 10_817, warning: 1_203, error: 49, duplicate: 108 }, stages)).toBe(
      "10,974 seeds → 10,817 articles (1,203 with warnings), 108 duplicates, 49 errors · convert 38.2 s, render 61.0 s, index 19.4 s, total 118.6 s",
    );
  });

  it("writes one as one, and leaves out times when no stage ran", () => {
    expect(summaryLine({ seeds: 3, articles: 1, warning: 0, error: 1, duplicate: 1 }, [])).toBe("3 seeds → 1 article (0 with warnings), 1 duplicate, 1 error");
  });
});
