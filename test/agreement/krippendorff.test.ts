import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coincidences } from "../../src/agreement/coincidence.js";
import { krippendorffAlpha } from "../../src/agreement/krippendorff.js";
import { type AlphaMetric, differenceMatrix } from "../../src/agreement/metric.js";
import { createReliabilityData } from "../../src/agreement/reliability-data.js";
import { isP10Error } from "../../src/errors.js";
import { arbitraryRecords, KRIPPENDORFF_A, KRIPPENDORFF_C, recordsFromColumns } from "./fixtures.js";

const dataC = createReliabilityData(recordsFromColumns(KRIPPENDORFF_C));
const alphaOf = (metric: AlphaMetric) => krippendorffAlpha(dataC, { metric });

describe("coincidences", () => {
  it("reproduces the coincidence matrix of Krippendorff (2011), section C", () => {
    // Unit 12 has a single value and is dropped; the 11 other units hold n = 40 pairable values.
    // Unit 6 (values 1, 2, 3, 4; m = 4) adds 1/3 to every off-diagonal cell among 1..4; unit 2 (2, 2, 3, 2;
    // m = 4) adds 3 · 2/3 = 2 to o_22 and 3 · 1/3 = 1 to o_23 and o_32; unit 8 (1, 1, 2, 1) likewise for 1 and 2.
    const o = coincidences(dataC);
    expect(o.values).toEqual([1, 2, 3, 4, 5]);
    expect(o.pairableValues).toBe(40);
    expect(o.units).toBe(11);
    expect(o.droppedUnits).toBe(1);
    expect(o.marginals).toEqual([9, 13, 10, 5, 3]);
    const published = [
      [7, 4 / 3, 1 / 3, 1 / 3, 0],
      [4 / 3, 10, 4 / 3, 1 / 3, 0],
      [1 / 3, 4 / 3, 8, 1 / 3, 0],
      [1 / 3, 1 / 3, 1 / 3, 4, 0],
      [0, 0, 0, 0, 3],
    ];
    expect(o.matrix.flat().map((v) => Math.round(v * 3))).toEqual(
      published.flat().map((v) => Math.round(v * 3)),
    );
    expect(o.matrix[0]![1]).toBeCloseTo(4 / 3, 12);
  });
});

