// Question: which ranks depend more on the method's choices than on the law?
//
// Which ranks should nobody quote to the place? A short story on the EDI sample.
//
// A published rank hides the choices behind it: equal weights, arithmetic means, missing answers left
// out. The JRC audits an index by redoing it thousands of times with those choices varied and reporting
// each country's 5th–95th percentile rank interval. A wide interval means the rank owes more to the method
// than to the law. Run it after `npm run build`:
//
//   node examples/widest-intervals.mjs
import { fileURLToPath } from "node:url";
import { frameworks, methods, runUncertainty } from "principle10";
import { readAssessments } from "principle10/node";

const edi = frameworks.get("edi-2015");
const seed = fileURLToPath(new URL("../seeds/edi-2015-sample.csv", import.meta.url));

// 1. Read the answers and take the EDI's own method as the nominal one.
const { dataset } = await readAssessments(seed, edi);

// 2. Vary what the default spec varies — weights ±25 % at every level, arithmetic or geometric pillars and
//    index, missing answers dropped or counted as 0, one guideline left out — over 2,000 runs. The seed
//    fixes every draw: run it twice, get the same numbers.
const result = runUncertainty(dataset, edi, methods.get("edi-2015"), { runs: 2000, seed: 2015 });
console.log(`${result.runs} runs over ${result.inputs.length} uncertain inputs (seed ${result.seed}).`);

// 3. Rank intervals of the index, widest first (ties by the better nominal rank, then the entity id).
const index = result.nodes.find((n) => n.level === "index");
const rows = result.units.map((unit, i) => ({ ...unit, ...index.ranks.units[i] }));
const width = (r) => r.p95 - r.p05;
rows.sort((a, b) => width(b) - width(a) || a.nominal - b.nominal || (a.entity < b.entity ? -1 : 1));
console.log("\nThe five widest 5–95 % rank intervals of the index:");
for (const r of rows.slice(0, 5)) {
  console.log(
    `  ${r.entity} ${r.period}: nominal ${String(r.nominal).padStart(2)}, median ${String(r.median).padStart(4)}, ` +
      `interval ${r.p05}–${r.p95} (${width(r)} places wide)`,
  );
}
const steady = rows.filter((r) => r.p05 === r.nominal && r.p95 === r.nominal);
console.log(`${steady.length} of ${rows.length} ranks never leave their place in 90 % of the runs.`);

// 4. Which choice moves the ranks? The total Sobol index of each input on the mean absolute rank shift.
const s = index.sensitivity;
const order = result.inputs.map((input, i) => ({ label: input.label, total: s.total[i] }));
order.sort((a, b) => b.total - a.total);
console.log("\nWhat moves the ranks most (total Sobol index):");
for (const o of order.slice(0, 3)) console.log(`  ${o.total.toFixed(2)}  ${o.label}`);

// 5. Next step: the same analysis from the command line, with the full tables.
console.log("\nNext: p10 uncertainty seeds/edi-2015-sample.csv --format table");
