// Generates data/frameworks/edi-2015.json from data/sources/edi-2015-indicators.csv (the project's fact base
// for EDI 2015: ids, guideline membership, pillars, short titles in this project's words).
// Run: node scripts/make-edi-framework.mjs. The output is committed; tests check it against the source.
import { readFileSync } from "node:fs";
import { emit } from "./emit.mjs";
import { parse } from "csv-parse/sync";

const rows = parse(readFileSync("data/sources/edi-2015-indicators.csv"), { columns: true, bom: true });
// The EDI's own names and practice questions, as the QoG Environmental Indicators codebook (September 2021,
// updated August 2023) §3.30 quotes them, with section and printed page (see data/sources/README.md).
const qog = parse(readFileSync("data/sources/edi-2015-qog-codebook.csv"), { columns: true, bom: true });
const qogText = new Map(qog.map((r) => [`${r.kind} ${r.id}`, r.text]));
// The EDI site calls its first pillar "Transparency" (the codebook: "Access to Information Pillar Score").
const EDI_PILLAR_NAMES = { information: "Transparency", participation: "Participation", justice: "Justice" };

const VERSION = "1.1.0";
// 1.0.0, with this project's paraphrases of the practice questions and no EDI names, is kept byte for byte as
// data/frameworks/edi-2015-1.0.0.json and bridged by data/crosswalks/edi-2015-1.0.0_to_edi-2015-1.1.0.json.
const PREVIOUS = JSON.parse(readFileSync("data/frameworks/edi-2015-1.0.0.json", "utf8"));

// Article-level map of each Bali guideline to the Aarhus Convention and the Escazú Agreement, following the
// article map in DOMAIN.md (Aarhus 4 request, 5 dissemination, 6–8 participation, 9(1)–9(5) justice;
// Escazú 5 request, 6 dissemination, 7 participation, 8 justice). Paragraph choices are this project's reading.
const ARTICLES = {
  1: [["4"], ["5"]],
  2: [["5"], ["6"]],
  3: [["4"], ["5"]],
  4: [["5"], ["6"]],
  5: [["5"], ["6"]],
  6: [["5"], ["6"]],
  8: [["6"], ["7"]],
  9: [["6", "7"], ["7"]],
  10: [["6"], ["7"]],
  11: [["6"], ["7"]],
  12: [["6"], ["7"]],
  13: [["7", "8"], ["7"]],
  15: [["9(1)"], ["8"]],
  16: [["9(2)"], ["8"]],
  17: [["9(3)"], ["8"]],
  18: [["9(2)", "9(3)"], ["8"]],
  19: [["9(4)"], ["8"]],
  20: [["9(4)", "9(5)"], ["8"]],
  21: [["9(4)"], ["8"]],
  22: [["9(4)"], ["8"]],
  23: [["9(5)"], ["8"]],
  24: [["9(4)"], ["8"]],
  26: [[], ["8"]],
};

const PILLARS = {
  information: [
    "Access to information",
    "Whether the law gives the public access to environmental information, on request and proactively.",
  ],
  participation: [
    "Public participation",
    "Whether the law lets the public take part early and meaningfully in environmental decisions.",
  ],
  justice: [
    "Access to justice",
    "Whether the law lets the public challenge environmental decisions, acts and omissions and obtain remedies.",
  ],
};

const GUIDANCE = {
  strength: {
    0: "The law makes no such provision.",
    1: "A provision exists but is weak, or leaves significant discretion to the government.",
    2: "The provision is moderately strong: it covers most of what good practice asks, with some gaps.",
    3: "The provision meets accepted good practice.",
  },
  extent: {
    0: "No provision covers any of the decision types (impact assessment, pollution permits, forest concessions, extractive industries, protected areas, policy-making).",
    1: "The provision covers only a few of those decision types, or leaves wide discretion.",
    2: "The provision covers most but not all of those decision types.",
    3: "The provision covers every one of those decision types, in line with good practice.",
  },
  practice: {
    0: "No: there is no evidence that this happened in the period assessed.",
    1: "Limited: it happened, but rarely, partly, or with significant shortfalls.",
    2: "Yes: it happened, and the evidence shows it.",
  },
};

const lower = (s) => s.charAt(0).toLowerCase() + s.slice(1);
// Legal questions are this project's paraphrases; practice questions are the EDI's own (since 1.1.0: the
// paraphrases of 1.0.0 dropped conditions such as look-back windows and "the three most recent" projects).
const question = (r) => {
  if (r.kind === "practice") {
    const own = qogText.get(`practice ${r.id}`);
    if (own === undefined) throw new Error(`no EDI wording for practice indicator ${r.id}`);
    return own;
  }
  return r.measures === "extent"
    ? `Across the decision types it should cover, how fully does the law provide this: ${lower(r.title)}?`
    : `How strongly does the law provide this: ${lower(r.title)}?`;
};

