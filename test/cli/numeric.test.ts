// Numeric indicators through the p10 command, on the measured sample (seeds/measured-sample.csv): validate
// (and its located errors), template, score in every text format, explain with units, and the JSON outputs.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { p10 } from "./run-cli.js";

const FW = ["-f", "examples/frameworks/measured.json"];
const METHOD = [...FW, "-m", "examples/methods/measured.json"];
const SAMPLE = "seeds/measured-sample.csv";
const tmp = mkdtempSync(join(tmpdir(), "p10-numeric-"));

describe("p10 on numeric indicators", () => {
  it("validates the measured sample", async () => {
    const { code, stdout, stderr } = await p10(["validate", SAMPLE, ...FW]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).toContain("rows: 280 read, 280 accepted, 0 rejected");
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("valid: 0 errors, 0 warnings");
  });

  it("prints each bad quantity as FILE:LINE:COLUMN with its code", async () => {
    const file = join(tmp, "bad.csv");
    writeFileSync(
      file,
      'entity,period,I.law,I.ontime,I.days,J.aid\nA,2024,2,"1,5",12,0.5\nB,2024,3,101,Infinity,x\nC,2024,1,50,,\n',
    );
    const { code, stderr } = await p10(["validate", file, ...FW]);
    expect(code).toBe(1);
    const found = stderr.split("\n").flatMap((l) => {
      const m = /:(\d+):(\d+): error (P10_\w+)/.exec(l);
      return m === null ? [] : [[m[3], Number(m[1]), Number(m[2])]];
    });
    expect(found).toEqual([
      ["P10_NUMERIC_DECIMAL_COMMA", 2, 4],
      ["P10_NUMERIC_OUT_OF_BOUNDS", 3, 4],
      ["P10_NUMERIC_NOT_FINITE", 3, 5],
      ["P10_NUMERIC_NOT_A_NUMBER", 3, 6],
    ]);
  });

  it("writes a template that says what a numeric indicator takes", async () => {
    const { stdout } = await p10(["template", ...FW]);
    expect(stdout.split("\n")[3]).toBe(
      ',,I.days,"Days to an answer: a number of at least 0 days, lower is better",,,',
    );
  });

  it("scores the sample in every text format, the same ranking in each", async () => {
    const table = await p10(["score", SAMPLE, ...METHOD, "--format", "table"]);
    expect(table.code).toBe(0);
    const first2024 = table.stdout.split("2024 (measured")[1]?.split("\n")[3];
    expect(first2024).toMatch(/^\s+1\s+ARV\s+Arvenia\s+89\.10\s/);
    const csv = await p10(["score", SAMPLE, ...METHOD, "--format", "csv"]);
    expect(csv.stdout).toContain("\nBMR,2024,I.days,indicator,66.32,");
    const json = JSON.parse((await p10(["score", SAMPLE, ...METHOD, "--format", "json"])).stdout);
    const row = json.rows.find(
      (r: Record<string, unknown>) => r.entity === "BMR" && r.period === "2024" && r.node === "I.days",
    );
    expect(row.score).toBe("66.32");
  });

  it("explains a measured value with its unit and the statistics on its own scale", async () => {
    const { stdout } = await p10(["explain", SAMPLE, ...METHOD, "--entity", "BMR", "--period", "2024"]);
    // (58.5 − 27) / (58.5 − 11) × 100 = 66.32: the slowest and fastest answers of 2024.
    expect(stdout).toMatch(
      /I\.days 27 "27 days" → 66\.32 .*min–max with min 11\.0000, max 58\.5000 \(period 2024, 14 units\)/,
    );
  });
});
