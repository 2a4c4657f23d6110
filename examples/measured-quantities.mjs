// Question: how do measured quantities (days to answer a request, shares answered on time) score beside legal answers?
//
// The illustration framework examples/frameworks/measured.json asks three legal questions on the 0–3 scale and
// records seven quantities as numeric indicators (`"kind": "numeric"`, a unit, a direction, bounds). Its
// method puts the law on goalposts and every quantity on min–max within its year, lower-is-better quantities
// reversed, hearings log-transformed first. The data, seeds/measured-sample.csv, is synthetic.
//
// Run after `npm run build`, from any folder:  node examples/measured-quantities.mjs
import { fileURLToPath } from "node:url";
import {
  explain,
  formatExplanation,
  formatIssue,
  rank,
  score,
  validateAssessments,
  writeScoresTables,
} from "principle10";
import { readAssessments, readFramework, readMethod } from "principle10/node";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const framework = await readFramework(here("frameworks/measured.json"));
const method = await readMethod(here("methods/measured.json"));
const { dataset, accounting } = await readAssessments(here("../seeds/measured-sample.csv"), framework);
const numeric = framework.indicators.filter((i) => i.scale.kind === "numeric");
console.log(
  `${accounting.accepted} answers read: ${framework.indicators.length - numeric.length} legal questions and ` +
    `${numeric.length} quantities (${numeric.map((i) => `${i.id} in ${i.scale.unit}`).join(", ")}).`,
);

// 1. Score and rank; the 2024 table.
const scores = score(dataset, framework, method);
const ranks = rank(scores);
console.log(
  writeScoresTables(scores, ranks, "table")
    .split("\n\n")
    .find((t) => t.startsWith("2024")),
);

// 2. One path from a measured value to the score: Belmora's median days to an answer in 2024, checked by
//    hand. Fewer days are better, so min–max is reversed: (slowest − x) / (slowest − fastest) × 100.
const days = framework.indicatorById.get("I.days");
const width = framework.indicators.length;
const values2024 = dataset.units.flatMap((u, k) => {
  const code = dataset.answers[k * width + days.ordinal];
  return u.period === "2024" && code >= 0 ? [Number(dataset.combinedValues[days.ordinal][code].code)] : [];
});
const fastest = values2024.reduce((a, b) => Math.min(a, b));
const slowest = values2024.reduce((a, b) => Math.max(a, b));
const belmora = scores.units.find((u) => u.entity === "BMR" && u.period === "2024");
const answer = belmora.answers[days.ordinal];
const byHand = ((slowest - Number(answer.code)) / (slowest - fastest)) * 100;
console.log(
  `Belmora 2024, ${answer.label} to an answer: (${slowest} − ${answer.code}) / (${slowest} − ${fastest}) × 100 = ` +
    `${byHand.toFixed(2)}; the engine, exactly: ${answer.value.toFixed(2)}`,
);
if (answer.value.toFixed(2) !== byHand.toFixed(2))
  throw new Error("the days to an answer were not reproduced");
const path = formatExplanation(explain(scores, "BMR", "2024")).split("\n");
console.log(path.filter((l) => /^\s+(I\.days|P\.hearings) /.test(l)).join("\n"));

// 3. A quantity typed the way a spreadsheet in many languages writes it is refused, with its place.
const typo = 'entity,period,indicator,response\nBMR,2024,I.days,"27,5"\nBMR,2024,J.aid,NaN\n';
const check = validateAssessments(typo, framework, { file: "typo.csv" });
for (const issue of check.issues) console.log(formatIssue(issue));
if (check.issues.map((i) => i.code).join() !== "P10_NUMERIC_DECIMAL_COMMA,P10_NUMERIC_NOT_FINITE")
  throw new Error("the bad quantities were not refused");
