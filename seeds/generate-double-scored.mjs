#!/usr/bin/env node
// Writes seeds/edi-2015-double-scored.csv: the single-assessor sample (seeds/edi-2015-sample.csv) scored
// twice, as the EDI was — two lawyers per jurisdiction, `lawyer-1-<entity>` and `lawyer-2-<entity>`, the same
// two for both periods. See seeds/README.md.
//
// Method: lawyer 1 gives the sample's answer (its exact text, source and comment). Lawyer 2 mostly agrees:
// on a level of the scale she moves one step with probability 0.12 and two steps with probability 0.02 (the
// direction is a coin flip, reversed when it would leave the scale; on a three-level scale a two-step move from
// the middle becomes one step); she writes level codes ("2"), never labels. Where lawyer 1 said "not
// applicable" she agrees with probability 0.85, where the answer is missing ("-" or empty) with probability
// 0.7; otherwise she gives a level drawn uniformly. Each lawyer cites a source (one of four kinds) for most
// answers: lawyer 1 keeps the sample's source, or else cites one with probability 0.8; lawyer 2 cites one with
// probability 0.85. Rows come in pairs (lawyer 1, then lawyer 2) in the sample's order.
//
// Randomness comes only from mulberry32 (Tommy Ettinger's 32-bit PRNG, the generator of seeds/generate.mjs)
// seeded with SEED below, so the output is byte-identical on every run and platform.
//
// Usage: node seeds/generate-double-scored.mjs           (rewrites seeds/edi-2015-double-scored.csv)
//        node seeds/generate-double-scored.mjs --check   (exits 1 when the committed file differs)
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { emit } from "../scripts/emit.mjs";
import { mulberry32 } from "./mulberry32.mjs";

const SEED = 20140601; // the EDI's assessments were made in 2014
const P_ONE_STEP = 0.12;
const P_TWO_STEPS = 0.02;
const P_AGREE_NOT_APPLICABLE = 0.85;
const P_AGREE_MISSING = 0.7;
const P_CITE_1 = 0.8;
const P_CITE_2 = 0.85;
const SOURCES = ["statute review", "national gazette", "case law database", "ministry regulations"];

const here = dirname(fileURLToPath(import.meta.url));
const framework = JSON.parse(readFileSync(join(here, "../data/frameworks/edi-2015.json"), "utf8"));
const sample = parse(readFileSync(join(here, "edi-2015-sample.csv"), "utf8"), { columns: true });
const outFile = relative(process.cwd(), join(here, "edi-2015-double-scored.csv"));

const random = mulberry32(SEED);
const pick = (list) => list[Math.floor(random() * list.length)];

// Each indicator's scale: its level codes and the tokens that mean "not applicable".
const scales = new Map(framework.scales.map((s) => [s.id, s]));
const scaleOf = new Map(framework.nodes.filter((n) => n.level === "indicator").map((n) => [n.id, scales.get(n.scale)]));
const lower = (text) => text.trim().toLowerCase();

/** The level index an answer names, or "n/a" / "missing". */
function meaning(scale, response) {
  const token = lower(response);
  const level = scale.levels.findIndex((l) => lower(l.code) === token || lower(l.label) === token);
  if (level >= 0) return level;
  if ((scale.notApplicable ?? ["n/a", "na", "not applicable"]).some((t) => lower(t) === token)) return "n/a";
  return "missing";
}

/** Lawyer 2's answer to a cell lawyer 1 answered with `response`. */
function secondAnswer(scale, response) {
  const levels = scale.levels.length;
  const first = meaning(scale, response);
  const anyLevel = () => scale.levels[Math.floor(random() * levels)].code;
  if (first === "n/a") return random() < P_AGREE_NOT_APPLICABLE ? response : anyLevel();
  if (first === "missing") return random() < P_AGREE_MISSING ? response : anyLevel();
  const roll = random();
  const up = random() < 0.5;
  let steps = roll < P_TWO_STEPS ? 2 : roll < P_TWO_STEPS + P_ONE_STEP ? 1 : 0;
  if (steps === 2 && first - 2 < 0 && first + 2 >= levels) steps = 1;
  let level = first + (up ? steps : -steps);
  if (level < 0 || level >= levels) level = first - (up ? steps : -steps);
  return scale.levels[level].code;
}

/** RFC 4180 quoting for the few cells that need it (comments with commas or quotes). */
const cell = (text) => (/[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
const COLUMNS = ["entity", "entity_name", "period", "indicator", "response", "assessor", "source", "comment"];

const rows = [COLUMNS.join(",")];
for (const row of sample) {
  const scale = scaleOf.get(row.indicator);
  const source1 = row.source !== "" ? row.source : random() < P_CITE_1 ? pick(SOURCES) : "";
  const response2 = secondAnswer(scale, row.response);
  const source2 = random() < P_CITE_2 ? pick(SOURCES) : "";
  const first = { ...row, assessor: `lawyer-1-${row.entity}`, source: source1 };
  const second = { ...row, response: response2, assessor: `lawyer-2-${row.entity}`, source: source2, comment: "" };
  for (const r of [first, second]) rows.push(COLUMNS.map((c) => cell(r[c])).join(","));
}
emit(outFile, `${rows.join("\n")}\n`);
