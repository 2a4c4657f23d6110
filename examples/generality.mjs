// Question: can a scheme that looks nothing like the EDI be scored from data files alone?
//
// Other scoring schemes, as data only. A short story on the two example frameworks.
//
// A right-to-information rating sums points; a budget questionnaire maps letters to numbers and averages
// them. Neither looks like the EDI, yet each is a framework file plus a method file, scored by the same
// engine that scores the EDI: no code knows about either. Run it after `npm run build`:
//
//   node examples/generality.mjs
//
// examples/frameworks/README.md computes the expected scores by hand; test/examples/generality.test.ts
// checks the engine against them.
import { fileURLToPath } from "node:url";
import { rank, score, writeScoresTables } from "principle10";
import { readAssessments, readFramework, readMethod } from "principle10/node";

const file = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Reads one example (framework, method, sample answers), scores it and prints the ranked table. */
async function show(name, framework, method, sample) {
  const fw = await readFramework(file(`frameworks/${framework}.json`));
  const m = await readMethod(file(`methods/${method}.json`));
  const { dataset } = await readAssessments(file(`frameworks/${sample}`), fw);
  const scores = score(dataset, fw, m);
  console.log(`${name}: ${m.title}`);
  console.log(
    `  weighting ${m.weighting.scheme}, index ${m.aggregation.index?.function ?? "arithmetic"}, ` +
      `normalisation ${m.normalisation.method}, missing ${m.missing}`,
  );
  console.log(writeScoresTables(scores, rank(scores), "table"));
  return scores;
}

// 1. Points, summed: every answer is its number of points; categories and the total are sums (of 150).
const rti = await show("RTI-style example", "rti-style", "rti-style-points", "rti-style-sample.csv");
const total = (entity) => rti.units.find((u) => u.entity === entity).indices[0].nodes[0].score.toString();
console.log(`Aldoria scores ${total("Aldoria")} of 150 points, Corvenia ${total("Corvenia")}.\n`);

// 2. Letters to numbers, averaged: a = 100, b = 67, c = 33, d = 0; e (not applicable) and missing answers
//    are left out of every mean, and T5 is reported but never scored.
const lettered = await show("Lettered example", "lettered", "lettered-mean", "lettered-sample.csv");
const brevania = lettered.units.find((u) => u.entity === "Brevania").indices[0];
const transparency = brevania.nodes.find((n) => n.id === "transparency").score;
console.log(
  `Brevania's transparency pillar is the mean of its three answered scored questions, ` +
    `(67 + 33 + 33) / 3 = ${transparency.toDecimalPlaces(4).toString()}…; T3 (e) is left out.`,
);
