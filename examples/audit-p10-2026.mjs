// Question: does p10-2026 hold up on data?
//
// Does p10-2026 hold up on data? A statistical audit of a new framework, as the JRC audits published indices.
//
// p10-2026 adds 40 indicators to the EDI's tree. Before anyone publishes with it, its author should know
// whether each indicator moves with its group, whether some pairs say the same thing twice, whether each
// pillar is internally consistent, which pillar actually drives the index, and how much the ranks depend
// on any one pillar. Run it after `npm run build`, from any folder:
//
//   node examples/audit-p10-2026.mjs
import { fileURLToPath } from "node:url";
import { analyseCoherence, frameworks, methods, score } from "principle10";
import { readAssessments } from "principle10/node";

const framework = frameworks.get("p10-2026");
const seed = fileURLToPath(new URL("../seeds/p10-2026-sample.csv", import.meta.url));
const { dataset } = await readAssessments(seed, framework);
const scores = score(dataset, framework, methods.get("p10-default"));

// 1. The audit with COINr's defaults: flags on Pearson's r, p > 0.05 insignificant, siblings above 0.9
//    collinear; each pillar removed in turn.
const report = analyseCoherence(scores, { remove: "pillar" });
const f3 = (x) => (x === null ? "–" : x.toFixed(3));

for (const r of report.results) {
  console.log(`\n== ${r.index} index, ${r.period}: ${r.units} countries ==`);

  // 2. Elements that do not move with their parent: they measure something else, or nothing.
  const flagged = r.correlations.filter((c) => c.flags.length > 0);
  console.log(`${flagged.length} of ${r.correlations.length} elements flagged against their parent:`);
  for (const c of flagged) {
    console.log(
      `  ${c.id} in ${c.parent}: r = ${f3(c.withParent.pearson)}, p = ${f3(c.pValue)} (${c.flags.join(", ")})`,
    );
  }

  // 3. Pairs that say the same thing twice (double counting within a parent).
  const collinear = r.siblings.filter((s) => s.collinear);
  console.log(`${collinear.length} sibling pairs correlate above ${report.thresholds.collinear}.`);

  // 4. Internal consistency of each pillar (over its indicators) — 0.7 is the usual rule of thumb.
  for (const a of r.alpha.filter((x) => x.level === "pillar" && x.basis === "indicators")) {
    console.log(`  alpha of ${a.node} over its ${a.k} indicators: ${f3(a.alpha)}`);
  }
  const weak = r.alpha.filter((x) => x.level === "group" && x.alpha !== null && x.alpha < 0.7);
  console.log(
    `Groups with alpha below 0.7: ${weak.map((x) => `${x.node} (${f3(x.alpha)})`).join(", ") || "none"}.`,
  );

  // 5. Nominal against effective weights of the pillars: who actually drives the index?
  for (const w of r.weights.filter((x) => x.level === "pillar")) {
    console.log(`  ${w.id}: nominal ${f3(w.nominal)}, share of the index's variance ${f3(w.effective)}`);
  }

  // 6. How much the ranks owe to each pillar.
  for (const e of r.removal?.elements ?? []) {
    console.log(`  without ${e.id}: mean |rank shift| ${f3(e.meanAbsShift)}`);
  }
}
