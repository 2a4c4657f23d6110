// Question: can an auditor reproduce published scores bit for bit, and what does a changed answer look like?
//
// An auditor's walk-through: publish scores with a manifest, reproduce them bit for bit, then see what
// verification says when one answer in the data is changed, and when only the row order is.
//
// Run it after `npm run build`:
//
//   node examples/auditor-walkthrough.mjs
//
// The same steps on the command line: `p10 score data.csv --manifest run.json` then `p10 verify run.json`.
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { verificationIssues, verificationStatus } from "principle10/advanced";
import { formatIssue, frameworks, methods, score, verificationSummary } from "principle10";
import { readAssessments, saveManifest, verifyManifest } from "principle10/node";

const SAMPLE = fileURLToPath(new URL("../seeds/edi-2015-sample.csv", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "p10-auditor-"));
const data = join(folder, "edi-2015-sample.csv");
const manifestFile = join(folder, "manifest.json");
const ms = (since) => `${(performance.now() - since).toFixed(0)} ms`;
const say = (text = "") => console.log(text);

try {
  // 1. The publisher scores the sample and writes a manifest next to the data.
  copyFileSync(SAMPLE, data);
  const original = readFileSync(data, "utf8");
  let t = performance.now();
  const edi = frameworks.get("edi-2015");
  const parsed = await readAssessments(data, edi);
  const scoreSet = score(parsed.dataset, edi, methods.get("edi-2015"));
  const { manifest, scoresPath } = await saveManifest(manifestFile, {
    scoreSet,
    framework: "edi-2015",
    assessments: data,
    rows: parsed.accounting.read,
  });
  say("1. The publisher scores the EDI sample and writes a manifest");
  say(`   ${scoreSet.units.length} entity × period units from ${parsed.accounting.read} rows (${ms(t)})`);
  say(
    `   framework ${manifest.framework.id} ${manifest.framework.version}  sha256 ${manifest.framework.sha256}`,
  );
  say(`   method    ${manifest.method.id} ${manifest.method.version}  sha256 ${manifest.method.sha256}`);
  say(`   input     ${manifest.inputs[0].name}  sha256 ${manifest.inputs[0].sha256}`);
  say(
    `   output    ${manifest.output.file} (${statSync(scoresPath).size} bytes)  sha256 ${manifest.output.sha256}`,
  );
  say("   No timestamp anywhere: the same run writes the same two files.");
  say();

  // 2. The auditor re-runs everything the manifest names and compares bit for bit.
  t = performance.now();
  const clean = await verifyManifest("manifest.json", { cwd: folder });
  say(`2. The auditor verifies the untouched folder (${ms(t)})`);
  say(`   ${verificationStatus(clean)}: ${verificationSummary(clean)}`);
  assert.equal(verificationStatus(clean), "verified");
  say();

  // 3. Someone changes one answer in the data: ARV 2014, indicator 1.1, from 2 to 3 (line 2).
  const edited = original.replace(/^(ARV,Arvenia,2014,1\.1,)2,/m, "$13,");
  assert.notEqual(edited, original);
  writeFileSync(data, edited);
  const changed = await verifyManifest("manifest.json", { cwd: folder });
  say("3. One answer is changed in the data (ARV 2014, indicator 1.1: 2 → 3); the auditor verifies again");
  say(`   ${verificationStatus(changed)}: ${verificationSummary(changed)}`);
  for (const issue of verificationIssues(changed)) say(`   ${formatIssue(issue)}`);
  assert.equal(verificationStatus(changed), "mismatch");
  assert.ok(verificationIssues(changed).some((i) => i.code === "P10_VERIFY_ANSWER" && i.path === "1.1"));
  say();

  // 4. Only the row order changes: the file's hash moves, the scores do not, and the report says so.
  const [header, ...rows] = original.trimEnd().split("\n");
  writeFileSync(data, `${[header, ...rows.reverse()].join("\n")}\n`);
  const reordered = await verifyManifest("manifest.json", { cwd: folder });
  say("4. The rows are put in reverse order, nothing else; the auditor verifies again");
  say(`   ${verificationStatus(reordered)}: ${verificationSummary(reordered)}`);
  for (const issue of verificationIssues(reordered)) say(`   ${formatIssue(issue)}`);
  assert.equal(verificationStatus(reordered), "inputs-changed");
  say("   The data file is not the one published, so verification fails (p10 verify exits 1);");
  say("   `p10 verify --allow-input-changes` accepts it because every score is identical.");
  say();

  // 5. With the published file restored, the scores reproduce again.
  writeFileSync(data, original);
  assert.equal(verificationStatus(await verifyManifest("manifest.json", { cwd: folder })), "verified");
  say("5. With the published data restored, verification passes again.");
} finally {
  rmSync(folder, { recursive: true, force: true });
}
