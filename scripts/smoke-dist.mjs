// CI step: loads the built package through both `import` and `require` and checks both builds agree.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const esm = await import("../dist/index.js");
const cjs = require("../dist/index.cjs");
const esmNode = await import("../dist/node.js");
const cjsNode = require("../dist/node.cjs");

for (const [name, mod] of [
  ["import", esm],
  ["require", cjs],
]) {
  const edi = mod.frameworks.get("edi-2015");
  const s = mod.frameworkSummary(edi);
  assert.deepEqual([s.pillars, s.groups, s.legal, s.practice], [3, 23, 75, 24], `${name}: edi-2015 shape`);
}
assert.equal(typeof esmNode.readFramework, "function");
assert.equal(typeof cjsNode.readFramework, "function");
// principle10/report bundles d3 (ESM-only upstream), so both builds load it.
const esmReport = await import("../dist/report.js");
const cjsReport = require("../dist/report.cjs");
assert.equal(typeof esmReport.reportHtml, "function");
assert.equal(typeof cjsReport.reportHtml, "function");
// An error thrown by one build is recognised by the other.
try {
  cjs.frameworks.get("nope");
} catch (e) {
  assert.equal(esm.isP10Error(e), true);
}
const same = (f) => JSON.stringify(f(esm)) === JSON.stringify(f(cjs));
assert.ok(
  same((m) => m.frameworks.get("edi-2015").document),
  "the same framework document from both builds",
);
// The canonical scores of the bundled sample are the same bytes from both builds, and from two runs.
const sample = readFileSync(new URL("../seeds/edi-2015-sample.csv", import.meta.url), "utf8");
const canonical = (m) => {
  const edi = m.frameworks.get("edi-2015");
  const { dataset } = m.parseAssessments(sample, edi, { file: "seeds/edi-2015-sample.csv" });
  return m.canonicalScoreSet(m.score(dataset, edi, m.methods.get("edi-2015")));
};
const fromImport = canonical(esm);
assert.equal(canonical(esm), fromImport, "canonical scores are identical across two runs");
assert.equal(canonical(cjs), fromImport, "canonical scores are identical from import and require builds");
console.log("dist smoke test: import and require builds load and agree (canonical sample scores included)");
