// Question: how are measured values (incomes, days to answer) turned into comparable scores?
//
// Normalisations of measured values: the HDI's log-income goalposts (the worked example of UNDP's Human
// Development Report 2020 technical notes), and a lower-is-better quantity — days to answer an information
// request — ranked, rescaled and compared with the best, so that a higher normalised value is always better.
//
// Run after `npm run build`, from any folder:  node examples/normalisations.mjs
import { createDataset } from "principle10/advanced";
import { parseFramework, parseMethod, score } from "principle10";

// 1. The HDI worked example: health and education indices as published, income through ln goalposts.
//    Income index = (ln 3,829 − ln 100) / (ln 75,000 − ln 100) = 0.5506; HDI = geometric mean = 0.510.
const level = (value) => [{ code: value, label: value, value }];
const hdi = parseFramework({
  id: "hdi-example",
  version: "2020",
  title: "HDI worked example",
  description: "The worked example of the HDR 2020 technical notes.",
  source: "UNDP, Human Development Report 2020, Technical notes",
  scales: [
    { id: "health", title: "Health index", levels: level("0.6971"), min: "0", max: "1" },
    { id: "education", title: "Education index", levels: level("0.3447"), min: "0", max: "1" },
    { id: "gni", title: "GNI per capita (2017 PPP $)", levels: level("3829"), min: "100", max: "75000" },
  ],
  nodes: [
    { id: "hdi", level: "index", title: "Human Development Index" },
    { id: "dimensions", level: "pillar", parent: "hdi", title: "Dimensions" },
    ...["health", "education", "gni"].map((id) => ({
      id,
      level: "indicator",
      parent: "dimensions",
      kind: "legal",
      title: id,
      question: id,
      scale: id,
    })),
  ],
});
const hdiMethod = parseMethod({
  id: "hdi-2020",
  version: "1",
  title: "HDI 2020",
  description: "Dimension indices as given; income on ln goalposts 100–75,000; geometric mean.",
  normalisation: { method: "native" },
  normaliseScales: { gni: { method: "goalposts", range: "0-1", posts: {}, transform: { function: "ln" } } },
  aggregation: { pillar: { function: "geometric" }, zeros: "fail" },
});
const answers = ["health", "education", "gni"].map((indicator) => ({
  entity: "X",
  period: "2019",
  indicator,
  code: 0,
}));
const run = score(createDataset(hdi, answers), hdi, hdiMethod).units[0];
console.log(`income index ${run.answers[2].value.toFixed(4)} (published 0.5506)`);
console.log(`HDI ${run.indices[0].nodes[0].score.toFixed(3)} (published 0.510)`);
if (run.indices[0].nodes[0].score.toFixed(3) !== "0.510") throw new Error("HDI example not reproduced");

// 2. Days to answer a request, lower is better, in four bands of the law's deadline.
const days = parseFramework({
  id: "days-example",
  version: "1",
  title: "Days to answer",
  description: "One lower-is-better quantity.",
  source: "illustration",
  scales: [
    {
      id: "days",
      title: "Median days to answer",
      direction: "lower-is-better",
      levels: ["5", "10", "20", "40"].map((v) => ({ code: v, label: `${v} days`, value: v })),
    },
  ],
  nodes: [
    { id: "access", level: "index", title: "Access" },
    { id: "requests", level: "pillar", parent: "access", title: "Requests" },
    {
      id: "d",
      level: "indicator",
      parent: "requests",
      kind: "practice",
      title: "Days",
      question: "Median days?",
      scale: "days",
    },
  ],
});
const rows = [
  ["Arvenia", 0],
  ["Belmora", 1],
  ["Castequia", 1],
  ["Dravelle", 3],
].map(([entity, code]) => ({ entity, period: "2024", indicator: "d", code }));
const dataset = createDataset(days, rows);
for (const normalisation of [
  { method: "rank" },
  { method: "cohort-minmax", range: "0-100" },
  { method: "ratio", to: "best" },
  { method: "goalposts", range: "0-100", posts: {}, transform: { function: "log10" } },
]) {
  const m = parseMethod({
    id: "d",
    version: "1",
    title: "d",
    description: "d",
    normalisation,
    minCoverage: "0",
  });
  const values = score(dataset, days, m).units.map(
    (u) => `${u.entity} ${u.answers[0].value.toDecimalPlaces(2)}`,
  );
  console.log(`${normalisation.method.padEnd(13)} ${values.join(", ")}`);
}
