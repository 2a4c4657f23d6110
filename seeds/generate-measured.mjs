#!/usr/bin/env node
// Writes seeds/measured-sample.csv: the fourteen fictional jurisdictions of seeds/generate.mjs assessed against
// examples/frameworks/measured.json (three legal answers on 0–3 and seven measured quantities) for 2020 and
// 2024. See seeds/README.md for the model.
//
// Randomness comes only from mulberry32 (seeds/mulberry32.mjs) seeded with SEED; the values are computed with
// + − × ÷, Math.exp and Math.round on doubles and written with toFixed, so the bytes are the same on every
// run and platform.
//
// Usage: node seeds/generate-measured.mjs           (rewrites seeds/measured-sample.csv)
//        node seeds/generate-measured.mjs --check   (exits 1 when the committed file differs)
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { emit } from "../scripts/emit.mjs";
import { mulberry32 } from "./mulberry32.mjs";

const SEED = 20221022; // issue 22, numeric indicators

// id, name, strength in 2024 (0 weakest … 1 strongest), change since 2020 (added to the 2020 strength).
const JURISDICTIONS = [
  ["ARV", "Arvenia", 0.85, 0.05],
  ["BMR", "Belmora", 0.45, 0.1],
  ["CQS", "Castequia", 0.7, 0.0],
  ["DVL", "Dravelle", 0.55, -0.1],
  ["ESK", "Eskarund", 0.6, 0.15],
  ["FNW", "Fenwarra", 0.35, 0.05],
  ["GLT", "Galtria", 0.5, 0.2],
  ["HVD", "Hovandi", 0.65, -0.05],
  ["IXL", "Ixalune", 0.3, 0.1],
  ["JRN", "Jorvannia", 0.4, -0.1],
  ["KVS", "Kovasta", 0.25, 0.05],
  ["LMR", "Lumeria", 0.75, 0.3],
  ["MZV", "Mazvoria", 0.2, 0.0],
  ["NQR", "Norquay", 0.15, 0.05],
];
const PERIODS = ["2020", "2024"];
const SOURCES = ["ministry annual report", "court statistics", "information commissioner", "budget law"];

const here = dirname(fileURLToPath(import.meta.url));
const outFile = relative(process.cwd(), join(here, "measured-sample.csv"));
const random = mulberry32(SEED);
/** Approximately standard normal: the sum of 12 uniforms minus 6. */
const noise = () => {
  let s = -6;
  for (let k = 0; k < 12; k++) s += random();
  return s;
};
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

// Each quantity from the strength s (0–1) and a noise draw; every value is written as an exact decimal.
const QUANTITIES = {
  "I.law": (s) => String(clamp(Math.round(3 * s + 0.4 * noise()), 0, 3)),
  "I.ontime": (s) => (100 * clamp(0.3 + 0.65 * s + 0.07 * noise(), 0, 1)).toFixed(1),
  "I.days": (s) => (Math.round(2 * (6 + 40 * (1 - s) * Math.exp(0.25 * noise()))) / 2).toFixed(1),
  "I.fee": (s) => (random() < 0.3 + 0.4 * s ? "0" : (5 + 30 * (1 - s) * random()).toFixed(2)),
  "P.law": (s) => String(clamp(Math.round(3 * s + 0.2 + 0.4 * noise()), 0, 3)),
  "P.hearings": (s) => String(Math.round(Math.exp(1 + 3.5 * s + 0.5 * noise()))),
  "P.online": (s) => (100 * clamp(0.1 + 0.85 * s + 0.1 * noise(), 0, 1)).toFixed(1),
  "J.law": (s) => String(clamp(Math.round(3 * s - 0.2 + 0.4 * noise()), 0, 3)),
  "J.months": (s) => (4 + 30 * (1 - s) * Math.exp(0.2 * noise())).toFixed(1),
  // Small amounts: a third written in scientific notation (1.25e-1), as statistics offices often export them.
  "J.aid": (s) => {
    const value = (0.05 + 2.5 * s * s * Math.exp(0.3 * noise())).toFixed(3);
    if (random() >= 1 / 3) return value;
    const [whole, part] = value.split(".");
    const digits = `${whole}${part}`.replace(/^0+/, "");
    const exponent = digits.length - part.length - 1;
    return `${digits[0]}.${digits.slice(1) || "0"}e${exponent}`;
  },
};

const cell = (text) => (/[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
const rows = [["entity", "entity_name", "period", "indicator", "response", "source"].join(",")];
for (const [id, name, strength, change] of JURISDICTIONS) {
  PERIODS.forEach((period, p) => {
    const s = clamp(strength - (p === 0 ? change : 0), 0, 1);
    for (const [indicator, draw] of Object.entries(QUANTITIES)) {
      const roll = random();
      // About 2 % missing as an empty cell, 1 % as "-", 1 % not applicable (quantities only).
      const na = indicator.endsWith(".law") ? "-" : "n/a";
      const response = roll < 0.02 ? "" : roll < 0.03 ? "-" : roll < 0.04 ? na : draw(s);
      const source = indicator.endsWith(".law") ? "statute review" : SOURCES[Math.floor(random() * 4)];
      rows.push([id, name, period, indicator, response, source].map(cell).join(","));
    }
  });
}
emit(outFile, `${rows.join("\n")}\n`);
