#!/usr/bin/env node
// Writes seeds/edi-2015-iso-synthetic.csv: FICTIONAL edi-2015 scores on REAL ISO 3166-1 alpha-3 codes, for
// the report's world map (see seeds/README.md). The answers describe no real country: each code gets a
// made-up strength drawn from a seeded mulberry32 stream, and every legal indicator's answer is
// round(strength − difficulty + noise), clamped to 0–3; practice indicators are left out (they do not
// count in the EDI). The codes mix large countries, small island states (shapes only at 1:50m, so the map
// marks them) and two places Natural Earth has no shape for (Tuvalu, Guadeloupe), which the report lists.
//
// Usage: node seeds/generate-iso.mjs          (rewrites the file)
//        node seeds/generate-iso.mjs --check  (exits 1 when the committed file differs)
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { emit } from "../scripts/emit.mjs";
import { mulberry32 } from "./mulberry32.mjs";

const SEED = 3166; // ISO 3166, as a number
const here = dirname(fileURLToPath(import.meta.url));
const framework = JSON.parse(readFileSync(join(here, "../data/frameworks/edi-2015.json"), "utf8"));

// Codes in code-point order. Names are ISO 3166-1 short names (data/sources/iso-3166-1.csv), some long on
// purpose, so the report's labels are tested on them.
const CODES = [
  ["ARG", "Argentina"],
  ["ATG", "Antigua and Barbuda"],
  ["BOL", "Bolivia, Plurinational State of"],
  ["BRA", "Brazil"],
  ["BRB", "Barbados"],
  ["CHL", "Chile"],
  ["COL", "Colombia"],
  ["CRI", "Costa Rica"],
  ["DMA", "Dominica"],
  ["ECU", "Ecuador"],
  ["GLP", "Guadeloupe"],
  ["GRD", "Grenada"],
  ["GTM", "Guatemala"],
  ["JAM", "Jamaica"],
  ["KNA", "Saint Kitts and Nevis"],
  ["LCA", "Saint Lucia"],
  ["MEX", "Mexico"],
  ["PAN", "Panama"],
  ["PER", "Peru"],
  ["PRY", "Paraguay"],
  ["TTO", "Trinidad and Tobago"],
  ["TUV", "Tuvalu"],
  ["URY", "Uruguay"],
  ["VCT", "Saint Vincent and the Grenadines"],
  ["VEN", "Venezuela, Bolivarian Republic of"],
];

const random = mulberry32(SEED);
/** Approximately standard normal (Irwin–Hall: 12 uniforms − 6): only + and −, the same on every platform. */
const normal = () => {
  let sum = 0;
  for (let k = 0; k < 12; k++) sum += random();
  return sum - 6;
};
const legal = framework.nodes.filter((n) => n.level === "indicator" && n.kind === "legal");
const difficulty = legal.map(() => -0.6 + 1.4 * random());
const rows = ["entity,entity_name,period,indicator,response,comment"];
for (const [code, name] of CODES) {
  const strength = 0.2 + 2.6 * random();
  const entityName = /[",]/.test(name) ? `"${name}"` : name;
  legal.forEach((indicator, i) => {
    const answer = Math.min(3, Math.max(0, Math.round(strength - difficulty[i] + 0.5 * normal())));
    rows.push(`${code},${entityName},2024,${indicator.id},${answer},synthetic`);
  });
}
emit(relative(process.cwd(), join(here, "edi-2015-iso-synthetic.csv")), `${rows.join("\n")}\n`);
