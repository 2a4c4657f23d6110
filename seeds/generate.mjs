#!/usr/bin/env node
// Writes seeds/edi-2015-sample.csv: a synthetic, deterministic assessment of 14 fictional jurisdictions in
// 2014 and 2024 against every indicator of the bundled edi-2015 framework. See seeds/README.md.
//
// Method: each jurisdiction has a latent strength (0–3 scale), an offset per pillar, and a change from 2014
// to 2024; each indicator has a difficulty. A legal answer is round(strength + pillar offset + change −
// difficulty + noise), clamped to 0–3; practice answers (no / limited / yes) follow the information-pillar
// strength. A few answers are "n/a", "-" (missing) or left empty (missing). Randomness comes only from the
// seeded mulberry32 generator (Tommy Ettinger's 32-bit PRNG), so the output is byte-identical on every run.
//
// Usage: node seeds/generate.mjs            (rewrites seeds/edi-2015-sample.csv)
//        node seeds/generate.mjs --check    (exits 1 when the committed file differs)
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SEED = 20150527; // the EDI's launch date, as a number
const here = dirname(fileURLToPath(import.meta.url));
const framework = JSON.parse(readFileSync(join(here, "../data/frameworks/edi-2015.json"), "utf8"));
const outFile = join(here, "edi-2015-sample.csv");

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
const random = mulberry32(SEED);
const uniform = (lo, hi) => lo + (hi - lo) * random();
/**
 * An approximately normal deviate with mean 0 and variance 1 (Irwin–Hall: the sum of 12 uniforms minus 6).
 * Only + and − on doubles, so the result is the same on every platform (no Math.log or Math.cos).
 */
const normal = () => {
  let sum = 0;
  for (let k = 0; k < 12; k++) sum += random();
  return sum - 6;
};
const pick = (list) => list[Math.floor(random() * list.length)];

// Fictional jurisdictions: id, name, 2014 strength, pillar offsets [information, participation, justice],
// change by 2024. Ids avoid ISO 3166 alpha-3 codes.
const JURISDICTIONS = [
  ["ARV", "Arvenia", 2.4, [0.3, 0.1, -0.2], 0.2],
  ["BMR", "Belmora", 2.1, [-0.1, 0.4, 0.0], 0.3],
  ["CQS", "Castequia", 1.8, [0.5, -0.4, -0.1], 0.4],
  ["DVL", "Dravelle", 1.6, [0.0, 0.0, 0.3], -0.3],
  ["ESK", "Eskarund", 1.5, [0.6, -0.2, -0.5], 0.6],
  ["FNW", "Fenwarra", 1.3, [-0.3, 0.5, 0.1], 0.1],
  ["GLT", "Galtria", 1.2, [0.2, 0.2, -0.6], 0.5],
  ["HVD", "Hovandi", 1.0, [0.4, -0.3, 0.0], 0.0],
  ["IXL", "Ixalune", 0.9, [-0.2, 0.1, 0.4], 0.7],
  ["JRN", "Jorvannia", 0.8, [0.3, -0.5, 0.2], -0.2],
  ["KVS", "Kovasta", 0.6, [0.0, 0.3, -0.3], 0.4],
  ["LMR", "Lumeria", 0.5, [0.5, 0.0, -0.4], 0.9],
  ["MZV", "Mazvoria", 0.4, [-0.1, -0.2, 0.3], 0.1],
  ["NQR", "Norquay", 0.3, [0.2, 0.1, -0.1], 0.3],
];
const PERIODS = ["2014", "2024"];
const ASSESSORS = ["A. Lindqvist", "B. Okoro", "C. Ruiz", "D. Haddad", "E. Tanaka", "F. Mbeki", "G. Novak"];
const SOURCES = ["statute review", "national gazette", "case law database", "ministry regulations"];
const COMMENTS = [
  "provision covers EIA and pollution permits only",
  'the law says "may", not "shall"',
  "fees apply; waived for NGOs",
  "draft amendment pending; not in force",
  "applies to national authorities; regional ones not covered",
];

const pillarOfGroup = new Map(framework.nodes.filter((n) => n.level === "group").map((n) => [n.id, n.parent]));
const PILLARS = ["information", "participation", "justice"];
const indicators = framework.nodes
  .filter((n) => n.level === "indicator")
  .map((n) => ({ id: n.id, kind: n.kind, pillar: PILLARS.indexOf(pillarOfGroup.get(n.parent)), difficulty: uniform(-0.6, 0.8) }));

/** RFC 4180 quoting for the few cells that need it (comments with commas or quotes). */
const cell = (text) => (/[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

const rows = [["entity", "entity_name", "period", "indicator", "response", "assessor", "source", "comment"].join(",")];
for (const [id, name, strength, offsets, change] of JURISDICTIONS) {
  PERIODS.forEach((period, p) => {
    const assessor = pick(ASSESSORS);
    const base = strength + p * change;
    for (const ind of indicators) {
      const roll = random();
      let response;
      if (roll < 0.012) response = pick(["n/a", "N/A", "not applicable"]);
      else if (roll < 0.03) response = "-";
      else if (roll < 0.04) response = "";
      else if (ind.kind === "legal") {
        const latent = base + offsets[ind.pillar] - ind.difficulty + 0.45 * normal();
        response = String(Math.min(3, Math.max(0, Math.round(latent))));
      } else {
        const latent = (base + offsets[0]) / 1.5 - 0.3 + 0.5 * normal();
        const level = Math.min(2, Math.max(0, Math.round(latent)));
        response = random() < 0.5 ? String(level) : ["No", "Limited", "Yes"][level];
      }
      const source = random() < 0.3 ? pick(SOURCES) : "";
      const comment = random() < 0.04 ? pick(COMMENTS) : "";
      rows.push([id, name, period, ind.id, response, assessor, source, comment].map(cell).join(","));
    }
  });
}
const text = `${rows.join("\n")}\n`;

if (process.argv.includes("--check")) {
  const same = readFileSync(outFile, "utf8") === text;
  console.log(same ? "seeds/edi-2015-sample.csv is up to date" : "seeds/edi-2015-sample.csv differs from the generator's output");
  process.exit(same ? 0 : 1);
}
writeFileSync(outFile, text);
console.log(`wrote ${rows.length - 1} rows to seeds/edi-2015-sample.csv`);
