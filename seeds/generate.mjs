#!/usr/bin/env node
// Writes two synthetic, deterministic assessments of the same 14 fictional jurisdictions (see seeds/README.md):
// - seeds/edi-2015-sample.csv: 2014 and 2024, every indicator of the bundled edi-2015 framework;
// - seeds/p10-2026-sample.csv: 2025, every indicator of the bundled p10-2026 framework, where law and
//   practice diverge for some jurisdictions (an implementation gap per jurisdiction).
//
// Method: each jurisdiction has a latent strength (0–3 scale), an offset per pillar, and a change from 2014
// to 2024; each indicator has a difficulty. A legal answer is round(strength + pillar offset + change −
// difficulty + noise), clamped to 0–3. In the EDI sample, practice answers (no / limited / yes) follow the
// information-pillar strength; in the p10 sample they follow the legal latent of their own pillar minus the
// jurisdiction's implementation gap, on 0–2. A few answers are "n/a", "-" (missing) or left empty (missing).
// Randomness comes only from seeded mulberry32 generators (Tommy Ettinger's 32-bit PRNG), one per file, so
// the output is byte-identical on every run and the EDI file does not depend on the p10 one.
//
// Usage: node seeds/generate.mjs            (rewrites both files)
//        node seeds/generate.mjs --check    (exits 1 when a committed file differs)
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { emit } from "../scripts/emit.mjs";
import { mulberry32 } from "./mulberry32.mjs";

const SEED = 20150527; // the EDI's launch date, as a number
const P10_SEED = 20260605; // World Environment Day 2026, as a number
const here = dirname(fileURLToPath(import.meta.url));
const readFramework = (id) => JSON.parse(readFileSync(join(here, `../data/frameworks/${id}.json`), "utf8"));

/** The draws a sample needs, all from one seeded mulberry32 stream. */
function draws(seed) {
  const random = mulberry32(seed);
  return {
    random,
    uniform: (lo, hi) => lo + (hi - lo) * random(),
    /**
     * An approximately normal deviate with mean 0 and variance 1 (Irwin–Hall: the sum of 12 uniforms minus
     * 6). Only + and − on doubles, so the result is the same on every platform (no Math.log or Math.cos).
     */
    normal: () => {
      let sum = 0;
      for (let k = 0; k < 12; k++) sum += random();
      return sum - 6;
    },
    pick: (list) => list[Math.floor(random() * list.length)],
  };
}

// Fictional jurisdictions: id, name, 2014 strength, pillar offsets [information, participation, justice],
// change by 2024, and (p10 sample only) the implementation gap: how far practice lags the law, on the 0–3
// latent scale (negative: practice ahead of the law). Ids avoid ISO 3166 alpha-3 codes.
const JURISDICTIONS = [
  ["ARV", "Arvenia", 2.4, [0.3, 0.1, -0.2], 0.2, 0.1],
  ["BMR", "Belmora", 2.1, [-0.1, 0.4, 0.0], 0.3, 1.5],
  ["CQS", "Castequia", 1.8, [0.5, -0.4, -0.1], 0.4, 0.0],
  ["DVL", "Dravelle", 1.6, [0.0, 0.0, 0.3], -0.3, -0.6],
  ["ESK", "Eskarund", 1.5, [0.6, -0.2, -0.5], 0.6, 1.1],
  ["FNW", "Fenwarra", 1.3, [-0.3, 0.5, 0.1], 0.1, 0.2],
  ["GLT", "Galtria", 1.2, [0.2, 0.2, -0.6], 0.5, 1.3],
  ["HVD", "Hovandi", 1.0, [0.4, -0.3, 0.0], 0.0, 0.0],
  ["IXL", "Ixalune", 0.9, [-0.2, 0.1, 0.4], 0.7, 0.8],
  ["JRN", "Jorvannia", 0.8, [0.3, -0.5, 0.2], -0.2, -0.4],
  ["KVS", "Kovasta", 0.6, [0.0, 0.3, -0.3], 0.4, 0.3],
  ["LMR", "Lumeria", 0.5, [0.5, 0.0, -0.4], 0.9, 1.0],
  ["MZV", "Mazvoria", 0.4, [-0.1, -0.2, 0.3], 0.1, 0.0],
  ["NQR", "Norquay", 0.3, [0.2, 0.1, -0.1], 0.3, -0.5],
];
const ASSESSORS = ["A. Lindqvist", "B. Okoro", "C. Ruiz", "D. Haddad", "E. Tanaka", "F. Mbeki", "G. Novak"];
const SOURCES = ["statute review", "national gazette", "case law database", "ministry regulations"];
const COMMENTS = [
  "provision covers EIA and pollution permits only",
  'the law says "may", not "shall"',
  "fees apply; waived for NGOs",
  "draft amendment pending; not in force",
  "applies to national authorities; regional ones not covered",
];
const PILLARS = ["information", "participation", "justice"];
const HEADER = ["entity", "entity_name", "period", "indicator", "response", "assessor", "source", "comment"];

