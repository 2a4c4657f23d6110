#!/usr/bin/env node
// Scoring benchmark: score() of dist/index.js with the edi-2015 method on 999,999 answers built in memory
// (10,101 units × the 99 edi-2015 indicators, createDataset, deterministic xorshift32 PRNG). Two data sets:
// every answer given, and a realistic mix (1 % not applicable, 2 % missing, like test/bench/generate.mjs).
// Reports the median of --runs (default 5) after one warm-up run. Target: ≤ ~1.5 s for 1M answers,
// i.e. scoring adds at most the time of reading the CSV again; the last section checks exactly that on the
// benchmark CSV (.bench/edi-2015-1m.csv), read with readAssessments and then scored, in one process.
// Run: npm run bench (builds dist first).
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generate } from "./generate.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const { frameworks, methods, score } = await import(pathToFileURL(join(root, "dist/index.js")).href);
const { createDataset, MISSING, NOT_APPLICABLE } = await import(
  pathToFileURL(join(root, "dist/advanced.js")).href
);

const UNITS = 10_101;
const TARGET_MS = 1500;
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

/** xorshift32: deterministic floats in [0, 1). */
function xorshift(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

function answers(edi, { notApplicable, missing }) {
  const random = xorshift(20150101);
  const out = [];
  for (let u = 0; u < UNITS; u++) {
    const entity = `E${String(u).padStart(5, "0")}`;
    for (const indicator of edi.indicators) {
      const roll = random();
      const code =
        roll < notApplicable
          ? NOT_APPLICABLE
          : roll < notApplicable + missing
            ? MISSING
            : Math.floor(random() * indicator.scale.levels.length);
      out.push({ entity, period: "2014", indicator: indicator.id, code, line: out.length + 2 });
    }
  }
  return out;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const edi = frameworks.get("edi-2015");
const method = methods.get("edi-2015");
let worst = 0;
for (const [name, mix] of [
  ["all answered", { notApplicable: 0, missing: 0 }],
  ["1 % n/a, 2 % missing", { notApplicable: 0.01, missing: 0.02 }],
]) {
  const list = answers(edi, mix);
  const dataset = createDataset(edi, list);
  const times = [];
  let units = 0;
  for (let run = 0; run <= RUNS; run++) {
    globalThis.gc?.();
    const start = process.hrtime.bigint();
    const set = score(dataset, edi, method);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    units = set.units.length;
    if (run > 0) times.push(ms); // run 0 warms the JIT up
  }
  const ms = median(times);
  worst = Math.max(worst, ms);
  const rate = Math.round((list.length / ms) * 1000).toLocaleString("en-US");
  console.log(
    `score ${name}: ${list.length.toLocaleString("en-US")} answers, ${units} units: ${ms.toFixed(0)} ms (median of ${RUNS}), ${rate} answers/s`,
  );
}
console.log(`target ≤ ${TARGET_MS} ms per 1M answers: ${worst <= TARGET_MS ? "met" : "NOT met"}`);

// The target, measured on the same million rows: read the benchmark CSV with readAssessments, then
// score the dataset it gives; scoring should add at most the reading time again.
const { readAssessments } = await import(pathToFileURL(join(root, "dist/node.js")).href);
const { file, rows } = generate();
const reads = [];
const scores = [];
let answered = 0;
for (let run = 0; run <= Math.min(RUNS, 3); run++) {
  globalThis.gc?.();
  let start = process.hrtime.bigint();
  const { dataset } = await readAssessments(file, edi);
  const readMs = Number(process.hrtime.bigint() - start) / 1e6;
  start = process.hrtime.bigint();
  score(dataset, edi, method);
  const scoreMs = Number(process.hrtime.bigint() - start) / 1e6;
  answered = dataset.answers.length;
  if (run > 0) {
    reads.push(readMs);
    scores.push(scoreMs);
  }
}
const readMs = median(reads);
const scoreMs = median(scores);
console.log(
  `read then score ${file.split("/").pop()} (${rows.toLocaleString("en-US")} rows, ${answered.toLocaleString("en-US")} cells): ` +
    `read ${readMs.toFixed(0)} ms, score ${scoreMs.toFixed(0)} ms (${(scoreMs / readMs).toFixed(2)}× the reading time; target ≤ 1×: ${scoreMs <= readMs ? "met" : "NOT met"})`,
);
