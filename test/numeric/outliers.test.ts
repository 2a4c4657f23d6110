// COINr's default outlier treatment (R/treat.R in COINr 1.1: winsorise, then log_CT, judged by
// check_SkewKurt with e1071's type-2 skewness and kurtosis). Reference values computed by those formulas
// independently (in double precision, as R does); the comments give them.
import { describe, expect, it } from "vitest";
import { createDataset } from "../../src/advanced.js";
import { decimalFraction, type Fraction, fractionToDec } from "../../src/base/fraction.js";
import { parseFramework } from "../../src/framework/parse.js";
import { treatOutliers } from "../../src/method/outliers.js";
import { parseMethod } from "../../src/method/parse.js";
import { score } from "../../src/score/engine.js";

/** One numeric indicator: hearings held per year. */
const FRAMEWORK_H = {
  id: "h",
  version: "1",
  title: "Hearings",
  description: "d",
  source: "test",
  scales: [{ id: "n", title: "Hearings", kind: "numeric", unit: "per year", bounds: { min: "0" } }],
  nodes: [
    { id: "x", level: "index", title: "X" },
    { id: "p", level: "pillar", parent: "x", title: "P" },
    {
      id: "h",
      level: "indicator",
      parent: "p",
      kind: "practice",
      title: "H",
      question: "How many?",
      scale: "n",
    },
  ],
};
const COINR = { rule: "coinr" as const, winmax: 5, skew: "2", kurtosis: "3.5" };
/** Distinct values and how many units hold each, from a list with repeats. */
const tally = (xs: readonly number[]): { values: Fraction[]; counts: number[] } => {
  const distinct = [...new Set(xs)].sort((a, b) => a - b);
  return {
    values: distinct.map((v) => decimalFraction(String(v))),
    counts: distinct.map((v) => xs.filter((x) => x === v).length),
  };
};
const shown = (fs: readonly Fraction[]): string[] => fs.map((f) => fractionToDec(f).toString());

describe("COINr's outlier treatment", () => {
  it("leaves an indicator that passes (1…20: skewness 0, kurtosis −1.2)", () => {
    const { values, counts } = tally(Array.from({ length: 20 }, (_, k) => k + 1));
    expect(treatOutliers(COINR, values, counts)).toEqual({ applied: "none", values, winsorised: 0 });
  });

  it("winsorises one high outlier (1…9, 100: skewness 3.119, kurtosis 9.799 → 100 becomes 9)", () => {
    const { values, counts } = tally([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]);
    const r = treatOutliers(COINR, values, counts);
    expect([r.applied, r.winsorised]).toEqual(["winsorised", 1]);
    expect(shown(r.values)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "9"]);
  });

  it("winsorises a low outlier when the skew is negative (−100, 1…9: skewness −3.127 → −100 becomes 1)", () => {
    const { values, counts } = tally([-100, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const r = treatOutliers(COINR, values, counts);
    expect([r.applied, r.winsorised, shown(r.values)[0]]).toEqual(["winsorised", 1, "1"]);
  });

  it("counts tied points together, as COINr does (400 → 300, then both 300s → 50: 2 points)", () => {
    // skewness 2.631, kurtosis 6.082; after the two steps it passes.
    const { values, counts } = tally([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 40, 45, 50, 300, 400]);
    const r = treatOutliers(COINR, values, counts);
    expect([r.applied, r.winsorised]).toEqual(["winsorised", 2]);
    expect(shown(r.values).slice(-3)).toEqual(["50", "50", "50"]);
  });

  it("log-transforms the original values when winsorising is not enough", () => {
    // With winmax 1: 1000 → 500 leaves skewness 2.473 and kurtosis 5.147, so log_CT on the original:
    // ln(x − 1 + 0.01 × 999), to 12 places: 2.301584592660 for 1, 6.916705109502 for 1000.
    const { values, counts } = tally([...Array(10).fill(1), 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000]);
    const r = treatOutliers({ ...COINR, winmax: 1 }, values, counts);
    expect(r.applied).toBe("log");
    expect(r.values.map((f) => fractionToDec(f).toFixed(12))).toEqual([
      "2.301584592660",
      "2.396985768416",
      "2.484072969039",
      "2.638342788677",
      "2.943912524824",
      "3.366950942934",
      "4.077367938015",
      "4.691256134901",
      "5.342286403930",
      "6.232428369992",
      "6.916705109502",
    ]);
  });

  it("does nothing where COINr's test is undefined (three values; all equal)", () => {
    const three = tally([1, 2, 1000]);
    expect(treatOutliers(COINR, three.values, three.counts).applied).toBe("none");
    const equal = tally([5, 5, 5, 5, 5]);
    expect(treatOutliers(COINR, equal.values, equal.counts).applied).toBe("none");
  });

  it("treats a numeric indicator within each period before min–max, with a warning; ordinal ones never", () => {
    const fw = parseFramework(FRAMEWORK_H);
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100];
    const ds = createDataset(
      fw,
      xs.map((v, k) => ({ entity: `E${k}`, period: "2024", indicator: "h", value: String(v) })),
    );
    const method = parseMethod({
      id: "m",
      version: "1",
      title: "m",
      description: "d",
      normalisation: {
        method: "cohort-minmax",
        range: "0-100",
        scope: "period",
        outliers: { rule: "coinr" },
      },
      aggregation: {},
    });
    const run = score(ds, fw, method);
    // 100 is winsorised to 9, so min–max spans 1–9: E9 (100) and E8 (9) both 100, E0 (1) 0, E4 (5) 50.
    expect(run.units.map((u) => u.answers[0]?.value?.toString())).toEqual([
      "0",
      "12.5",
      "25",
      "37.5",
      "50",
      "62.5",
      "75",
      "87.5",
      "100",
      "100",
    ]);
    expect(run.warnings.map((w) => [w.code, w.message])).toEqual([
      [
        "P10_OUTLIERS_TREATED",
        "indicator h (period 2024): skewness and kurtosis beyond 2 and 3.5, so 1 point was winsorised (COINr's Treat)",
      ],
    ]);
  });
});

