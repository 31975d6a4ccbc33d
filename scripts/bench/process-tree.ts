// Runs a command and measures its whole process tree from /proc: tsx starts node, which starts
// Pagefind's binary, so the command's own figures alone would miss most of the work.
import { execFileSync, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import type { Figures, Sample } from "./figures.ts";

export interface Measurement extends Figures {
  samples: Sample[];
}

export interface ProcessStat {
  rssPages: number;
  /** utime + stime: this process's own CPU time, in clock ticks. */
  ownTicks: number;
  /** cutime + cstime: CPU time of the children it has reaped, in clock ticks. */
  reapedTicks: number;
}

/** Reads a `/proc/<pid>/stat` line (proc(5)); the command name may hold spaces and parentheses, so fields count from its last `)`. */
export function parseStat(line: string): ProcessStat {
  const fields = line
    .slice(line.lastIndexOf(")") + 2)
    .trim()
    .split(/\s+/)
    .map(Number);
  // proc(5) numbers fields from 1, and these start at field 3 (state).
  const field = (number: number) => fields[number - 3] ?? 0;
  return { rssPages: field(24), ownTicks: field(14) + field(15), reapedTicks: field(16) + field(17) };
}

const tickMs = 1000 / Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
const pageBytes = Number(execFileSync("getconf", ["PAGESIZE"], { encoding: "utf8" }).trim());

/** A process can exit between listing and reading; that is the tree changing, not an error. */
function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ESRCH") return undefined;
    throw error;
  }
}

function childrenOf(pid: number): number[] {
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  // Each thread lists the children it started; worker threads start processes too.
  return threads.flatMap((thread) => (readProc(`/proc/${pid}/task/${thread}/children`) ?? "").split(/\s+/).filter(Boolean).map(Number));
}

/** The tree below and including `root`, right now. */
export function sampleTree(root: number): { rssBytes: number; cpuMs: number } {
  let rssPages = 0;
  let ticks = 0;
  const pending = [root];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    const line = readProc(`/proc/${pid}/stat`);
    if (line === undefined) continue;
    const stat = parseStat(line);
    rssPages += stat.rssPages;
    // A live process's reaped children are gone from the tree, so counting both never counts twice.
    ticks += stat.ownTicks + stat.reapedTicks;
    pending.push(...childrenOf(pid));
  }
  return { rssBytes: rssPages * pageBytes, cpuMs: ticks * tickMs };
}

/** CPU time of every child this process has reaped: exact for a finished tree, unlike a last sample. */
const reapedCpuMs = () => parseStat(readFileSync("/proc/self/stat", "utf8")).reapedTicks * tickMs;

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  intervalMs?: number;
}

const tailBytes = 16 * 1024;

/**
 * Runs `command` to the end, sampling its tree every `intervalMs`, and rejects with the end of
 * its output if it fails. Run one at a time: the CPU total is what this process reaped meanwhile.
 */
export function measure(command: string, args: string[], { cwd, env, intervalMs = 50 }: RunOptions = {}): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const samples: Sample[] = [];
    const reapedBefore = reapedCpuMs();
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-tailBytes);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const sample = () => {
      if (child.pid !== undefined) samples.push({ t: Date.now(), ...sampleTree(child.pid) });
    };
    sample();
    const timer = setInterval(sample, intervalMs);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(" ")} ended with ${signal ?? `exit code ${code}`}; its last output:\n${output}`));
        return;
      }
      const cpuMs = Math.max(reapedCpuMs() - reapedBefore, samples.at(-1)?.cpuMs ?? 0);
      resolve({ wallMs, cpuMs, peakRssBytes: Math.max(0, ...samples.map((each) => each.rssBytes)), samples });
    });
  });
}
