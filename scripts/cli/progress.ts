// What a long build shows while it runs, and the line it ends with.
// (The stages report to a `Progress`, declared beside them in stages/progress.ts.)
// A terminal gets one live bar per stage; a log (CI, a pipe, a file) gets a few plain lines; --quiet gets nothing.
import { count } from "../site/filters.ts";
import type { Progress, StageTime } from "../stages/progress.ts";
import type { BuildReport } from "../stages/report.ts";
import type { BuildOutcome } from "../stages/run-build.ts";
import { bars, lines, number, silent, type Tally, tenths } from "./progress-views.ts";

export interface ProgressOptions {
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  quiet: boolean;
  now?: () => number;
  /** plain-line interval, default 10 s */
  every?: number;
}

export function progress(options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const view = options.quiet ? silent : options.stream.isTTY ? bars(options.stream, now) : lines(options.stream, options.every ?? 10_000);
  let running: string | undefined;

  return {
    stage(name, unit, total) {
      // Two stages at once would draw over each other's bar; the orchestrator runs stages in order.
      if (running !== undefined) throw new Error(`progress: stage "${name}" started while "${running}" is still running; call done() on it first`);
      running = name;
      const tally: Tally = { name, unit, total, count: 0, startedAt: now(), endedAt: undefined };
      const stillRunning = (call: string) => {
        if (tally.endedAt !== undefined) throw new Error(`progress: ${call}() on stage "${name}" after done()`);
      };
      view.start(tally);
      return {
        advance(count = 1) {
          stillRunning("advance");
          tally.count += count;
          view.advance(tally, now());
        },
        setTotal(total) {
          stillRunning("setTotal");
          tally.total = total;
          view.setTotal(tally);
        },
        done() {
          if (tally.endedAt === undefined) {
            tally.endedAt = now();
            view.done(tally);
            running = undefined;
          }
          return { name, seconds: (tally.endedAt - tally.startedAt) / 1000 };
        },
      };
    },
  };
}

/**
 * The line a build ends with, from the build report's totals: "with warnings" counts articles with
 * at least one warning (`totals.warning`), not warning messages. `total` is the sum of the stages given.
 */
export function summaryLine(totals: Pick<BuildReport["totals"], "seeds" | "articles" | "warning" | "duplicate" | "error">, stages: StageTime[]): string {
  const outcome =
    `${count(totals.seeds, "seed")} → ${count(totals.articles, "article")} (${number(totals.warning)} with warnings), ` +
    `${count(totals.duplicate, "duplicate")}, ${count(totals.error, "error")}`;
  if (stages.length === 0) return outcome;
  const total = stages.reduce((sum, stage) => sum + stage.seconds, 0);
  const times = [...stages, { name: "total", seconds: total }].map(({ name, seconds }) => `${name} ${tenths.format(seconds)} s`);
  return `${outcome} · ${times.join(", ")}`;
}

/** How long each stage of a build took, for its summary line. */
export const stageTimes = (outcome: BuildOutcome): StageTime[] => outcome.stages.map(({ name, start, end }) => ({ name, seconds: (end - start) / 1000 }));
