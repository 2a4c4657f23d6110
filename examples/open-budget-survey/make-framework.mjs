// Writes obs-2015.framework.json from IBP's own questionnaire in its download: the question texts and answer
// options of ibp_data_questions_2015.csv and the groupings of ibp_data_groupings_2015.csv. Run once, by hand:
//
//   node examples/open-budget-survey/make-framework.mjs path/to/ibp_data_csv_2015.zip
//
// The four measures of the 2015 survey are four roots of one framework: the Open Budget Index (its 109
// questions, grouped by the eight key budget documents they rate), the strength of the legislature
// (questions 103–113), of the supreme audit institution (115–118) and public participation (114, 119–133).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ibpDownload } from "./ibp-download.mjs";

const DOCUMENTS = [
  ["pbs", "Pre-Budget Statement"],
  ["ebp", "Executive's Budget Proposal"],
  ["eb", "Enacted Budget"],
  ["cb", "Citizens Budget"],
  ["iyr", "In-Year Reports"],
  ["myr", "Mid-Year Review"],
  ["yer", "Year-End Report"],
  ["ar", "Audit Report"],
];
const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
export const OVERSIGHT = {
  leg: ["Strength of the legislature", range(103, 113)],
  sai: ["Strength of the supreme audit institution", range(115, 118)],
  pp: ["Public participation in the budget process", ["114", ...range(119, 133)]],
};

/** The indicator id of an IBP question number: "1" → "Q1"; the timeliness questions keep theirs ("t3pbs"). */
export const indicatorId = (number) => (/^\d+$/.test(number) ? `Q${number}` : number);

export function makeFramework(read) {
  const questions = new Map(read("questions").map((q) => [q.NUMBER, q]));
  const groupings = read("groupings");
  const clean = (s) => s.replace(/\s+/g, " ").trim();
  const indicator = (number, parent) => {
    const q = questions.get(number);
    if (q === undefined) throw new Error(`question ${number} is not in ibp_data_questions_2015.csv`);
    // Questions with two answers (yes / no) use IBP's letters a and d; the others a to d. e is not applicable.
    const yesNo = q.D === "";
    const guidance = yesNo
      ? { a: clean(q.A), d: clean(q.B) }
      : { a: clean(q.A), b: clean(q.B), c: clean(q.C), d: clean(q.D) };
    return {
      id: indicatorId(number),
      level: "indicator",
      parent,
      kind: "practice",
      title: `Question ${number}`,
      question: clean(q.TEXT),
      guidance,
      scale: yesNo ? "ad" : "abcd",
    };
  };
  const nodes = [
    {
      id: "obi",
      level: "index",
      title: "Open Budget Index",
      description:
        "The mean of the 109 questions on the public availability and comprehensiveness of eight key budget documents.",
    },
  ];
  for (const [id, title] of DOCUMENTS) {
    nodes.push({ id, level: "pillar", parent: "obi", title });
    for (const g of groupings) if (g.GROUP === title) nodes.push(indicator(g.QUESTION, id));
  }
  for (const [id, [title, numbers]] of Object.entries(OVERSIGHT)) {
    nodes.push({ id, level: "index", title });
    for (const n of numbers) nodes.push(indicator(n, id));
  }
  const na = ["e"];
  return {
    $schema: "../../data/schema/framework.schema.json",
    id: "obs-2015",
    version: "2015",
    title: "Open Budget Survey 2015",
    description:
      "The International Budget Partnership's Open Budget Survey 2015: the Open Budget Index and the survey's measures of legislative and audit oversight and of public participation, as four indices over one questionnaire.",
    source:
      "International Budget Partnership, Open Budget Survey 2015 questionnaire: question texts and answer options as published in ibp_data_csv_2015.zip (Open Budget Survey Data Explorer, github.com/hdurand/open-budget-survey, commit a8dc258, app/assets/downloads/); the grouping of questions by document and measure from ibp_data_groupings_2015.csv.",
    scales: [
      {
        id: "abcd",
        title: "IBP's answers a–d (a = 100, b = 67, c = 33, d = 0); e = not applicable/other",
        levels: [
          { code: "d", label: "d", value: "0" },
          { code: "c", label: "c", value: "33" },
          { code: "b", label: "b", value: "67" },
          { code: "a", label: "a", value: "100" },
        ],
        notApplicable: na,
      },
      {
        id: "ad",
        title: "IBP's yes/no answers a and d (a = 100, d = 0); e = not applicable/other",
        levels: [
          { code: "d", label: "d", value: "0" },
          { code: "a", label: "a", value: "100" },
        ],
        notApplicable: na,
      },
    ],
    nodes,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const zip = process.argv[2];
  if (zip === undefined) {
    console.error("usage: node examples/open-budget-survey/make-framework.mjs path/to/ibp_data_csv_2015.zip");
    process.exit(2);
  }
  const out = fileURLToPath(new URL("obs-2015.framework.json", import.meta.url));
  writeFileSync(out, `${JSON.stringify(makeFramework(ibpDownload(readFileSync(zip), "2015")), null, 2)}\n`);
  console.error(`wrote ${out}`);
}
