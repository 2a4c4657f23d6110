// p10 score --manifest, p10 verify and p10 score --trace on copies of the bundled sample.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/audit/hash.js";
import { p10 } from "./run-cli.js";

const SAMPLE = "seeds/edi-2015-sample.csv";

/** A folder holding a copy of the sample, scored with --manifest. */
async function scored(extra: string[] = []) {
  const cwd = mkdtempSync(join(tmpdir(), "p10-verify-"));
  copyFileSync(SAMPLE, join(cwd, "sample.csv"));
  const r = await p10(["score", "sample.csv", "--out", "scores.csv", "--manifest", "run.json", ...extra], {
    cwd,
  });
  expect(r.code).toBe(0);
  const manifest = JSON.parse(readFileSync(join(cwd, "run.json"), "utf8"));
  return { cwd, manifest, csv: readFileSync(join(cwd, "sample.csv"), "utf8") };
}

const digest = (cwd: string, name: string): string => sha256Hex(readFileSync(join(cwd, name)));

describe("p10 score --manifest", () => {
  it("writes the manifest and its scores next to the normal output, and says so on stderr", async () => {
    const { cwd, manifest } = await scored();
    expect(readFileSync(join(cwd, "scores.csv"), "utf8")).toMatch(/^entity,period,node/);
    expect(manifest.inputs[0]).toEqual({
      role: "assessments",
      name: "sample.csv",
      sha256: digest(cwd, "sample.csv"),
      rows: 2772,
    });
    expect(manifest.output.sha256).toBe(digest(cwd, "run.scores.json"));
  });

  it("refuses --crosswalk (not recordable yet) and --trace without --format json", async () => {
    const crosswalk = "data/crosswalks/edi-2015_to_p10-2026.json";
    const cross = await p10(["score", SAMPLE, "--crosswalk", crosswalk, "--manifest", "m.json"]);
    expect(cross.code).toBe(2);
    expect(cross.stderr).toContain("--manifest cannot record --crosswalk yet");
    const trace = await p10(["score", SAMPLE, "--trace"]);
    expect(trace.code).toBe(2);
    expect(trace.stderr).toContain("--trace needs --format json");
  });
});

