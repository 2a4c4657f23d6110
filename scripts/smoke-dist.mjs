// CI step: loads the built package through both `import` and `require` and checks both builds agree.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const esm = await import("../dist/index.js");
const cjs = require("../dist/index.cjs");
const esmNode = await import("../dist/node.js");
const cjsNode = require("../dist/node.cjs");
const esmAdvanced = await import("../dist/advanced.js");
const cjsAdvanced = require("../dist/advanced.cjs");

for (const [name, mod, advanced] of [
  ["import", esm, esmAdvanced],
  ["require", cjs, cjsAdvanced],
]) {
  const edi = mod.frameworks.get("edi-2015");
  const s = advanced.frameworkSummary(edi);
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
// One core: every entry shares one copy of it, so an error thrown through principle10/node or
// principle10/report is an instance of the P10Error class exported by principle10 (within each build).
const thrown = async (f) => {
  try {
    await f();
  } catch (e) {
    return e;
  }
  assert.fail("expected a throw");
};
for (const [name, main, node, report, advanced] of [
  ["import", esm, esmNode, esmReport, esmAdvanced],
  ["require", cjs, cjsNode, cjsReport, cjsAdvanced],
]) {
  const fromAdvanced = await thrown(() => advanced.canonicalJson({ x: 0.5 }));
  assert.ok(
    fromAdvanced instanceof main.P10Error,
    `${name}: principle10/advanced throws principle10's P10Error`,
  );
  assert.equal(fromAdvanced.code, "P10_CANONICAL_NUMBER", `${name}: canonicalJson code`);
  const fromNode = await thrown(() => node.readAssessments("missing.csv", main.frameworks.get("edi-2015")));
  assert.ok(fromNode instanceof main.P10Error, `${name}: principle10/node throws principle10's P10Error`);
  assert.equal(fromNode.code, "P10_FILE_READ", `${name}: readAssessments("missing.csv") code`);
  const gap = { id: "gap", title: "t", rows: [{ label: "A", law: 120, practice: 5 }], domain: [0, 100] };
  const fromReport = await thrown(() => report.gapChart({ ...gap, format: { decimals: 0 } }));
  assert.ok(fromReport instanceof main.P10Error, `${name}: principle10/report throws principle10's P10Error`);
  assert.equal(fromReport.code, "P10_CHART_DATA", `${name}: gapChart code`);
  // The registries are shared too: a bundled framework resolved through /node is the one principle10 cached.
  const resolved = await node.resolveFramework("edi-2015");
  assert.equal(resolved, main.frameworks.get("edi-2015"), `${name}: one registry across entries`);
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
  const advanced = m === esm ? esmAdvanced : cjsAdvanced;
  return advanced.canonicalScoreSet(m.score(dataset, edi, m.methods.get("edi-2015")));
};
const fromImport = canonical(esm);
assert.equal(canonical(esm), fromImport, "canonical scores are identical across two runs");
assert.equal(canonical(cjs), fromImport, "canonical scores are identical from import and require builds");
// The p10 command shares the ESM build's core: dist/cli.js defines no P10Error of its own
// and imports the chunk that defines the one principle10 exports, so an error thrown anywhere in the core is
// recognised by the command and printed as a located error, not a stack trace.
const dist = new URL("../dist/", import.meta.url);
const cliText = readFileSync(new URL("cli.js", dist), "utf8");
const definesP10Error = (text) => /\bP10Error = class\b|\bclass P10Error\b/.test(text);
const errorChunks = readdirSync(dist).filter(
  (f) => f.endsWith(".js") && definesP10Error(readFileSync(new URL(f, dist), "utf8")),
);
assert.equal(errorChunks.length, 1, `one ESM file defines P10Error (found ${errorChunks.join(", ")})`);
assert.ok(!definesP10Error(cliText), "dist/cli.js has no P10Error of its own");
assert.ok(
  cliText.includes(`from './${errorChunks[0]}'`) || cliText.includes(`from "./${errorChunks[0]}"`),
  `dist/cli.js imports the core's ${errorChunks[0]}`,
);
const run = spawnSync(process.execPath, [new URL("cli.js", dist).pathname, "score", "missing.csv"], {
  encoding: "utf8",
});
assert.equal(run.status, 1, "p10 score missing.csv exits 1");
assert.match(run.stderr, /^missing\.csv: error P10_FILE_READ: /m, "the command prints the core's P10Error");
assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack trace");
console.log(
  "dist smoke test: import and require builds load and agree (canonical sample scores included); " +
    "P10Error is one class across principle10, /node, /report and /advanced in each build; " +
    "the p10 command imports the ESM build's core",
);
