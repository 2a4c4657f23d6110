// Question: who rose and who fell most between 2014 and 2024, and can each move be trusted?
//
// Biggest movers: which jurisdictions of the (fictional) sample rose and fell most on the Environmental
// Democracy Index between 2014 and 2024, and can we trust each move?
//
// Run after `npm run build`, from any folder:  node examples/biggest-movers.mjs
import { fileURLToPath } from "node:url";
import { formatChange } from "principle10/advanced";
import {
  changeReport,
  displayScore,
  findScore,
  frameworks,
  methods,
  rank,
  restoreScores,
  score,
  strengthsAndWeaknesses,
  toPlainScores,
} from "principle10";
import { readAssessments, readEntities } from "principle10/node";

// The seeds ship next to this script: find them from here, not from the folder it is run in.
const seed = (name) => fileURLToPath(new URL(`../seeds/${name}`, import.meta.url));

// 1. Read the assessments. Every answer is checked against the EDI 2015 framework; a bad file stops here
//    with FILE:LINE:COLUMN messages.
const edi = frameworks.get("edi-2015");
const { dataset } = await readAssessments(seed("edi-2015-sample.csv"), edi);

// 2. Score both periods with one method. Because both periods come from the same ScoreSet, the change
//    report's comparability guard (same framework version, same method by content hash) is satisfied by
//    construction; mixing two methods would fail with P10_NOT_COMPARABLE.
const results = score(dataset, edi, methods.get("edi-2015"));

// 3. The change of every jurisdiction's index score, exact, with ranks in each year. The rank change is
//    "places climbed": positive is better.
const report = changeReport(
  { scoreSet: results, period: "2014" },
  { scoreSet: results, period: "2024" },
  { nodes: ["edi"] },
);

// 4. Sort by the exact change (never by rounded values) and keep those with a score in both years.
const moved = report.rows.filter((row) => row.change !== null).sort((a, b) => b.change.comparedTo(a.change));
const { entities } = await readEntities(seed("edi-2015-entities.csv"));
const about = new Map(entities.map((e) => [e.entity, e.values])); // name, region, income_group, federal

const line = (row) => {
  const [name, region] = about.get(row.entity) ?? [row.entity, "?"];
  const show = (side) => displayScore(side.score, report.presentation); // the method's rounding (2 places)
  const caution = row.flags.find((f) => f.code === "coverage-fell");
  return (
    `  ${name.padEnd(10)} ${region.padEnd(15)} ${show(row.from)} → ${show(row.to)}` +
    `  (${formatChange(row.change, report)}, rank ${row.from.rank} → ${row.to.rank})` +
    (caution === undefined ? "" : `\n      ! ${caution.message}`)
  );
};

console.log("Biggest risers, 2014 → 2024:");
for (const row of moved.slice(0, 3)) console.log(line(row));
console.log("\nBiggest fallers:");
for (const row of moved.slice(-3).reverse()) console.log(line(row));

// 5. What carries the top riser in 2024? The guidelines furthest above the 2024 cohort's median.
const top = moved[0];
const { groups } = strengthsAndWeaknesses(results, top.entity, "2024", { k: 3 });
console.log(`\nWhere ${about.get(top.entity)?.[0]} stands out in 2024 (guideline score vs cohort median):`);
for (const g of groups.strengths) {
  const show = (v) => displayScore(v, report.presentation);
  console.log(`  ${g.id.padEnd(4)} ${show(g.score)} vs ${show(g.cohort)}  ${g.title}`);
}

// 6. Hand the results to a Web Worker, a JSON API or a file: the plain form survives structuredClone and
//    JSON.stringify, exact values travel as strings, and findScore looks a node up by name in any form.
const plain = JSON.parse(JSON.stringify(structuredClone(toPlainScores(results, rank(results)))));
const justice = findScore(plain, { entity: top.entity, period: "2024", node: "justice" });
const exact = findScore(restoreScores(plain), { entity: top.entity, period: "2024", node: "justice" });
const original = findScore(results, { entity: top.entity, period: "2024", node: "justice" });
if (exact?.score?.eq(original.score) !== true) throw new Error("the plain form lost an exact value");
console.log(
  `\n${about.get(top.entity)?.[0]}'s access to justice in 2024, after a trip through JSON: ` +
    `${justice.score} (rank ${justice.rank} of ${justice.outOf}), exactly the score computed`,
);
