// Writes a generated file, or with --check on the command line verifies the committed file is current.
// Used by the data generators so CI can prove committed data matches its generator.
import { readFileSync, writeFileSync } from "node:fs";

const checking = process.argv.includes("--check");
let stale = 0;

/** Writes `text` to `path`, or (with --check) compares and records a mismatch. */
export function emit(path, text) {
  if (!checking) {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
    return;
  }
  let current = "";
  try {
    current = readFileSync(path, "utf8");
  } catch {}
  if (current !== text) {
    console.error(`${path} is stale: re-run ${process.argv[1]} and commit the result`);
    stale++;
  } else {
    console.log(`${path} is up to date`);
  }
}

process.on("exit", () => {
  if (stale > 0) process.exitCode = 1;
});