const nodes = [
  {
    id: "edi",
    level: "index",
    title: "Environmental Democracy Index",
    description:
      "Equal-weight mean of the three pillars; each pillar the mean of its guidelines; each guideline the mean of its legal indicators.",
  },
];
for (const [id, [title, description]] of Object.entries(PILLARS))
  nodes.push({ id, level: "pillar", parent: "edi", title, description, sourceTitle: EDI_PILLAR_NAMES[id] });
const seenGroups = new Set();
for (const r of rows) {
  const g = Number(r.guideline);
  const [aarhus, escazu] = ARTICLES[g];
  const references = { bali: [g], aarhus, escazu };
  if (!seenGroups.has(g)) {
    seenGroups.add(g);
    nodes.push({
      id: `G${g}`,
      level: "group",
      parent: r.pillar,
      title: r.guideline_title,
      description: `Bali Guideline ${g}.`,
      references,
      sourceTitle: qogText.get(`guideline G${g}`),
    });
  }
  nodes.push({
    id: r.id,
    level: "indicator",
    parent: `G${g}`,
    kind: r.kind,
    title: r.title,
    question: question(r),
    guidance: GUIDANCE[r.measures],
    scale: r.kind === "legal" ? "edi-legal" : "edi-practice",
    scored: r.kind === "legal",
    measures: r.measures,
    references,
  });
}

const framework = {
  $schema: "../schema/framework.schema.json",
  id: "edi-2015",
  version: VERSION,
  title: "Environmental Democracy Index (2015)",
  description:
    "The structure of the Environmental Democracy Index published by the World Resources Institute and The Access Initiative in 2015: 75 legal indicators under 23 of the 26 UNEP Bali Guidelines (7, 14 and 25 are not covered), in three pillars, scored 0–3; and 24 practice indicators scored no/limited/yes that are reported but do not enter any score. Titles, legal questions and guidance are this project's summaries, not the official wording: WRI's 2015 technical note (Worker and De Silva) holds the official scoring criteria. Practice questions and sourceTitle names are the EDI's own (QoG codebook §3.30; since 1.1.0, same scores as 1.0.0). Aarhus and Escazú references are given at article level and are this project's reading.",
  source:
    "Indicator ids, guideline membership, pillars, names and practice questions: the Quality of Government Institute's Environmental Indicators codebook (2021, updated 2023), section 3.30 'The Environmental Democracy Index', pp. 230–250; scales and the treatment of practice indicators: the EDI site's 'Indicators and Scoring'.",
  scales: [
    {
      id: "edi-legal",
      title: "EDI legal indicator (0–3)",
      levels: [
        { code: "0", label: "No provision", value: "0" },
        { code: "1", label: "Weak", value: "1" },
        { code: "2", label: "Moderate", value: "2" },
        { code: "3", label: "Good practice", value: "3" },
      ],
      notApplicable: ["n/a", "na", "not applicable"],
      missing: ["-", "missing", "unknown"],
    },
    {
      id: "edi-practice",
      title: "EDI practice indicator (no / limited / yes)",
      levels: [
        { code: "0", label: "No", value: "0" },
        { code: "1", label: "Limited", value: "1" },
        { code: "2", label: "Yes", value: "2" },
      ],
      notApplicable: ["n/a", "na", "not applicable"],
      missing: ["-", "missing", "unknown"],
    },
  ],
  nodes,
};
// The crosswalk from 1.0.0: the same ids, kinds, groups and answer codes; only words changed.
const previousIds = PREVIOUS.nodes.filter((n) => n.level === "indicator").map((n) => n.id);
const ids = new Set(nodes.filter((n) => n.level === "indicator").map((n) => n.id));
for (const id of previousIds) if (!ids.has(id)) throw new Error(`1.0.0 indicator ${id} was dropped`);
const versionCrosswalk = {
  id: `edi-2015-${PREVIOUS.version}_to_edi-2015-${VERSION}`,
  description: `Maps every indicator of edi-2015 ${PREVIOUS.version} to the same id in ${VERSION}: ids, kinds, groups, scales and answer codes are kept, and scores are identical. ${VERSION} restores the EDI's own practice question wording (the ${PREVIOUS.version} paraphrases dropped conditions such as look-back windows and "the three most recent" projects) and records the EDI's pillar and guideline names, from the QoG Environmental Indicators codebook §3.30.`,
  from: { framework: "edi-2015", version: PREVIOUS.version },
  to: { framework: "edi-2015", version: VERSION },
  map: Object.fromEntries(previousIds.map((id) => [id, id])),
};

emit("data/frameworks/edi-2015.json", `${JSON.stringify(framework, null, 2)}\n`);
emit(
  `data/crosswalks/edi-2015-${PREVIOUS.version}_to_edi-2015-${VERSION}.json`,
  `${JSON.stringify(versionCrosswalk, null, 2)}\n`,
);