describe("the methods text", () => {
  it("names the outlier treatment, the transform and the measured values", async () => {
    const { readFileSync } = await import("node:fs");
    const { methodsText } = await import("../../src/report/methods-text.js");
    const fw = parseFramework(JSON.parse(readFileSync("examples/frameworks/measured.json", "utf8")));
    const doc = JSON.parse(readFileSync("examples/methods/measured.json", "utf8"));
    doc.normaliseScales.share.outliers = { rule: "coinr" };
    const text = methodsText(fw, parseMethod(doc)).paragraphs.join("\n");
    expect(text).toContain(
      "Answers on scale count are normalised by cohort-minmax (0-100), after ln(x + 1), instead.",
    );
    expect(text).toContain(
      "Answers on scale share are normalised by cohort-minmax (0-100) instead. Outliers of measured indicators are treated first, as COINr's Treat does: where |skewness| ≥ 2 and kurtosis ≥ 3.5, up to 5 extreme points are winsorised",
    );
    // The law's goalposts only: the quantities have normalisations of their own.
    expect(text).toContain("with min and max legal-0-3 0 and 3.");
  });
});

describe("outliers and a reference period", () => {
  it("are refused together, at the method's path", () => {
    const fw = parseFramework(JSON.parse(JSON.stringify(FRAMEWORK_H)));
    const ds = createDataset(fw, [
      { entity: "A", period: "2020", indicator: "h", value: "1" },
      { entity: "B", period: "2020", indicator: "h", value: "2" },
    ]);
    const method = parseMethod({
      id: "m",
      version: "1",
      title: "m",
      description: "d",
      normalisation: {
        method: "cohort-minmax",
        range: "0-1",
        reference: { period: "2020" },
        outliers: { rule: "coinr" },
      },
      aggregation: {},
    });
    let caught: unknown;
    try {
      score(ds, fw, method);
    } catch (e) {
      caught = e;
    }
    expect((caught as { issues?: { path?: string }[] }).issues?.[0]?.path).toBe("normalisation.outliers");
  });
});
