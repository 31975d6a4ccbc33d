/** A command-line flag's value as a whole number of at least 1; anything else stops the command with exit code 2. */
export function wholeNumberFlag(text: string, flag: string): number {
  if (!/^[1-9]\d*$/.test(text)) {
    console.error(`${flag} ${text}: expected a whole number of at least 1`);
    process.exit(2);
  }
  return Number(text);
}
