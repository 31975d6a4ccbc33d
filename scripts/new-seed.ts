// The edge of `npm run new`: read the flags and today's date, write one new seed, say where it is.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { seedFacts, seedFileName, seedSkeleton } from "./cli/seed-skeleton.ts";

const usage = `Usage: npm run new -- "Headline" [options]

Writes a seed for a hand-entered article, named after its headline, for you to fill in.

  --seeds DIR      folder the seed goes in (default: seeds)
  --date DATE      publication date, YYYY-MM-DD (default: today, in UTC)
  --source NAME    publication it appeared in
  --section NAME   section of the publication
  --author NAME    who wrote it
  --url URL        where it was first published (http:// or https://)
  --help           show this help`;

/** A mistake in how the command was called: say what to do, in one line, and write nothing. */
function refuse(problem: string): never {
  console.error(problem);
  process.exit(2);
}

function parsed() {
  try {
    return parseArgs({
      options: {
        seeds: { type: "string", default: "seeds" },
        date: { type: "string" },
        source: { type: "string" },
        section: { type: "string" },
        author: { type: "string" },
        url: { type: "string" },
        help: { type: "boolean", default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // parseArgs throws for an unknown or incomplete option: a usage problem, not a crash.
    return refuse(`${error instanceof Error ? error.message : String(error)}; see npm run new -- --help`);
  }
}

const { values: flags, positionals } = parsed();
if (flags.help) {
  console.log(usage);
  process.exit(0);
}
const [headline] = positionals;
if (headline === undefined) refuse('give the article\'s headline, in quotes: npm run new -- "Headline"');
// Unquoted words arrive one by one, and the shell may already have eaten a `#` or a quote.
if (positionals.length > 1) refuse(`got ${positionals.length} headlines; put the headline in quotes: npm run new -- "Headline"`);

const today = new Date().toISOString().slice(0, 10);
const { source, section, author, url } = flags;
const checked = seedFacts({ headline, date: flags.date ?? today, source, section, author, url });
if ("problem" in checked) refuse(checked.problem);

const path = join(flags.seeds, seedFileName(checked.facts.headline));
try {
  // `wx` fails if the file exists, so an existing seed is never overwritten, even by a racing run.
  await writeFile(path, seedSkeleton(checked.facts), { flag: "wx" });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EEXIST") refuse(`${path}: a seed with this name already exists; edit it, or choose another headline`);
  if (code === "ENOENT") refuse(`${flags.seeds}: no such folder; create it, or pass an existing folder with --seeds DIR`);
  throw error;
}
console.log(path);
// The hint goes to stderr so stdout is just the path, ready for `$EDITOR "$(npm run -s new -- ...)"`.
console.error("next: replace the placeholder paragraph with the article's text, then run npm run build");
