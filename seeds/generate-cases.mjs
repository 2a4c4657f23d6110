#!/usr/bin/env node
// Writes the case-based seed of p10-2026 (1.1.0's indicators, then those added in 1.2.0) (see seeds/README.md), deterministic like seeds/generate.mjs:
// - seeds/p10-2026-cases.csv: the fourteen fictional jurisdictions in 2025; legal answers as in
//   p10-2026-sample.csv, practice answered through cases (one row per case, with its case id);
// - seeds/p10-2026-cases.cases.csv: the case register those rows refer to (found by p10 beside the CSV);
// - seeds/p10-2026-cases-broken.csv and .cases.csv: a small file with one of each case problem planted.
// Planted in the valid seed: KVS has two cases for P8.1, which needs three (too few: P8.1 is missing);
// DVL's P6.1 has a 2019 case outside its three-year window (listed, not counted); MZV's P16.1 cases all say
// "no", so P20.2 and P20.3 are not applicable for it (the conditional rule); LMR says "yes" to PDEF.3 with
// cases that name no source (flagged by the evidence rule).
// Randomness: one mulberry32 stream seeded with 20260605, only + − × ÷ and Math.floor on doubles.
//
// Usage: node seeds/generate-cases.mjs [--check]
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { emit } from "../scripts/emit.mjs";
import { mulberry32 } from "./mulberry32.mjs";

const here = dirname(fileURLToPath(import.meta.url));
// The indicators of p10-2026 1.1.0 are drawn from the first stream, in that version's order, so their rows and
// cases stay byte for byte; those added since (1.2.0) come from a second stream and are appended after them.
let random = mulberry32(20260605);
const ADDED_SEED = 20261207;
const pick = (list) => list[Math.floor(random() * list.length)];
const framework = JSON.parse(readFileSync(join(here, "../data/frameworks/p10-2026.json"), "utf8"));
const PERIOD = "2025";

// The p10 sample's answers: legal rows are copied, practice answers are the level around which cases vary.
const sampleRows = readFileSync(join(here, "p10-2026-sample.csv"), "utf8").trimEnd().split("\n").slice(1);
const sample = new Map();
const names = new Map();
const assessors = new Map();
for (const line of sampleRows) {
  // The sample's cells hold no delimiter except in the comment column, which comes last.
  const [entity, name, , indicator, response, assessor, source] = line.split(",");
  sample.set(`${entity} ${indicator}`, { response, source });
  names.set(entity, name);
  assessors.set(entity, assessor);
}
const CODE_OF = { No: "0", Limited: "1", Yes: "2" };
const entities = [...names.keys()];
const v110 = JSON.parse(readFileSync(join(here, "../data/frameworks/p10-2026-1.1.0.json"), "utf8"));
const indicators = v110.nodes.filter((n) => n.level === "indicator");
const known = new Set(indicators.map((n) => n.id));
const added = framework.nodes.filter((n) => n.level === "indicator" && !known.has(n.id));
// The case designs are the current framework's (those of the 1.1.0 indicators are unchanged).
const current = new Map(framework.nodes.map((n) => [n.id, n]));

const TITLES = {
  request: ["Request for a factory's emission permit", "Request for water-quality records", "Request for an EIA file"],
  monitoring: ["Daily air-quality bulletins", "Drinking-water quality reports", "River monitoring network"],
  facility: ["Cement plant compliance record", "Tannery discharge reports", "Refinery emission data"],
  publication: ["State-of-the-environment report", "Guide to court procedures", "Annual environment statistics"],
  emergency: ["Chemical spill at the river port", "Chlorine leak at a water works", "Severe smog episode"],
  training: ["National training course", "Regional workshop series", "Online training programme"],
  outreach: ["Right-to-know campaign", "School programme on environmental rights", "Community radio series"],
  project: ["Hydropower dam EIA", "Open-pit mine permit", "Coastal highway approval", "Forest concession award"],
  policy: ["National climate policy", "Water strategy"],
  plan: ["Regional land-use plan", "Air-quality plan"],
  regulation: ["Draft waste regulation"],
  complaint: ["Complaint over a refused request", "Appeal to the information commissioner"],
  litigation: ["Residents v. smelter", "NGO v. Ministry (mine permit)", "Fishers v. port authority"],
  enforcement: ["Closure order against a quarry", "Fine against a chemical plant"],
  mediation: ["Mediated settlement over a landfill"],
  attack: ["Assault on a community leader"],
  threat: ["Threats against river defenders"],
  lawsuit: ["Defamation suit against an NGO"],
  detention: ["Arrest of protesters at a mine site"],
  "protection-request": ["Request for protective measures"],
};
const SOURCE_KINDS = ["ministry file", "court record", "newspaper report", "NGO report", "official gazette"];

