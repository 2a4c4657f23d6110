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

export function makeFramework(read, edition = "2015") {
  const questions = new Map(read("questions").map((q) => [q.NUMBER, q]));
  const groupings = read("groupings");
  const clean = (s) => s.replace(/\s+/g, " ").trim();
  const indicator = (number, parent) => {
    // 2006–2012: questions 65 and 72 are answered but their texts are not in the download.
    const q = questions.get(number) ?? {
      TEXT: `Question ${number} (its text is not in IBP's download).`,
      A: "",
      B: "",
      C: "",
      D: "",
    };
    // Questions with two answers (yes / no) use IBP's letters a and d; the others a to d. e is not applicable.
    // The 2006–2012 data answer some yes/no questions with b or c, so that edition uses a–d throughout.
    const yesNo = edition === "2015" && q.D === "";
    const options = yesNo ? { a: q.A, d: q.B } : { a: q.A, b: q.B, c: q.C, d: q.D };
    const guidance = Object.fromEntries(
      Object.entries(options).flatMap(([k, v]) => (clean(v) === "" ? [] : [[k, clean(v)]])),
    );
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
  const questionsOf = (group) => groupings.filter((g) => g.GROUP === group).map((g) => g.QUESTION);
  const nodes = [
    {
      id: "obi",
      level: "index",
      title: "Open Budget Index",
      description:
        edition === "2015"
          ? "The mean of the 109 questions on the public availability and comprehensiveness of eight key budget documents."
          : `The mean of the ${questionsOf("The Open Budget Index").length} questions on the public availability and comprehensiveness of the key budget documents.`,
    },
  ];
  const measures =
    edition === "2015"
      ? OVERSIGHT
      : {
          leg: ["Strength of the legislature", questionsOf("Strength of the Legislature")],
          sai: [
            "Strength of the supreme audit institution",
            questionsOf("Strength of the Supreme Audit Institution"),
          ],
          pe: ["Public engagement", questionsOf("Public Engagement")],
        };
  if (edition === "2015") {
    for (const [id, title] of DOCUMENTS) {
      nodes.push({ id, level: "pillar", parent: "obi", title });
      for (const n of questionsOf(title)) nodes.push(indicator(n, id));
    }
  } else {
    // The 2006–2012 document groupings overlap, so the index holds its questions directly.
    for (const n of questionsOf("The Open Budget Index")) nodes.push(indicator(n, "obi"));
    // Questions answered but in no measure (65, 72, 113) are kept, reported but never scored.
    const grouped = new Set([
      ...questionsOf("The Open Budget Index"),
      ...Object.values(measures).flatMap(([, ns]) => ns),
    ]);
    const answered = Object.keys(read("scores")[0] ?? {}).flatMap(
      (c) => /^Q (\d+) \(LETTER\)$/.exec(c)?.[1] ?? [],
    );
    for (const n of answered) if (!grouped.has(n)) nodes.push({ ...indicator(n, "obi"), scored: false });
  }
  for (const [id, [title, numbers]] of Object.entries(measures)) {
    nodes.push({ id, level: "index", title });
    for (const n of numbers) nodes.push(indicator(n, id));
  }
  const na = ["e"];
  return {
    $schema: "../../data/schema/framework.schema.json",
    id: `obs-${edition}`,
    version: edition,
    title: edition === "2015" ? "Open Budget Survey 2015" : "Open Budget Survey 2006–2012",
    description:
      edition === "2015"
        ? "The International Budget Partnership's Open Budget Survey 2015: the Open Budget Index and the survey's measures of legislative and audit oversight and of public participation, as four indices over one questionnaire."
        : "The International Budget Partnership's Open Budget Survey questionnaire of 2006–2012 (the 2012 numbering): the Open Budget Index and the survey's measures of legislative and audit oversight and of public engagement, as four indices over one questionnaire.",
    source:
      edition === "2015"
        ? "International Budget Partnership, Open Budget Survey 2015 questionnaire: question texts and answer options as published in ibp_data_csv_2015.zip (Open Budget Survey Data Explorer, github.com/hdurand/open-budget-survey, commit a8dc258, app/assets/downloads/); the grouping of questions by document and measure from ibp_data_groupings_2015.csv."
        : "International Budget Partnership, Open Budget Survey questionnaire 2006–2012: question texts and answer options as published in ibp_data_csv.zip (Open Budget Survey Data Explorer, github.com/hdurand/open-budget-survey, commit a8dc258, app/assets/downloads/); the grouping of questions by measure from ibp_data_groupings.csv.",
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
  const read = ibpDownload(readFileSync(zip));
  const edition = read("scores").some((r) => r.YEAR === "2015") ? "2015" : "2012";
  const out = fileURLToPath(new URL(`obs-${edition}.framework.json`, import.meta.url));
  writeFileSync(out, `${JSON.stringify(makeFramework(read, edition), null, 2)}\n`);
  console.error(`wrote ${out}`);
}
