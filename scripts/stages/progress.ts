// What a stage reports its progress to: the build command shows it (cli/progress.ts), a test may ignore it.
export interface StageProgress {
  advance(count?: number): void;
  /** total becomes known late (e.g. Eleventy's page count) */
  setTotal(total: number): void;
  /** Ends the stage and says how long it took; calling it again changes nothing, so it is safe in a `finally`. */
  done(): StageTime;
}

export interface Progress {
  /** Starts a stage; `unit` is plural ("seeds", "pages"). One stage runs at a time. */
  stage(name: string, unit: string, total?: number): StageProgress;
}

export interface StageTime {
  name: string;
  seconds: number;
}