/** A date inside the window of `years` before the end of 2025: year, month and day drawn, day ≤ 28. */
function dateIn(years) {
  const year = 2025 - Math.floor(random() * years);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
/** The end of a case starting on `start`: up to two months later within the same year. */
function endOf(start) {
  const month = Math.min(12, Number(start.slice(5, 7)) + Math.floor(random() * 3));
  return `${start.slice(0, 4)}-${String(month).padStart(2, "0")}-28`;
}
const around = (code) => {
  const r = random();
  const shifted = Number(code) + (r < 0.2 ? -1 : r > 0.8 ? 1 : 0);
  return String(Math.min(2, Math.max(0, shifted)));
};
const cell = (text) => (/[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

const answers = [["entity", "entity_name", "period", "indicator", "case", "response", "assessor", "source"]];
const register = [["entity", "period", "case", "type", "title", "start", "end", "sources"]];
function writeEntity(entity, list) {
  const name = names.get(entity);
  const assessor = assessors.get(entity);
  for (const ind of list.map((n) => current.get(n.id))) {
    const given = sample.get(`${entity} ${ind.id}`);
    if (ind.kind === "legal" || ind.cases === undefined) {
      answers.push([entity, name, PERIOD, ind.id, "", given.response, assessor, given.source]);
      continue;
    }
    const code = CODE_OF[given.response] ?? given.response;
    if (!["0", "1", "2"].includes(code)) {
      // Not applicable or missing in the sample: a direct answer, no cases.
      answers.push([entity, name, PERIOD, ind.id, "", given.response, assessor, ""]);
      continue;
    }
    const { types, lookBackYears, min } = ind.cases;
    let count = min + (random() < 0.4 ? 1 : 0);
    if (entity === "KVS" && ind.id === "P8.1") count = min - 1;
    for (let k = 1; k <= count; k++) {
      const type = pick(types);
      const id = `${ind.id}-${k}`;
      let start = dateIn(lookBackYears);
      let end = type === "monitoring" ? "" : endOf(start);
      let response = around(code);
      if (entity === "MZV" && ind.id === "P16.1") response = "0";
      if (entity === "DVL" && ind.id === "P6.1" && k === 1) {
        start = "2019-04-02";
        end = "2019-04-20";
      }
      const sources =
        entity === "LMR" && ind.id === "PDEF.3"
          ? ""
          : [`${pick(SOURCE_KINDS)} ${entity}-${id}`, ...(random() < 0.3 ? [`https://example.org/${entity.toLowerCase()}/${id}`] : [])].join(" | ");
      if (entity === "LMR" && ind.id === "PDEF.3") response = "2";
      register.push([entity, PERIOD, id, type, pick(TITLES[type]), start, end, sources]);
      answers.push([entity, name, PERIOD, ind.id, id, response, assessor, ""]);
    }
  }
}
for (const entity of entities) writeEntity(entity, indicators);
random = mulberry32(ADDED_SEED);
for (const entity of entities) writeEntity(entity, added);

const csv = (rows) => `${rows.map((r) => r.map(cell).join(",")).join("\n")}\n`;

// The broken seed: each line after the header plants one problem (see seeds/README.md).
const BROKEN_REGISTER = [
  "entity,period,case,type,title,start,end,sources",
  "ARV,2025,E1,emergency,Chemical spill,2025-03-01,2025-03-10,ministry file",
  "ARV,2025,E2,emergency,Old flood,2018-05-01,2018-05-30,newspaper report",
  "ARV,2025,PR1,project,Dam EIA,2024-01-10,2024-06-30,EIA register",
  "ARV,2025,PR1,project,Dam EIA (again),2024-01-10,2024-06-30,EIA register",
  "ARV,2025,L1,litigation,NGO v. Ministry,2024-02-30,,court record",
  "BMR,2025,E1,emergency,Gas leak,2025-07-01,2025-06-01,ministry file",
];
const BROKEN_ANSWERS = [
  "entity,period,indicator,case,response,source",
  "ARV,2025,P6.1,E1,2,",
  "ARV,2025,P6.1,E2,0,",
  "ARV,2025,P6.1,NOPE,1,",
  "ARV,2025,P8.1,E1,2,",
  "ARV,2025,1.1,E1,3,",
  "ARV,2025,P6.1,E1,1,",
  "ARV,2025,P9.1,PR1,2,",
  "ARV,2025,P9.1,,1,",
  "ARV,2025,P6.1,E9,5,",
];

emit(relative(process.cwd(), join(here, "p10-2026-cases.csv")), csv(answers));
emit(relative(process.cwd(), join(here, "p10-2026-cases.cases.csv")), csv(register));
emit(relative(process.cwd(), join(here, "p10-2026-cases-broken.csv")), `${BROKEN_ANSWERS.join("\n")}\n`);
emit(relative(process.cwd(), join(here, "p10-2026-cases-broken.cases.csv")), `${BROKEN_REGISTER.join("\n")}\n`);
