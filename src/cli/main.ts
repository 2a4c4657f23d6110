#!/usr/bin/env node
/**
 * The `p10` process entry (the built `dist/cli.js`): runs {@link runCli} with the process's arguments and
 * streams and sets the exit code. It does nothing but that, so tests import `run.ts` instead of this file.
 */
import type { CommandIO } from "./command.js";
import { runCli } from "./run.js";

/** Runs `p10` as a process. */
async function main(): Promise<void> {
  const io: CommandIO = {
    out: (t) => process.stdout.write(t),
    outStream: process.stdout,
    err: (t) => process.stderr.write(t),
    outIsTTY: process.stdout.isTTY === true,
    errIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
    stdin: process.stdin,
  };
  try {
    process.exitCode = await runCli(process.argv.slice(2), io);
  } catch (e) {
    // A bug in principle10, not a user mistake: say so, with the stack to report.
    process.stderr.write(`p10: internal error (please report it): ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 70;
  }
}

// Piping into `head` closes stdout early; that is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
});

await main();
