// The main job, on the bundled sample: score seeds/edi-2015-sample.csv with the EDI 2015 framework and
// method, print the ranked table of every period, then explain the leader's score down to its answers.
// Run with `npm run demo` (it builds first). Uses only the public API of the built package.
import {
  explain,
  formatExplanation,
  frameworks,
  methods,
  rank,
  score,
  writeScoresTables,
} from "../dist/index.js";
import { readAssessments } from "../dist/node.js";

const file = "seeds/edi-2015-sample.csv";
const framework = frameworks.get("edi-2015");
const method = methods.get("edi-2015");

const { dataset, accounting } = await readAssessments(file, framework);
const scores = score(dataset, framework, method);
const ranks = rank(scores);

console.log(
  `principle10 demo: ${file}, ${accounting.accepted} rows, ${dataset.units.length} entity-periods\n`,
);
console.log(writeScoresTables(scores, ranks, "table"));

// The leader of the latest period, explained: every number traced to an answer and its CSV line.
const latest = ranks.periods[ranks.periods.length - 1];
const root = ranks.indices[0].nodes[0];
const leader = scores.units.find((u, i) => u.period === latest && root.ranks[i] === 1);
const text = formatExplanation(explain(scores, leader.entity, latest));
const lines = text.split("\n");
console.log(
  `Why ${leader.entity} ranks first in ${latest} (first ${Math.min(lines.length, 24)} of ${lines.length} lines; p10 explain shows all):\n`,
);
console.log(lines.slice(0, 24).join("\n"));
