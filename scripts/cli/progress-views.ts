// How a stage's progress is shown: a live bar in a terminal, plain lines in a log, nothing when quiet.
import cliProgress from "cli-progress";

/** A running stage as every view sees it; times are in the `now` clock's milliseconds. */
export interface Tally {
  name: string;
  unit: string;
  total: number | undefined;
  count: number;
  startedAt: number;
  endedAt: number | undefined;
}

export interface View {
  start(tally: Tally): void;
  advance(tally: Tally, at: number): void;
  setTotal(tally: Tally): void;
  done(tally: Tally): void;
}

const grouped = new Intl.NumberFormat("en");
export const tenths = new Intl.NumberFormat("en", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
export const number = (value: number) => grouped.format(value);
/** Whole seconds while a stage runs (a ticking clock), tenths once it has ended. */
const runningSeconds = (ms: number) => number(Math.floor(ms / 1000));
const finalSeconds = (ms: number) => tenths.format(ms / 1000);
const percent = (count: number, total: number) => (total === 0 ? 100 : Math.floor((count / total) * 100));

export const silent: View = { start() {}, advance() {}, setTotal() {}, done() {} };

/**
 * Plain lines for logs. Written here rather than with cli-progress's `noTTYOutput`, because that mode repeats the
 * bar's one format on a real-time `setTimeout` (every 2 s by default, whether or not anything moved), times itself
 * with `Date.now()`, and cannot say "started" or "finished". Here a line is due only when work advances and the
 * injected clock says `every` ms have passed, so there is no timer to leave running and tests can state every line.
 */
export function lines(stream: NodeJS.WritableStream, every: number): View {
  let lastLineAt = 0;
  const write = (text: string) => stream.write(`${text}\n`);
  const soFar = ({ count, total, unit }: Tally) =>
    total === undefined ? `${number(count)} ${unit}` : `${number(count)} of ${number(total)} ${unit} (${percent(count, total)}%)`;
  return {
    start(tally) {
      lastLineAt = tally.startedAt;
      write(tally.total === undefined ? `${tally.name}: started` : `${tally.name}: ${number(tally.total)} ${tally.unit}`);
    },
    advance(tally, at) {
      if (at - lastLineAt < every) return;
      lastLineAt = at;
      write(`${tally.name}: ${soFar(tally)}, ${runningSeconds(at - tally.startedAt)} s`);
    },
    setTotal() {},
    done(tally) {
      const { count, total, unit, startedAt, endedAt = startedAt } = tally;
      // A stage that ends short of its total says so, rather than claiming the total; one that never counted
      // (Pagefind reports no pages as it goes) says it is done, rather than "0 pages".
      const counted = total === undefined || total === count ? number(count) : `${number(count)} of ${number(total)}`;
      const what = total === undefined && count === 0 ? "done" : `${counted} ${unit}`;
      write(`${tally.name}: ${what} in ${finalSeconds(endedAt - startedAt)} s`);
    },
  };
}

const barWidth = 30;

/** One frame of a stage's bar, timed by the injected clock rather than cli-progress's own `Date.now()`. */
function barText({ name, unit, total, count, startedAt, endedAt }: Tally, at: number): string {
  const time = endedAt === undefined ? `${runningSeconds(at - startedAt)} s` : `${finalSeconds(endedAt - startedAt)} s`;
  if (total === undefined) return count === 0 ? `${name} · ${time}` : `${name} ${number(count)} ${unit} · ${time}`;
  const filled = Math.round((Math.min(percent(count, total), 100) / 100) * barWidth);
  const bar = "█".repeat(filled) + "░".repeat(barWidth - filled);
  return `${name} ${bar} ${percent(count, total)}% ${number(count)}/${number(total)} ${unit} · ${time}`;
}

/**
 * cli-progress draws, throttles and redraws the line (its timer keeps the elapsed time moving while a stage is
 * busy without advancing); the text comes from `barText`, which reads the injected clock. `stop()` clears that
 * timer and ends the line with a newline, so each finished stage stays on screen with its final time.
 */
export function bars(stream: NodeJS.WritableStream, now: () => number): View {
  let bar: cliProgress.SingleBar | undefined;
  return {
    start(tally) {
      // gracefulExit would install SIGINT/SIGTERM listeners, and a listener stops Ctrl-C from ending the build.
      bar = new cliProgress.SingleBar({ stream, format: () => barText(tally, now()), gracefulExit: false, hideCursor: false });
      bar.start(tally.total ?? 0, 0);
    },
    advance(tally) {
      bar?.update(tally.count);
    },
    setTotal(tally) {
      bar?.setTotal(tally.total ?? 0);
      bar?.render();
    },
    done() {
      bar?.stop();
      bar = undefined;
    },
  };
}
