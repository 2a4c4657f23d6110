// Comparing over time on the EDI sample (README "Comparing over time"): the edi-2015 structure with
// z-scored answers, pooled over both periods, per period, or against the 2014 edition; p10 compare's
// warning; and p10 score --manifest / p10 verify with stated statistics.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { frameworks } from "../../src/index.js";
import { p10 } from "./run-cli.js";

const SAMPLE = "seeds/edi-2015-sample.csv";
const method = (name: string) => resolve(`examples/methods/edi-2015-z-${name}.json`);

/** The sample with only one period's rows, in a temporary folder. */
function onePeriod(period: string): string {
  const lines = readFileSync(SAMPLE, "utf8").split("\n");
  const kept = lines.filter((l, k) => k === 0 || l.split(",")[2] === period);
  const file = join(mkdtempSync(join(tmpdir(), "p10-over-time-")), `only-${period}.csv`);
  writeFileSync(file, `${kept.join("\n")}\n`);
  return file;
}

async function rows(file: string, name: string, period: string): Promise<string[]> {
  const r = await p10(["score", file, "-m", method(name), "--format", "csv"]);
  expect(r.code).toBe(0);
  return r.stdout.split("\n").filter((l) => l.split(",")[1] === period);
}

const changed = (a: readonly string[], b: readonly string[]): number => a.filter((x, k) => x !== b[k]).length;

describe("the sample's numbers (README: Comparing over time)", () => {
  it("pooled z-scores: 1,710 of the 1,764 score rows of 2024 change when the 2014 answers are in the file; Castequia and Eskarund swap 3rd and 4th", async () => {
    const both = await rows(SAMPLE, "pooled", "2024");
    const alone = await rows(onePeriod("2024"), "pooled", "2024");
    expect([both.length, changed(both, alone)]).toEqual([1764, 1710]);
    const top = (r: string[]) =>
      r
        .filter((l) => l.includes(",edi,index,"))
        .map((l) => l.split(","))
        .filter((c) => Number(c[6]) === 3 || Number(c[6]) === 4)
        .map((c) => `${c[6]} ${c[0]}`)
        .sort();
    expect(top(both)).toEqual(["3 ESK", "4 CQS"]);
    expect(top(alone)).toEqual(["3 CQS", "4 ESK"]);
  });

  it("scope period: none of them changes", async () => {
    const both = await rows(SAMPLE, "period", "2024");
    expect(changed(both, await rows(onePeriod("2024"), "period", "2024"))).toBe(0);
  });

  it("reference period 2014: the 2014 edition's scores are the same before and after 2024 is added", async () => {
    const before = await rows(onePeriod("2014"), "reference", "2014");
    const after = await rows(SAMPLE, "reference", "2014");
    expect([after.length, changed(after, before)]).toEqual([1764, 0]);
    const missing = await p10(["score", onePeriod("2024"), "-m", method("reference")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      "reference period 2014, but the data have no answers for it (periods: 2024)",
    );
  });

  it("p10 compare warns when the method pools periods, and not otherwise", async () => {
    const pooled = await p10(["compare", SAMPLE, "-m", method("pooled"), "--format", "csv"]);
    expect(pooled.code).toBe(0);
    expect(pooled.stderr).toContain("warning P10_COMPARE_POOLED");
    expect(pooled.stderr).toContain("normalises answers (z-score) over every period pooled");
    const ref = await p10(["compare", SAMPLE, "-m", method("reference"), "--format", "csv"]);
    expect([ref.code, ref.stderr]).toEqual([0, ""]);
  });
});

describe("p10 verify with stated statistics", () => {
  it("verifies an untouched run and names a tampered stated statistic", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "p10-over-time-verify-"));
    copyFileSync(SAMPLE, join(cwd, "sample.csv"));
    const edi = frameworks.get("edi-2015");
    const stats = Object.fromEntries(
      edi.indicators.filter((i) => i.kind === "legal").map((i) => [i.id, { mean: "1.5", sd: "1" }]),
    );
    const doc = JSON.parse(readFileSync(method("reference"), "utf8"));
    const write = (s: typeof stats) =>
      writeFileSync(
        join(cwd, "stated.json"),
        JSON.stringify({
          ...doc,
          $schema: undefined,
          id: "edi-2015-z-stated",
          normalisation: { method: "z-score", reference: { stats: s } },
        }),
      );
    write(stats);
    const run = await p10(
      ["score", "sample.csv", "-m", "stated.json", "--out", "s.csv", "--manifest", "run.json"],
      { cwd },
    );
    expect(run.code).toBe(0);
    const ok = await p10(["verify", "run.json"], { cwd });
    expect([ok.code, ok.stdout.split("\n")[0]]).toEqual([0, "verified"]);
    write({ ...stats, "1.1": { mean: "1.4", sd: "1" } });
    const bad = await p10(["verify", "run.json"], { cwd });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("P10_VERIFY_METHOD");
    expect(bad.stderr).toContain(
      "P10_VERIFY_STATISTIC: normalisation statistic mean of indicator 1.1, stated in the method: published 1.5, recomputed 1.4",
    );
  });
});
