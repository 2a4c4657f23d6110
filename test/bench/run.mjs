#!/usr/bin/env node
// Runs every test/bench/*-bench.mjs in sequence (sorted by name), each in its own Node process with
// --expose-gc. `npm run bench` builds dist first. Exit code 1 when a benchmark fails to run.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const benches = readdirSync(here)
  .filter((f) => f.endsWith("-bench.mjs"))
  .sort();
let failed = 0;
for (const bench of benches) {
  console.log(`\n== ${bench}`);
  const { status } = spawnSync(
    process.execPath,
    ["--expose-gc", join(here, bench), ...process.argv.slice(2)],
    { stdio: "inherit" },
  );
  if (status !== 0) {
    failed++;
    console.log(`${bench} exited with ${status}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
