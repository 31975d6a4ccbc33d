import { describe, expect, it } from "vitest";
import { cpuAt, median, medianFigures, peakRssBetween, type Sample, stageFigures } from "../../scripts/bench/figures.ts";
import { parseStat } from "../../scripts/bench/process-tree.ts";

// A build sampled every 100 ms from t = 1000: CPU grows, memory peaks at t = 1300.
const samples: Sample[] = [
  { t: 1000, rssBytes: 100, cpuMs: 0 },
  { t: 1100, rssBytes: 300, cpuMs: 80 },
  { t: 1200, rssBytes: 500, cpuMs: 200 },
  { t: 1300, rssBytes: 900, cpuMs: 300 },
  { t: 1400, rssBytes: 400, cpuMs: 390 },
];

describe("cpuAt", () => {
  it("reads a sample's CPU time at its own moment", () => expect(cpuAt(samples, 1200)).toBe(200));
  it("interpolates between the samples either side", () => expect(cpuAt(samples, 1150)).toBe(140));
  it("holds the first and last samples outside them", () => {
    expect(cpuAt(samples, 900)).toBe(0);
    expect(cpuAt(samples, 1500)).toBe(390);
  });
  it("is 0 without samples", () => expect(cpuAt([], 1000)).toBe(0));
});

describe("peakRssBetween", () => {
  it("is the largest sample inside the interval", () => expect(peakRssBetween(samples, 1050, 1250)).toBe(500));
  it("counts samples on the interval's ends", () => expect(peakRssBetween(samples, 1300, 1400)).toBe(900));
  it("uses the samples either side of an interval too short to hold one", () => expect(peakRssBetween(samples, 1310, 1390)).toBe(900));
});

describe("stageFigures", () => {
  it("gives a stage its own wall time, the CPU used within it and the peak memory during it", () => {
    expect(stageFigures(samples, { name: "render", start: 1150, end: 1350 })).toEqual({ wallMs: 200, cpuMs: 345 - 140, peakRssBytes: 900 });
  });
  it("splits a run into stages whose CPU times add up to the run's", () => {
    const stages = [
      { name: "convert", start: 1000, end: 1120 },
      { name: "render", start: 1120, end: 1330 },
      { name: "index", start: 1330, end: 1400 },
    ];
    const figures = stages.map((stage) => stageFigures(samples, stage));
    expect(figures.map((each) => each.cpuMs)).toEqual([104, 223, 63]);
    expect(figures.reduce((sum, each) => sum + each.cpuMs, 0)).toBe(390);
    expect(figures.map((each) => each.peakRssBytes)).toEqual([300, 900, 400]);
  });
});

describe("median", () => {
  it("is the middle value of an odd count, in any order", () => expect(median([9, 1, 5])).toBe(5));
  it("is the mean of the middle two of an even count", () => expect(median([4, 1, 3, 10])).toBe(3.5));
  it("throws on no values: a benchmark of no runs is a mistake", () => expect(() => median([])).toThrow("median of no values"));
  it("takes each figure's median on its own", () => {
    const runs = [
      { wallMs: 10, cpuMs: 30, peakRssBytes: 200 },
      { wallMs: 30, cpuMs: 10, peakRssBytes: 100 },
      { wallMs: 20, cpuMs: 20, peakRssBytes: 300 },
    ];
    expect(medianFigures(runs)).toEqual({ wallMs: 20, cpuMs: 20, peakRssBytes: 200 });
  });
});

describe("parseStat", () => {
  it("reads memory and CPU fields after a command name holding spaces and parentheses", () => {
    // proc(5): pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime priority nice threads itrealvalue starttime vsize rss …
    const line = "4242 (node (worker) 1) S 1 4242 4242 0 -1 4194560 5000 0 0 0 120 30 7 3 20 0 11 0 123456 1073741824 2560 18446744073709551615";
    expect(parseStat(line)).toEqual({ rssPages: 2560, ownTicks: 150, reapedTicks: 10 });
  });
});
