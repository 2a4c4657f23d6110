// Question: do published scores stay put when a later edition is added to a normalised index?
//
// Comparing over time: publish the 2014 edition of a z-scored index, add the 2024 edition a decade later,
// and check that the published 2014 scores do not move — because the method normalises against a
// reference (the 2014 edition's statistics), not against whatever periods happen to be in the file.
//
// Run after `npm run build`, from any folder:  node examples/comparing-over-time.mjs
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { canonicalScores, displayScore, frameworks, parseAssessments, rank, score } from "principle10";
import { readMethod } from "principle10/node";

// Files that ship next to this script, found from here rather than from the working folder.
const here = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const edi = frameworks.get("edi-2015");
const sample = await readFile(here("seeds/edi-2015-sample.csv"), "utf8");
const [header, ...rows] = sample.trimEnd().split("\n");
// The 2014 edition alone: the file as it stood when the first edition was published.
const edition2014 = [header, ...rows.filter((row) => row.split(",")[2] === "2014")].join("\n");

/** The 2014 units' canonical results (every node score, weight, contribution) as one string. */
const units2014 = (set) => JSON.stringify(canonicalScores(set).units.filter((u) => u.period === "2014"));

/** Rank, entity and index score of one period's top `n`. */
function top(set, period, n = 4) {
  const ranks = rank(set).indices[0].nodes[0].ranks;
  return set.units
    .map((u, k) => ({ u, r: ranks[k] }))
    .filter(({ u, r }) => u.period === period && r !== null && r <= n)
    .sort((a, b) => a.r - b.r)
    .map(
      ({ u, r }) => `${r}. ${u.entity} ${displayScore(u.indices[0].nodes[0].score, set.method.presentation)}`,
    )
    .join(", ");
}

for (const name of ["pooled", "reference"]) {
  const method = await readMethod(here(`examples/methods/edi-2015-z-${name}.json`));
  // 1. Publish the first edition.
  const published = score(parseAssessments(edition2014, edi).dataset, edi, method);
  // 2. Ten years later, score the file that holds both editions with the same method.
  const both = score(parseAssessments(sample, edi).dataset, edi, method);
  const same = units2014(published) === units2014(both);
  console.log(`${method.id}:`);
  console.log(`  2014 as published:          ${top(published, "2014")}`);
  console.log(`  2014 after adding 2024:     ${top(both, "2014")}`);
  console.log(`  2024:                       ${top(both, "2024")}`);
  console.log(`  2014 scores unchanged: ${same ? "yes, bit for bit" : "NO — adding 2024 rewrote history"}`);
  if (name === "reference" && !same) throw new Error("a reference period must keep published scores");
}
