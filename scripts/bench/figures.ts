// What one measured run comes to, split by the build's own stage boundaries, and the median of several runs.

/** The whole process tree at one moment: `t` is `Date.now()`, so it lines up with the build's `--timings`. */
export interface Sample {
  t: number;
  rssBytes: number;
  /** CPU time the tree has used since it started, user and system, reaped children included. */
  cpuMs: number;
}

export interface Figures {
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
}

/** A stage as the build reports it with `--timings`. */
export interface Stage {
  name: string;
  start: number;
  end: number;
}

/** The tree's CPU time at `t`, read off the line through the samples either side (CPU time only grows). */
export function cpuAt(samples: Sample[], t: number): number {
  const after = samples.findIndex((sample) => sample.t >= t);
  if (after === -1) return samples.at(-1)?.cpuMs ?? 0;
  const next = samples[after]!;
  const previous = samples[after - 1];
  if (previous === undefined || next.t === previous.t) return next.cpuMs;
  return previous.cpuMs + ((next.cpuMs - previous.cpuMs) * (t - previous.t)) / (next.t - previous.t);
}

/**
 * The largest memory the tree held during [start, end]. A stage shorter than the sampling
 * interval may hold no sample: then the samples either side of it stand for it.
 */
export function peakRssBetween(samples: Sample[], start: number, end: number): number {
  const inside = samples.filter((sample) => sample.t >= start && sample.t <= end);
  const before = samples.filter((sample) => sample.t < start).at(-1);
  const after = samples.find((sample) => sample.t > end);
  const standIns = inside.length > 0 ? inside : [before, after].filter((sample) => sample !== undefined);
  return Math.max(0, ...standIns.map((sample) => sample.rssBytes));
}

export function stageFigures(samples: Sample[], stage: Stage): Figures {
  return {
    wallMs: stage.end - stage.start,
    cpuMs: Math.max(0, cpuAt(samples, stage.end) - cpuAt(samples, stage.start)),
    peakRssBytes: peakRssBetween(samples, stage.start, stage.end),
  };
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error("median of no values: measure at least one run");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Each figure's own median: the typical wall time, CPU time and memory, not those of one chosen run. */
export function medianFigures(runs: Figures[]): Figures {
  return {
    wallMs: median(runs.map((run) => run.wallMs)),
    cpuMs: median(runs.map((run) => run.cpuMs)),
    peakRssBytes: median(runs.map((run) => run.peakRssBytes)),
  };
}
