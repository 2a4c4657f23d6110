// p10 score / explain / verify with --combine median|mean on the double-scored sample (two lawyers per
// jurisdiction) and on a small three-assessor file; values by hand from the rows quoted in each test.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { p10 } from "./run-cli.js";

const DOUBLE = "seeds/edi-2015-double-scored.csv";

interface Row {
  entity: string;
  period: string;
  node: string;
  score: string | null;
  score_exact: string | null;
}
const rowOf = (json: { rows: Row[] }, entity: string, period: string, node: string): Row | undefined =>
  json.rows.find((r) => r.entity === entity && r.period === period && r.node === node);

describe("p10 score --combine", () => {
  it("needs a choice for a double-scored file, and refuses --assessor with --combine (usage, 2)", async () => {
    const plain = await p10(["score", DOUBLE]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/P10_MULTIPLE_ASSESSORS.*--combine median\|mean/);
    const both = await p10(["score", DOUBLE, "--combine", "median", "--assessor", "lawyer-1-ARV"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--assessor and --combine exclude each other/);
    const bad = await p10(["score", DOUBLE, "--combine", "mode"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--combine must be one of median, mean; got "mode"/);
  });

  it("scores the median of the two lawyers and says so in the JSON and the table header", async () => {
    const r = await p10(["score", DOUBLE, "--combine", "median", "--format", "json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.combine).toBe("median");
    // Lines 4–5: ARV 2014 1.2 is 3 by lawyer-1-ARV and 2 by lawyer-2-ARV, so the median is (2 + 3)/2 = 2.5;
    // lines 2–3: 1.1 is 2 and 2, median 2.
    expect(rowOf(json, "ARV", "2014", "1.2")?.score_exact).toBe("2.5");
    expect(rowOf(json, "ARV", "2014", "1.1")?.score_exact).toBe("2");
    const table = await p10(["score", DOUBLE, "--combine", "median", "--format", "table"]);
    expect(table.stdout.split("\n")[0]).toBe(
      "2024 (edi-2015 1.1.0, method edi-2015 1.0.0, combined: median of assessors)",
    );
    // Without --combine the JSON has no combine key.
    const one = JSON.parse(
      (await p10(["score", DOUBLE, "--assessor", "lawyer-1-ARV", "--format", "json"])).stdout,
    );
    expect(one.combine).toBeUndefined();
  });

  it("keeps a mean of three exact: 1, 1, 2 → 4/3, and G1 = (4/3 + 3)/2 = 13/6 to 50 digits", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "p10-combine-"));
    const rows = ["A,2024,1.1,1,Ann", "A,2024,1.1,1,Bob", "A,2024,1.1,2,Cid", "A,2024,1.2,3,Ann"];
    writeFileSync(join(cwd, "three.csv"), ["entity,period,indicator,response,assessor", ...rows].join("\n"));
    const r = await p10(["score", "three.csv", "--combine", "mean", "--format", "json"], { cwd });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(rowOf(json, "A", "2024", "1.1")?.score_exact).toBe(`1.${"3".repeat(49)}`);
    // G1 = mean of 1.1 (4/3) and 1.2 (3) = 13/6 = 2.1666…7 (rounded once, at the 50th digit).
    expect(rowOf(json, "A", "2024", "G1")?.score_exact).toBe(`2.1${"6".repeat(47)}7`);
    expect(rowOf(json, "A", "2024", "edi")?.score_exact).toBe(`2.1${"6".repeat(47)}7`);
  });
});

describe("p10 explain --combine", () => {
  it("shows the combined answer and every assessor's row", async () => {
    const r = await p10(["explain", DOUBLE, "--entity", "ARV", "--period", "2014", "--combine", "mean"]);
    expect(r.code).toBe(0);
    const line = r.stdout.split("\n").find((l) => l.trim().startsWith("1.2 "));
    expect(line?.trim()).toMatch(/^1\.2 2\.5 "combined \(mean of 2, 3\)" → 2\.50 · /);
    expect(line).toMatch(/ · assessors lawyer-1-ARV 3 \(line 4\), lawyer-2-ARV 2 \(line 5\)$/);
  });
});

describe("p10 score --combine --manifest and p10 verify", () => {
  it("records combine in the manifest, and verify reproduces it (and fails when it is changed)", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "p10-combine-verify-"));
    copyFileSync(DOUBLE, join(cwd, "double.csv"));
    const run = ["score", "double.csv", "--combine", "mean", "--out", "s.csv", "--manifest", "run.json"];
    expect((await p10(run, { cwd })).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(cwd, "run.json"), "utf8"));
    expect(manifest.options).toEqual({
      delimiter: "auto",
      format: "auto",
      allowExtra: false,
      assessor: null,
      combine: "mean",
    });
    const ok = await p10(["verify", "run.json"], { cwd });
    expect([ok.code, ok.stdout.split("\n")[0]]).toEqual([0, "verified"]);
    // With two assessors per cell the median and the mean coincide, so the change that shows the option
    // is read is to none: the double-scored file then cannot be scored at all.
    writeFileSync(
      join(cwd, "none.json"),
      JSON.stringify({ ...manifest, options: { ...manifest.options, combine: null } }),
    );
    const none = await p10(["verify", "none.json"], { cwd });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/P10_MULTIPLE_ASSESSORS/);
  });

  it("still reads a manifest written before combine existed", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "p10-combine-old-"));
    copyFileSync("seeds/edi-2015-sample.csv", join(cwd, "sample.csv"));
    expect(
      (await p10(["score", "sample.csv", "--out", "s.csv", "--manifest", "run.json"], { cwd })).code,
    ).toBe(0);
    const manifest = JSON.parse(readFileSync(join(cwd, "run.json"), "utf8"));
    expect(manifest.options.combine).toBeNull();
    const { combine: _, ...old } = manifest.options;
    writeFileSync(join(cwd, "old.json"), JSON.stringify({ ...manifest, options: old }));
    expect((await p10(["verify", "old.json"], { cwd })).code).toBe(0);
  });
});
