// `npm run build`: run the build command with this process's arguments, streams and environment, and exit with its code.
import { buildCommand } from "./cli/build-command.ts";
import type { BuildHooks } from "./stages/run-build.ts";

/**
 * Where a build can be held, half done, for the test that kills builds (`tests/site/atomic-publish.test.ts`):
 * with BROADSHEET_HOLD_AT set to a point's name, the build says so and waits there to be killed.
 */
const holdAt = process.env.BROADSHEET_HOLD_AT;
const at: BuildHooks["at"] = async (point) => {
  if (holdAt !== point) return;
  console.log(`held at ${point}`);
  await new Promise(() => setInterval(() => {}, 60_000));
};

const late: unknown[] = [];
process.on("unhandledRejection", (reason) => late.push(reason));

process.exit(await buildCommand(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, at, late }));