describe("krippendorffAlpha", () => {
  it("reproduces Krippendorff (2011), section C, for the four metrics (to three decimals, and exactly)", () => {
    // Exact values from a rational recomputation of the same coincidences (Python fractions):
    // nominal 113/152, ordinal 108577/133160, interval 951/1120, ratio 18222619/22852465.
    // Nominal by hand: α = 1 − (n − 1) (n − Σ o_cc) / (n² − Σ n_c²)
    //   = 1 − 39 · (40 − 32) / (1600 − (81 + 169 + 100 + 25 + 9)) = 1 − 312 / 1216 = 113/152 = 0.7434…
    expect(alphaOf("nominal").alpha!.toFixed(3)).toBe("0.743");
    expect(alphaOf("ordinal").alpha!.toFixed(3)).toBe("0.815");
    expect(alphaOf("interval").alpha!.toFixed(3)).toBe("0.849");
    expect(alphaOf("ratio").alpha!.toFixed(3)).toBe("0.797");
    expect(alphaOf("nominal").alpha).toBeCloseTo(113 / 152, 12);
    expect(alphaOf("ordinal").alpha).toBeCloseTo(108577 / 133160, 12);
    expect(alphaOf("interval").alpha).toBeCloseTo(951 / 1120, 12);
    expect(alphaOf("ratio").alpha).toBeCloseTo(18222619 / 22852465, 12);
    expect(alphaOf("nominal")).toMatchObject({
      pairableValues: 40,
      units: 11,
      droppedUnits: 1,
      reason: null,
    });
  });

  it("reproduces Krippendorff (2011), section A: binary data, two observers", () => {
    // 10 units, n = 20 values: n_0 = 14, n_1 = 6. Agreeing units: 4 × (0,0) and 1 × (1,1), so
    // o_00 = 10, o_11 = 2, o_01 = o_10 = 4.  α = 1 − (n − 1) o_01 / (n_0 n_1) = 1 − 19 · 4 / 84 = 2/21 = 0.0952…
    const data = createReliabilityData(recordsFromColumns(KRIPPENDORFF_A));
    const result = krippendorffAlpha(data, { metric: "nominal" });
    expect(result.alpha!.toFixed(3)).toBe("0.095");
    expect(result.alpha).toBeCloseTo(2 / 21, 12);
    // D_o = 2 · o_01 / n = 8/20 and D_e = 2 n_0 n_1 / (n (n − 1)) = 168/380.
    expect(result.observedDisagreement).toBeCloseTo(0.4, 12);
    expect(result.expectedDisagreement).toBeCloseTo(168 / 380, 12);
  });

  it("is exactly 1 when every pair agrees and the values vary across units", () => {
    const data = createReliabilityData(
      recordsFromColumns({ A: [0, 1, 3, null], B: [0, 1, 3, 2], C: [0, null, 3, 2] }),
    );
    for (const metric of ["nominal", "ordinal", "interval", "ratio"] as const) {
      expect(krippendorffAlpha(data, { metric })).toMatchObject({
        alpha: 1,
        reason: null,
        observedDisagreement: 0,
      });
    }
  });

  it("is null with reason 'no variation' when every pairable value is the same (D_e = 0)", () => {
    const data = createReliabilityData(recordsFromColumns({ A: [2, 2, 1], B: [2, 2, null] }));
    expect(krippendorffAlpha(data, { metric: "ordinal" })).toMatchObject({
      alpha: null,
      reason: "no variation",
      pairableValues: 4,
      droppedUnits: 1,
    });
  });

  it("is null with reason 'no pairable values' when no unit has two values", () => {
    const data = createReliabilityData(recordsFromColumns({ A: [2, null], B: [null, 1] }));
    expect(krippendorffAlpha(data, { metric: "interval" })).toMatchObject({
      alpha: null,
      reason: "no pairable values",
      observedDisagreement: null,
      units: 0,
      droppedUnits: 2,
    });
  });

  it("is negative for systematic disagreement", () => {
    const data = createReliabilityData(recordsFromColumns({ A: [0, 1, 0, 1], B: [1, 0, 1, 0] }));
    // o_01 = o_10 = 4, n_0 = n_1 = 4, n = 8: α = 1 − 7 · 8 / (2 · 16) = −0.75.
    expect(krippendorffAlpha(data, { metric: "nominal" }).alpha).toBeCloseTo(-0.75, 12);
  });

  it("rejects an unknown metric and negative values under the ratio metric", () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isP10Error(e) ? e.code : "not a P10Error";
      }
      return "no error";
    };
    expect(codeOf(() => krippendorffAlpha(dataC, { metric: "likert" as AlphaMetric }))).toBe(
      "P10_AGREEMENT_OPTION",
    );
    const negative = createReliabilityData(recordsFromColumns({ A: [-1, 2], B: [0, 2] }));
    expect(codeOf(() => krippendorffAlpha(negative, { metric: "ratio" }))).toBe("P10_AGREEMENT_INPUT");
    expect(krippendorffAlpha(negative, { metric: "interval" }).alpha).not.toBeNull();
  });

  it("property: alpha ≤ 1 for every metric, and D_o, D_e ≥ 0", () => {
    fc.assert(
      fc.property(arbitraryRecords, (records) => {
        const data = createReliabilityData(records);
        for (const metric of ["nominal", "ordinal", "interval", "ratio"] as const) {
          const result = krippendorffAlpha(data, { metric });
          if (result.alpha !== null) expect(result.alpha).toBeLessThanOrEqual(1);
          expect(result.observedDisagreement ?? 0).toBeGreaterThanOrEqual(0);
          expect(result.expectedDisagreement ?? 0).toBeGreaterThanOrEqual(0);
          expect(result.units + result.droppedUnits).toBe(data.units.length);
        }
      }),
    );
  });
});

describe("differenceMatrix", () => {
  it("computes the ordinal metric from the marginals (Krippendorff 2011, section E)", () => {
    // n = (2, 4, 2): δ²(0,1) = (2 + 4 − 3)² = 9, δ²(0,2) = (8 − 2)² = 36, δ²(1,2) = (6 − 3)² = 9.
    expect(differenceMatrix("ordinal", [0, 1, 2], [2, 4, 2])).toEqual([
      [0, 9, 36],
      [9, 0, 9],
      [36, 9, 0],
    ]);
    // Ratio: ((c − k) / (c + k))²; 0 and 2 differ by 1, 1 and 3 by (2/4)² = 0.25.
    expect(differenceMatrix("ratio", [0, 1, 2, 3], [1, 1, 1, 1])[0]![2]).toBe(1);
    expect(differenceMatrix("ratio", [0, 1, 2, 3], [1, 1, 1, 1])[1]![3]).toBe(0.25);
    expect(differenceMatrix("interval", [0, 1.5], [1, 1])).toEqual([
      [0, 2.25],
      [2.25, 0],
    ]);
  });
});
