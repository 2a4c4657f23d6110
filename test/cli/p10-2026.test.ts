// The p10-2026 framework through the CLI: `p10 frameworks` lists it, `p10 score` shows law, practice and gap
// per pillar on its seed, and `--crosswalk` scores the edi-2015 seed under it, saying which nodes EDI never
// assessed and which the coverage rule left without a score.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { p10 } from "./run-cli.js";

const P10_SAMPLE = "seeds/p10-2026-sample.csv";
const EDI_SAMPLE = "seeds/edi-2015-sample.csv";
const CROSSWALK = "data/crosswalks/edi-2015_to_p10-2026.json";

describe("p10 frameworks", () => {
  it("lists p10-2026 1.2.0: 3 pillars, 26 guideline groups plus the defenders group, 95 legal and 43 practice", async () => {
    const r = await p10(["frameworks"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^p10-2026\s+1\.2\.0\s+3\s+27\s+26\s+95\s+43\s+principle10 environmental democracy/m,
    );
  });

  it("lists the earlier versions the package keeps: 1.1.0 (89 legal, 41 practice) and 1.0.0", async () => {
    const r = await p10(["frameworks"]);
    expect(r.stdout).toMatch(
      /^p10-2026\s+1\.1\.0\s+3\s+27\s+26\s+89\s+41\s+\(earlier version, kept as data\/frameworks\/p10-2026-1\.1\.0\.json\)$/m,
    );
    expect(r.stdout).toMatch(/^p10-2026\s+1\.0\.0\s+3\s+27\s+26\s+89\s+41\s+\(earlier version/m);
  });
});

describe("p10 score on the p10-2026 seed", () => {
  it("uses the p10-default method and shows law, practice and gap overall and per pillar", async () => {
    const r = await p10(["score", P10_SAMPLE, "-f", "p10-2026"], { tty: true });
    expect(r.code).toBe(0);
    // The score set's warnings: four "yes" answers to evidence-bound indicators name no source (flagged).
    expect(
      r.stderr
        .split("\n")
        .filter(Boolean)
        .map((l) => l.split(": warning ")[0]),
    ).toEqual([
      "seeds/p10-2026-sample.csv:129",
      "seeds/p10-2026-sample.csv:259",
      "seeds/p10-2026-sample.csv:519",
      "seeds/p10-2026-sample.csv:521",
    ]);
    expect(r.stderr).toContain(
      'seeds/p10-2026-sample.csv:521: warning P10_EVIDENCE_MISSING: DVL 2025 PDEF.3: "2" needs at least 1 source, 0 given; kept (flagged)\n',
    );
    expect(r.stdout).toMatch(/^2025 \(p10-2026 1\.2\.0, method p10-default 1\.0\.0\)$/m);
    const header = r.stdout
      .split("\n")[1]
      ?.trim()
      .split(/\s{2,}/);
    expect(header).toEqual([
      "law rank",
      "entity",
      "name",
      "law",
      "practice",
      "gap",
      "information law",
      "information practice",
      "information gap",
      "participation law",
      "participation practice",
      "participation gap",
      "justice law",
      "justice practice",
      "justice gap",
      "law band",
    ]);
    expect(r.stdout.split("\n").filter((l) => /^\s+\d+\s+[A-Z]{3}\s/.test(l))).toHaveLength(14);
  });

  it("writes the gap rows to CSV, each equal to law − practice as displayed (to rounding)", async () => {
    const r = await p10(["score", P10_SAMPLE, "-f", "p10-2026", "--format", "csv"]);
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(","));
    const exact = (entity: string, node: string) =>
      Number(rows.find((x) => x[0] === entity && x[2] === node)?.[5]);
    // Belmora: strong law, weak practice (the seed's largest implementation gap).
    const gap = exact("BMR", "gap:information");
    expect(gap).toBeGreaterThan(30);
    expect(gap).toBeCloseTo(exact("BMR", "law:information") - exact("BMR", "practice:information"), 10);
  });
});

describe("p10 score --crosswalk", () => {
  it("scores the edi-2015 seed under p10-2026 and says which nodes lack answers or coverage", async () => {
    const r = await p10(["score", EDI_SAMPLE, "-f", "p10-2026", "--crosswalk", CROSSWALK, "--format", "md"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `${CROSSWALK}: warning P10_CROSSWALK_UNASSESSED: G7, G14, G25, DEF: no answers (not assessed by edi-2015); ` +
        "39 of 138 p10-2026 indicators have no edi-2015 source and count as missing",
    );
    // EDI's practice indicators cover too few guidelines for most practice pillars to reach 2/3.
    expect(r.stderr).toMatch(
      /^seeds\/edi-2015-sample\.csv: warning P10_CROSSWALK_COVERAGE: practice index: too few children scored for the method's minimum coverage \(2\/3\), so no score for p10 \(27 of 28 units\), information \(28 of 28 units\),.* participation \(28 of 28 units\)/m,
    );
    expect(r.stdout).toMatch(/^_p10-2026 1\.2\.0, method p10-default 1\.0\.0_$/m);
    // 1.2.0: EDI has no 4.5, so G4 has 3 of its 5 legal indicators (< 2/3) and no law score; information is
    // the mean of the other six groups (1.1.0: 85.3 and 94.5).
    expect(r.stdout).toMatch(/^\| 1 \| ARV \| Arvenia \| 85\.7 \| — \| — \| 95\.7 \|/m);
  });

  it("takes the target framework from the crosswalk when -f is not given", async () => {
    const a = await p10(["score", EDI_SAMPLE, "--crosswalk", CROSSWALK, "--format", "csv"]);
    const b = await p10(["score", EDI_SAMPLE, "-f", "p10-2026", "--crosswalk", CROSSWALK, "--format", "csv"]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain("ARV,2024,law:p10,index,85.7,");
  });

  it("keeps each answer's CSV line (p10 explain)", async () => {
    const r = await p10([
      "explain",
      EDI_SAMPLE,
      "--crosswalk",
      CROSSWALK,
      "--entity",
      "ARV",
      "--period",
      "2024",
    ]);
    expect(r.code).toBe(0);
    // ARV 2024 1.1 is on line 101 of the EDI seed (header, 99 rows of 2014, then 2024 starting with 1.1).
    expect(readFileSync(EDI_SAMPLE, "utf8").split("\n")[100]).toMatch(/^ARV,Arvenia,2024,1\.1,3,/);
    expect(r.stdout).toMatch(/^\s+1\.1 3 "Good practice" → 100\.0 .* line 101 /m);
    expect(r.stdout).toMatch(/^\s+1\.7 absent \(no row\)$/m);
  });

  it("refuses a crosswalk whose target is not -f, naming the file and the JSON path (exit 1)", async () => {
    const r = await p10(["score", EDI_SAMPLE, "-f", "edi-2015", "--crosswalk", CROSSWALK]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${CROSSWALK}: to.framework: error P10_CROSSWALK_FRAMEWORK: the crosswalk maps to "p10-2026", but the target is "edi-2015"`,
    );
  });

  it("reports every bad pair of a broken crosswalk file with its JSON path (exit 1)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "p10-cw-"));
    const doc = JSON.parse(readFileSync(CROSSWALK, "utf8"));
    doc.map["1.1"] = "1.99";
    doc.map["1.2"] = "P1.1";
    writeFileSync(join(dir, "cw.json"), JSON.stringify(doc));
    const csv = join(process.cwd(), EDI_SAMPLE);
    const r = await p10(["score", csv, "--crosswalk", "cw.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cw.json: map["1.1"]: error P10_CROSSWALK_UNKNOWN_TARGET:');
    expect(r.stderr).toContain('cw.json: map["1.2"]: error P10_CROSSWALK_SCALE:');
    const dup = { ...doc, map: { "1.1": "1.1", "1.2": "1.1" } };
    writeFileSync(join(dir, "dup.json"), JSON.stringify(dup));
    const d = await p10(["score", csv, "--crosswalk", "dup.json"], { cwd: dir });
    expect(d.code).toBe(1);
    expect(d.stderr).toContain('dup.json: map["1.2"]: error P10_CROSSWALK_DUPLICATE_TARGET:');
  });
});
