#!/usr/bin/env node
// Reading benchmark: readAssessments (dist/node.js, streaming, validating, building the dataset) against
// csv-parse alone (its streaming main API, only splitting fields) on the same 1,000,098-row file. (Our
// CsvTokenizer alone is no longer measured here: it is internal since the 1.0 public API, and this
// benchmark runs the built package.) Each measurement runs in its own child process so that peak memory (maxRSS, the
// resident-set high-water mark) does not mix between them; the median of --runs (default 3) is reported.
// Targets: readAssessments at most 2× csv-parse's time, peak memory under 600 MB.
import { execFileSync } from "node:child_process";
import { createReadStream, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generate } from "./generate.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = (name) => pathToFileURL(join(root, "dist", name)).href;
const CHUNK = 1 << 20;

/** The measurements, each run in a fresh process: returns the rows it saw. */
const KINDS = {
  async "node (startup only)"() {
    return 0;
  },
  async "csv-parse (stream)"(file) {
    const { parse } = await import("csv-parse");
    let rows = 0;
    const parser = createReadStream(file, { highWaterMark: CHUNK }).pipe(parse());
    for await (const _record of parser) rows++;
    return rows - 1;
  },
  async readAssessments(file) {
    const { frameworks } = await import(dist("index.js"));
    const { readAssessments } = await import(dist("node.js"));
    const { dataset, accounting } = await readAssessments(file, frameworks.get("edi-2015"));
    if (dataset.units.length !== 10102) throw new Error(`expected 10102 units, got ${dataset.units.length}`);
    return accounting.accepted;
  },
};

async function child(kind, file) {
  const start = process.hrtime.bigint();
  const rows = await KINDS[kind](file);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ rows, ms, maxRssMB }));
}

function measure(kind, file) {
  const out = execFileSync(
    process.execPath,
    ["--expose-gc", fileURLToPath(import.meta.url), "--child", kind, file],
    {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(out);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const runsArg = process.argv.indexOf("--runs");
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
  const { file, rows } = generate();
  const mb = statSync(file).size / 2 ** 20;
  console.log(
    `input: ${file} (${rows} rows, ${mb.toFixed(1)} MiB); ${runs} runs each, median shown; Node ${process.version}`,
  );
  const results = {};
  for (const kind of Object.keys(KINDS)) {
    const samples = Array.from({ length: runs }, () => measure(kind, file));
    for (const s of samples) {
      if (kind !== "node (startup only)" && s.rows !== rows)
        throw new Error(`${kind} saw ${s.rows} rows, expected ${rows}`);
    }
    results[kind] = {
      ms: median(samples.map((s) => s.ms)),
      maxRssMB: median(samples.map((s) => s.maxRssMB)),
    };
  }
  const width = Math.max(...Object.keys(results).map((k) => k.length));
  console.log(
    `${"".padEnd(width)}  ${"time".padStart(9)}  ${"rows/s".padStart(11)}  ${"peak RSS".padStart(9)}`,
  );
  for (const [kind, r] of Object.entries(results)) {
    const rate = kind.startsWith("node") ? "" : Math.round(rows / (r.ms / 1000)).toLocaleString("en-US");
    console.log(
      `${kind.padEnd(width)}  ${`${(r.ms / 1000).toFixed(2)} s`.padStart(9)}  ${rate.padStart(11)}  ${`${r.maxRssMB.toFixed(0)} MB`.padStart(9)}`,
    );
  }
  const ratio = results.readAssessments.ms / results["csv-parse (stream)"].ms;
  const peak = results.readAssessments.maxRssMB;
  console.log(
    `readAssessments / csv-parse time: ${ratio.toFixed(2)}× (target ≤ 2×: ${ratio <= 2 ? "met" : "MISSED"})`,
  );
  console.log(
    `readAssessments peak RSS: ${peak.toFixed(0)} MB (target < 600 MB: ${peak < 600 ? "met" : "MISSED"})`,
  );
}

if (process.argv[2] === "--child") await child(process.argv[3], process.argv[4]);
else await main();