/** Indicators in file order, each with its pillar (0–2), kind, scale and a difficulty drawn from `d`. */
function indicatorsOf(framework, d) {
  const pillarOfGroup = new Map(framework.nodes.filter((n) => n.level === "group").map((n) => [n.id, n.parent]));
  const scales = new Map(framework.scales.map((s) => [s.id, s]));
  return framework.nodes
    .filter((n) => n.level === "indicator")
    .map((n) => ({
      id: n.id,
      kind: n.kind,
      scale: scales.get(n.scale),
      pillar: PILLARS.indexOf(pillarOfGroup.get(n.parent)),
      difficulty: d.uniform(-0.6, 0.8),
    }));
}

/** RFC 4180 quoting for the few cells that need it (comments with commas or quotes). */
const cell = (text) => (/[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * One sample file. `answer(jurisdiction, p, indicator)` gives a non-empty response; around it, the shared
 * draws decide not-applicable and missing answers, the assessor (unless `assessorOf` names it, per entity
 * id, to continue a file), the source and the comment.
 */
function sample(d, periods, indicators, answer, assessorOf = () => d.pick(ASSESSORS)) {
  const rows = [HEADER.join(",")];
  for (const j of JURISDICTIONS) {
    const [id, name] = j;
    periods.forEach((period, p) => {
      const assessor = assessorOf(id);
      for (const ind of indicators) {
        const roll = d.random();
        let response;
        if (roll < 0.012) response = d.pick(["n/a", "N/A", "not applicable"]);
        else if (roll < 0.03) response = "-";
        else if (roll < 0.04) response = "";
        else response = answer(j, p, ind);
        const source = d.random() < 0.3 ? d.pick(SOURCES) : "";
        const comment = d.random() < 0.04 ? d.pick(COMMENTS) : "";
        rows.push([id, name, period, ind.id, response, assessor, source, comment].map(cell).join(","));
      }
    });
  }
  return `${rows.join("\n")}\n`;
}

const clamp = (x, hi) => Math.min(hi, Math.max(0, Math.round(x)));

// edi-2015, 2014 and 2024: legal answers from the pillar's strength, practice from the information pillar's.
function ediSample() {
  const d = draws(SEED);
  const indicators = indicatorsOf(readFramework("edi-2015"), d);
  return sample(d, ["2014", "2024"], indicators, ([, , strength, offsets, change], p, ind) => {
    const base = strength + p * change;
    if (ind.kind === "legal") return String(clamp(base + offsets[ind.pillar] - ind.difficulty + 0.45 * d.normal(), 3));
    const level = clamp((base + offsets[0]) / 1.5 - 0.3 + 0.5 * d.normal(), 2);
    return d.random() < 0.5 ? String(level) : ["No", "Limited", "Yes"][level];
  });
}

// p10-2026, 2025: the jurisdictions as of 2024 (strength + change). Practice follows the legal latent of its
// own pillar minus the implementation gap, mapped from 0–3 to 0–2; the level is the one whose value is that
// number, so P20.2's reversed scale (yes = 0) is answered the right way round.
// The indicators of p10-2026 1.1.0 are drawn, in that version's order, from the P10_SEED stream, so their
// rows stay byte for byte what they were; the indicators added since (1.2.0) are drawn from their own stream
// (P10_ADDED_SEED) and appended after them, jurisdiction by jurisdiction, with the same assessors.
const P10_ADDED_SEED = 20261207; // the day 1.2.0 was written, as a number
function p10Sample() {
  const p10Answer =
    (d) =>
    ([, , strength, offsets, change, gap], _p, ind) => {
      const latent = strength + change + offsets[ind.pillar] - ind.difficulty;
      if (ind.kind === "legal") return String(clamp(latent + 0.45 * d.normal(), 3));
      const value = String(clamp(((latent - gap) * 2) / 3 + 0.4 * d.normal(), 2));
      const level = ind.scale.levels.find((l) => l.value === value);
      return d.random() < 0.5 ? level.code : level.label;
    };
  const d = draws(P10_SEED);
  const v110 = indicatorsOf(readFramework("p10-2026-1.1.0"), d);
  const kept = sample(d, ["2025"], v110, p10Answer(d));
  const known = new Set(v110.map((ind) => ind.id));
  const a = draws(P10_ADDED_SEED);
  const added = indicatorsOf(readFramework("p10-2026"), a).filter((ind) => !known.has(ind.id));
  if (added.length === 0) return kept;
  const assessors = new Map(kept.split("\n").map((line) => [line.slice(0, 3), line.split(",")[5]]));
  const extra = sample(a, ["2025"], added, p10Answer(a), (id) => assessors.get(id));
  return kept + extra.slice(extra.indexOf("\n") + 1);
}

const outputs = [
  ["edi-2015-sample.csv", ediSample()],
  ["p10-2026-sample.csv", p10Sample()],
];
for (const [name, text] of outputs) emit(relative(process.cwd(), join(here, name)), text);
