#!/usr/bin/env node
// Writes the benchmark input .bench/edi-2015-1m.csv: a long-format assessment of 10,102 entity × period
// units (5,051 entities × 2014 and 2024) against the 99 indicators of edi-2015, i.e. 1,000,098 rows.
// Other sizes: generate({ entities }) writes .bench/edi-2015-<entities>e.csv with entities × 2 × 99 rows
// (50,506 entities: 10,000,188 rows; 1,010 entities: 199,980 rows).
// Deterministic (mulberry32, seed 1000098): the same bytes on every run; a smaller file is the start of a
// larger one's answers. Responses mix codes, labels, "n/a", "-" and empty cells like real files.
// Run: node test/bench/generate.mjs [--force] [--entities N]
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const BENCH_FILE = join(root, ".bench/edi-2015-1m.csv");
const ENTITIES = 5051;
const PERIODS = ["2014", "2024"];

/** mulberry32: a 32-bit state PRNG returning floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The file generate({ entities }) writes.
 * @param {number} entities
 * @returns {string}
 */
export function benchFile(entities = ENTITIES) {
  return entities === ENTITIES ? BENCH_FILE : join(root, `.bench/edi-2015-${entities}e.csv`);
}

/**
 * Writes the benchmark file unless it exists (or `force`).
 * @param {{ force?: boolean, entities?: number }} options
 * @returns {{ file: string, rows: number }}
 */
export function generate({ force = false, entities = ENTITIES } = {}) {
  const BENCH_FILE = benchFile(entities);
  const ENTITIES_WANTED = entities;
  const rows = ENTITIES_WANTED * PERIODS.length * 99;
  if (existsSync(BENCH_FILE) && !force) return { file: BENCH_FILE, rows };
  const framework = JSON.parse(readFileSync(join(root, "data/frameworks/edi-2015.json"), "utf8"));
  const indicators = framework.nodes.filter((n) => n.level === "indicator");
  if (indicators.length !== 99)
    throw new Error(`expected 99 indicators in edi-2015, found ${indicators.length}`);
  const random = mulberry32(1000098);
  mkdirSync(dirname(BENCH_FILE), { recursive: true });
  const fd = openSync(BENCH_FILE, "w");
  writeSync(fd, "entity,period,indicator,response\n");
  for (let e = 1; e <= ENTITIES_WANTED; e++) {
    const entity = `E${String(e).padStart(5, "0")}`;
    for (const period of PERIODS) {
      let block = "";
      for (const ind of indicators) {
        const roll = random();
        let response;
        if (roll < 0.01) response = "n/a";
        else if (roll < 0.02) response = "-";
        else if (roll < 0.03) response = "";
        else if (ind.kind === "legal") response = String(Math.floor(random() * 4));
        else response = ["0", "1", "2", "No", "Limited", "Yes"][Math.floor(random() * 6)];
        block += `${entity},${period},${ind.id},${response}\n`;
      }
      writeSync(fd, block);
    }
  }
  closeSync(fd);
  return { file: BENCH_FILE, rows };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--entities");
  const entities = at > 0 ? Number(process.argv[at + 1]) : ENTITIES;
  const { file, rows } = generate({ force: process.argv.includes("--force"), entities });
  console.log(`${file}: ${rows} rows`);
}