describe("p10 verify", () => {
  it("exits 0 printing `verified` and a one-line summary on an untouched manifest", async () => {
    const { cwd, manifest } = await scored();
    const r = await p10(["verify", "run.json"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toEqual([
      "verified",
      `28 units of framework edi-2015 1.1.0 with method edi-2015 1.0.0 from sample.csv (2772 rows): scores sha256 ${manifest.output.sha256} reproduced bit for bit`,
    ]);
  });

  it("--format json: a document that parses, whose `verified` matches the exit code, pass or fail", async () => {
    const { cwd, csv } = await scored();
    const ok = await p10(["verify", "run.json", "--format", "json"], { cwd });
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe("");
    const passed = JSON.parse(ok.stdout);
    expect([passed.format, passed.status, passed.verified, passed.differences]).toEqual([
      "p10-verify/1",
      "verified",
      true,
      [],
    ]);
    writeFileSync(join(cwd, "sample.csv"), csv.replace(/^(ARV,Arvenia,2014,1\.1,)2,/m, "$13,"));
    const bad = await p10(["verify", "run.json", "--format", "json"], { cwd });
    expect(bad.code).toBe(1);
    const failed = JSON.parse(bad.stdout);
    expect(failed.verified).toBe(false);
    expect(failed.differences.length).toBeGreaterThan(0);
    expect(failed.issues.map((i: { code: string }) => i.code)).toContain("P10_VERIFY_ANSWER");
    // A manifest that cannot be checked at all: one located error on stderr, exit 1, no document.
    const missing = await p10(["verify", "nowhere.json", "--format", "json"], { cwd });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toMatch(/^[^\n]*nowhere\.json: error P10_FILE_READ: [^\n]+\n$/);
  });

  it("one changed answer: exit 1 naming the entity, the indicator, its line and both input hashes", async () => {
    const { cwd, manifest, csv } = await scored();
    // Line 2 of the sample: ARV, 2014, indicator 1.1, answer 2. Make it 3.
    expect(csv.split("\n")[1]).toMatch(/^ARV,Arvenia,2014,1\.1,2,/);
    writeFileSync(join(cwd, "sample.csv"), csv.replace(/^(ARV,Arvenia,2014,1\.1,)2,/m, "$13,"));
    const r = await p10(["verify", "run.json"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const before = manifest.inputs[0].sha256;
    const after = digest(cwd, "sample.csv");
    expect(r.stderr).toContain(
      `sample.csv: error P10_VERIFY_INPUT: input sample.csv changed (sha256 ${before} → ${after})\n`,
    );
    expect(r.stderr).toContain(
      "sample.csv:2: 1.1: error P10_VERIFY_ANSWER: ARV 2014: answer to indicator 1.1 changed: published 2, now 3\n",
    );
    expect(r.stderr).toMatch(
      /edi: error P10_VERIFY_SCORE: ARV 2014: index edi: node edi score published 2\.35\d+, recomputed 2\.36\d+/,
    );
    expect(r.stderr).toMatch(/: 1 of 28 units differ\n/);
    expect(r.stderr).toContain(
      "p10 verify: not verified: input sample.csv changed; the recomputed scores differ\n",
    );
  });

  it("a changed method: exit 1 naming the method's hashes and the first differing node per unit", async () => {
    // The method file lives in its own folder: the manifest names it relative to the manifest's folder.
    const folder = mkdtempSync(join(tmpdir(), "p10-method-"));
    const methodFile = join(folder, "method.json");
    copyFileSync("data/methods/edi-2015.json", methodFile);
    const { cwd, manifest } = await scored(["-m", methodFile]);
    expect(manifest.method.source.file).toMatch(/^\.\.\/p10-method-\w+\/method\.json$/);
    const doc = JSON.parse(readFileSync(methodFile, "utf8"));
    doc.aggregation.index = { function: "geometric" };
    doc.aggregation.zeros = "fail";
    writeFileSync(methodFile, JSON.stringify(doc));
    // Outside the manifest's folder: read only when the auditor says so.
    const refused = await p10(["verify", "run.json"], { cwd });
    expect(refused.stderr).toContain("error P10_VERIFY_PATH: the method file");
    const r = await p10(["verify", "run.json", "--allow-outside"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^\.\.\/p10-method-\w+\/method\.json: error P10_VERIFY_METHOD: method edi-2015 1\.0\.0 changed \(sha256 [0-9a-f]{64} → [0-9a-f]{64}\)$/m,
    );
    expect(r.stderr).not.toContain("P10_VERIFY_INPUT");
    expect(r.stderr).toMatch(/ARV 2024: index edi: node edi score published \d\.\d+, recomputed \d\.\d+/);
  });

  it("shuffled rows: the input hash changes, the output hash does not, and verify explains it", async () => {
    const { cwd, manifest, csv } = await scored();
    const [header, ...rows] = csv.trimEnd().split("\n");
    writeFileSync(join(cwd, "sample.csv"), `${[header, ...rows.reverse()].join("\n")}\n`);
    const after = digest(cwd, "sample.csv");
    expect(after).not.toBe(manifest.inputs[0].sha256);
    // Scoring the shuffled file writes the same canonical scores (same output hash).
    const again = await p10(["score", "sample.csv", "--manifest", "again.json"], { cwd });
    expect(again.code).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, "again.json"), "utf8")).output.sha256).toBe(
      manifest.output.sha256,
    );

    const r = await p10(["verify", "run.json"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `input sample.csv changed (sha256 ${manifest.inputs[0].sha256} → ${after}) but the recomputed scores are identical: the change does not affect any score (e.g. rows reordered)`,
    );
    const allowed = await p10(["verify", "run.json", "--allow-input-changes"], { cwd });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/^verified \(scores only: inputs changed\)\n/);
    expect(allowed.stderr).toMatch(/^sample\.csv: warning P10_VERIFY_INPUT: /);
  });

  it("an altered published scores file fails; an invalid manifest names its JSON path", async () => {
    const { cwd, manifest } = await scored();
    const scores = readFileSync(join(cwd, "run.scores.json"), "utf8");
    writeFileSync(join(cwd, "run.scores.json"), scores.replace(/"score":"2\./, '"score":"3.'));
    const altered = await p10(["verify", "run.json"], { cwd });
    expect(altered.code).toBe(1);
    expect(altered.stderr).toContain(
      "run.scores.json: error P10_VERIFY_SCORES_FILE: the published scores file was altered",
    );
    writeFileSync(
      join(cwd, "bad.json"),
      JSON.stringify({ ...manifest, options: { ...manifest.options, x: 1 } }),
    );
    const bad = await p10(["verify", "bad.json"], { cwd });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.json: options.x: error P10_MANIFEST_UNKNOWN_KEY: unknown key "x"');
    const usage = await p10(["verify"], { cwd });
    expect(usage.code).toBe(2);
  });
});

describe("p10 score --format json --trace", () => {
  it("adds each answer's CSV line and assessor; without --trace the JSON has no lines", async () => {
    const traced = await p10(["score", SAMPLE, "--format", "json", "--trace"]);
    expect(traced.code).toBe(0);
    const json = JSON.parse(traced.stdout);
    expect(json.trace.file).toBe(SAMPLE);
    // Line 2 of the sample: ARV 2014, indicator 1.1, answer 2, by B. Okoro.
    expect(json.trace.answers[0]).toEqual({
      entity: "ARV",
      period: "2014",
      indicator: "1.1",
      status: "answered",
      code: "2",
      line: 2,
      assessor: "B. Okoro",
    });
    const plain = await p10(["score", SAMPLE, "--format", "json"]);
    expect(JSON.parse(plain.stdout).trace).toBeUndefined();
  });
});

describe("p10 score --manifest and p10 verify with a case register", () => {
  /** A folder with copies of the case seed and its register, scored with --manifest. */
  async function scoredWithCases() {
    const cwd = mkdtempSync(join(tmpdir(), "p10-verify-cases-"));
    copyFileSync("seeds/p10-2026-cases.csv", join(cwd, "answers.csv"));
    copyFileSync("seeds/p10-2026-cases.cases.csv", join(cwd, "answers.cases.csv"));
    const r = await p10(
      ["score", "answers.csv", "-f", "p10-2026", "--out", "s.csv", "--manifest", "run.json"],
      {
        cwd,
      },
    );
    expect(r.code).toBe(0);
    return { cwd, manifest: JSON.parse(readFileSync(join(cwd, "run.json"), "utf8")) };
  }

  it("records the register as a second input (role cases, its SHA-256 and its 938 cases)", async () => {
    const { cwd, manifest } = await scoredWithCases();
    expect(manifest.inputs).toHaveLength(2);
    expect(manifest.inputs[1]).toEqual({
      role: "cases",
      name: "answers.cases.csv",
      sha256: digest(cwd, "answers.cases.csv"),
      rows: 938,
    });
    const ok = await p10(["verify", "run.json"], { cwd });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("from answers.csv (2296 rows), answers.cases.csv (938 rows)");
  });

  it("fails on a changed register, naming it, even when no score moves", async () => {
    const { cwd, manifest } = await scoredWithCases();
    const path = join(cwd, "answers.cases.csv");
    writeFileSync(
      path,
      readFileSync(path, "utf8").replace("Hydropower dam EIA", "Hydropower dam EIA (renamed)"),
    );
    const r = await p10(["verify", "run.json"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `answers.cases.csv: error P10_VERIFY_INPUT: input answers.cases.csv changed (sha256 ${manifest.inputs[1].sha256} → ${digest(cwd, "answers.cases.csv")})`,
    );
  });

  it("fails with a score mismatch when a case moves out of its window", async () => {
    const { cwd } = await scoredWithCases();
    const path = join(cwd, "answers.cases.csv");
    // ARV's single P3.1 case (3-year window) moved to 2015: P3.1 loses its only case and becomes missing.
    const lines = readFileSync(path, "utf8").split("\n");
    const at = lines.findIndex((l) => l.startsWith("ARV,2025,P3.1-1,"));
    const cells = lines[at]!.split(",");
    cells[5] = "2015-01-02";
    cells[6] = "2015-01-28";
    lines[at] = cells.join(",");
    writeFileSync(path, lines.join("\n"));
    const r = await p10(["verify", "run.json"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("answer to indicator P3.1 changed: published 2, now missing");
    expect(r.stderr).toContain(
      "p10 verify: not verified: input answers.cases.csv changed; the recomputed scores differ",
    );
  });
});
