// Question: on which questions do two assessors of the same country read the law differently?
//
// Where do the lawyers disagree? A short story on the double-scored seed.
//
// In the EDI, two local lawyers scored each country independently, and reviewers settled the differences.
// Before reviewing, an analyst wants to know which questions the lawyers read differently: those are the
// indicators whose guidance may be unclear. Run it after `npm run build`:
//
//   node examples/disagreements.mjs
import { fileURLToPath } from "node:url";
import { answerText, formatStatistic } from "principle10/advanced";
import { assessorAgreement, frameworks } from "principle10";
import { validateAssessmentFile } from "principle10/node";

const edi = frameworks.get("edi-2015");
const seed = fileURLToPath(new URL("../seeds/edi-2015-double-scored.csv", import.meta.url));

// 1. Read the file. Two answers to the same cell by different lawyers are double scoring, not a conflict:
//    the reader keeps every answer (it only warns that a score would need one answer per cell).
const { records, errorCount } = await validateAssessmentFile(seed, edi);
if (errorCount > 0) throw new Error(`the seed has ${errorCount} errors; run p10 validate on it`);

// 2. Measure agreement at every level: the whole file, pillars, guidelines, indicators and countries.
const agreement = assessorAgreement(records, edi);
const whole = agreement.groups.find((g) => g.level === "file").summary;
console.log(
  `${agreement.cells} cells, ${agreement.disagreed} of them disputed. Over the whole file the lawyers agree on ` +
    `${whole.percent.agreeingPairs} of ${whole.percent.pairs} cells; Krippendorff's alpha (ordinal) is ` +
    `${formatStatistic(whole.alpha.alpha)}.`,
);

// 3. Rank the indicators by their share of disputed cells (compared exactly, as integers), then by alpha.
const indicators = agreement.groups
  .filter((g) => g.level === "indicator")
  .map((g) => ({ id: g.group, title: g.title, disputed: g.summary.disagreements.length, ...g.summary }));
indicators.sort(
  (a, b) =>
    b.disputed * a.percent.units - a.disputed * b.percent.units ||
    (a.alpha.alpha ?? 1) - (b.alpha.alpha ?? 1) ||
    (a.id < b.id ? -1 : 1),
);
console.log("\nThe five indicators the lawyers disagree on most:");
for (const i of indicators.slice(0, 5)) {
  console.log(
    `  ${i.id.padEnd(5)} ${String(i.disputed).padStart(2)} of ${i.percent.units} cells disputed, ` +
      `alpha ${formatStatistic(i.alpha.alpha)}  ${i.title}`,
  );
}

// 4. Look at the worst one cell by cell: the answers, who gave them, and where they are in the file.
const worst = indicators[0];
console.log(`\nIndicator ${worst.id}, cell by cell (largest difference first):`);
const indicator = edi.indicatorById.get(worst.id);
for (const d of agreement.disagreements.filter((x) => x.indicator === worst.id)) {
  const answers = d.answers.map((a) => `${answerText(indicator, a.code)} by ${a.assessor} (line ${a.line})`);
  console.log(`  ${d.entity} ${d.period}: ${answers.join(" vs ")}`);
}

// 5. Next step: `p10 reconcile` writes one answer per cell, leaving these blank for a reviewer to settle.
console.log("\nNext: p10 reconcile seeds/edi-2015-double-scored.csv --out reconciled.csv");
