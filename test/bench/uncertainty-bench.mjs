#!/usr/bin/env node
// Uncertainty benchmark: runUncertainty (dist/index.js, the float fast path) with 10,000 model runs over
// 200 entities × 99 edi-2015 indicators in one period (the EDI's shape at three times its 70 countries),
// against one exact scoring pass (score(), decimal arithmetic). The data are generated in memory from a
// seeded generator (createRng), so every run of the benchmark scores the same answers.
// Target: 10,000 runs in under 20 s. Options: --runs N (default 10000), --entities N (default 200).
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const { frameworks, methods, runUncertainty, score } = await import(
  pathToFileURL(join(root, "dist", "index.js")).href
);
const { createDataset, createRng } = await import(pathToFileURL(join(root, "dist", "advanced.js")).href);

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const RUNS = option("--runs", 10_000);
const ENTITIES = option("--entities", 200);
const TARGET_S = 20;

/** Answers like the seed data: an entity strength, an indicator difficulty, noise; ~3 % missing, 1 % n/a. */
function answers(framework, entities) {
  const rng = createRng("uncertainty bench");
  const difficulty = framework.indicators.map(() => rng.uniform(-0.6, 0.8));
  const out = [];
  for (let e = 0; e < entities; e++) {
    const entity = `E${String(e).padStart(3, "0")}`;
    const strength = rng.uniform(0.2, 2.8);
    framework.indicators.forEach((indicator, i) => {
      const u = rng.next();
      const levels = indicator.scale.levels.length;
      let code;
      if (u < 0.03) code = -2;
      else if (u < 0.04) code = -3;
      else {
        const raw = Math.round(strength - difficulty[i] + rng.uniform(-0.9, 0.9));
        code = Math.min(levels - 1, Math.max(0, raw));
      }
      out.push({ entity, period: "2024", indicator: indicator.id, code });
    });
  }
  return out;
}

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

const edi = frameworks.get("edi-2015");
const method = methods.get("edi-2015");
const dataset = createDataset(edi, answers(edi, ENTITIES));
console.log(
  `data: ${dataset.units.length} entities × ${edi.indicators.length} indicators (one period); Node ${process.version}`,
);

let start = process.hrtime.bigint();
score(dataset, edi, method);
const exactCold = seconds(start);
start = process.hrtime.bigint();
score(dataset, edi, method);
const exact = seconds(start);

globalThis.gc?.();
let done = 0;
start = process.hrtime.bigint();
const result = runUncertainty(dataset, edi, method, {
  runs: RUNS,
  onProgress: (n) => {
    done = n;
  },
});
const total = seconds(start);
if (done !== result.runs) throw new Error(`progress reached ${done} of ${result.runs} runs`);

const perRun = total / result.runs;
console.log(
  `inputs: ${result.inputs.length} (${result.inputs.map((i) => i.id).join(", ")}); ${result.baseRows} base rows`,
);
console.log(
  `exact score(): ${(exact * 1000).toFixed(0)} ms (first call ${(exactCold * 1000).toFixed(0)} ms)`,
);
console.log(
  `runUncertainty: ${result.runs} runs in ${total.toFixed(2)} s = ${Math.round(result.runs / total)} runs/s ` +
    `(${(perRun * 1e3).toFixed(3)} ms per run, incl. ranks, rank statistics and Sobol bootstrap)`,
);
console.log(
  `one run / one exact pass: ${(perRun / exact).toFixed(4)} (${(exact / perRun).toFixed(0)}× faster)`,
);
console.log(
  `mean absolute rank shift of the index: ${result.nodes[0].ranks.meanAbsoluteShift.toFixed(3)} places`,
);
console.log(`target: ${RUNS} runs < ${TARGET_S} s: ${total < TARGET_S ? "met" : "MISSED"}`);
