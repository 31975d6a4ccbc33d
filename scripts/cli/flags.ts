/** A command line that cannot be run as given: the command prints the message and exits with code 2. */
export class UsageError extends Error {}

/** A command-line flag's value as a whole number of at least 1. */
export function wholeNumberFlag(text: string, flag: string): number {
  if (!/^[1-9]\d*$/.test(text)) throw new UsageError(`${flag} ${text}: expected a whole number of at least 1`);
  return Number(text);
}

/** For a command's top level: the value `read` gives, or, on a usage error, its message and exit code 2. */
export function orUsageExit<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
