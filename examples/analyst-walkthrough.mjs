// Question: how does an analyst go from a raw assessment file to a published data package and a report?
//
// A walk-through with the `p10` command, step by step, as an analyst would type it — here run from this
// script so that it can be checked. Everything is written to a fresh temporary folder, whose path is
// printed at the end: open scores.xlsx in a spreadsheet, report.html in a browser, and publish package/.
//
// Run it after `npm run build`, from any folder:  node examples/analyst-walkthrough.mjs
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { frameworks } from "principle10";

// The `p10` command of the installed package (its package.json names it), run with this Node.
const require = createRequire(import.meta.url);
const pkgFile = require.resolve("principle10/package.json");
const cli = join(dirname(pkgFile), JSON.parse(readFileSync(pkgFile, "utf8")).bin.p10);
const work = mkdtempSync(join(tmpdir(), "p10-walkthrough-"));
const p10 = (...args) => execFileSync(process.execPath, [cli, ...args], { cwd: work, encoding: "utf8" });

// 0. The raw file: the assessors' answers, one row per jurisdiction, year and indicator of the EDI.
copyFileSync(fileURLToPath(new URL("../seeds/edi-2015-sample.csv", import.meta.url)), join(work, "raw.csv"));
const edi = frameworks.get("edi-2015");
console.log(`0. raw.csv holds answers to the ${edi.indicators.length} indicators of ${edi.title}.`);

// 1. Check it. Every problem would be listed with its line and column; JSON is for scripts like this one.
const check = JSON.parse(p10("validate", "raw.csv", "--format", "json"));
console.log(
  `1. p10 validate raw.csv: ${check.valid ? "valid" : "INVALID"}, ${check.rows.read} rows, ` +
    `${check.entities} jurisdictions, periods ${check.periods.join(" and ")}.`,
);

// 2. Score it, once, into everything a reader or a portal needs: a workbook, a data package (scores,
//    jurisdictions and the assessment, each with a Table Schema) and a manifest that lets anyone redo it.
p10("score", "raw.csv", "--out", "scores.xlsx", "--datapackage", "package", "--manifest", "run.json");
const descriptor = JSON.parse(readFileSync(join(work, "package", "datapackage.json"), "utf8"));
console.log(
  `2. p10 score raw.csv --out scores.xlsx --datapackage package --manifest run.json: ` +
    `${descriptor.resources.map((r) => r.path).join(", ")} in package/; fill in its licence and sources.`,
);

// 3. What changed between the two periods? The CSV opens in any spreadsheet; here, the biggest rise.
const change = p10("compare", "raw.csv", "--format", "csv").trim().split("\n").slice(1);
const rows = change.map((l) => l.split(",")).filter((c) => c[1] === "edi" && c[10] !== "");
rows.sort((a, b) => Number(b[10]) - Number(a[10]));
const [top] = rows;
console.log(`3. p10 compare raw.csv: the biggest rise is ${top[0]}'s, ${top[5]} → ${top[6]} (${top[7]}).`);

// 4. The report people read: summary first, charts, a profile per jurisdiction, the methods with digests.
p10("report", "raw.csv", "--out", "report.html");
const html = readFileSync(join(work, "report.html"), "utf8");
const lead = /<section id="summary">.*?<li>([^<]+)<\/li>/s.exec(html)?.[1] ?? "";
console.log(`4. p10 report raw.csv --out report.html opens with: "${lead}"`);

// 5. Before publishing, check that the published scores are reproducible from the published inputs.
const verified = JSON.parse(p10("verify", "run.json", "--format", "json"));
console.log(`5. p10 verify run.json: ${verified.status}.`);

console.log(`\nEverything is in ${work}`);
