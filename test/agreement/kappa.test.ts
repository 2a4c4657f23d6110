import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cohenKappa, type KappaWeights } from "../../src/agreement/kappa.js";
import { krippendorffAlpha } from "../../src/agreement/krippendorff.js";
import { createReliabilityData } from "../../src/agreement/reliability-data.js";
import { isP10Error } from "../../src/errors.js";
import { arbitraryRecords, recordsFromColumns } from "./fixtures.js";

/**
 * Ten units, two raters, three ordered categories 0, 1, 2. Contingency table n_ij (rows: rater A, columns: B):
 *
 *          B=0  B=1  B=2 | r_i
 *   A=0     3    1    0  |  4
 *   A=1     1    2    1  |  4
 *   A=2     0    0    2  |  2
 *   c_j     4    3    3  | N = 10
 */
const TABLE = {
  A: [0, 0, 0, 0, 1, 1, 1, 1, 2, 2],
  B: [0, 0, 0, 1, 0, 1, 1, 2, 2, 2],
};
const data = createReliabilityData(recordsFromColumns(TABLE));

describe("cohenKappa", () => {
  it("matches the hand computation of the quadratic-weighted kappa", () => {
    // Expected counts e_ij = r_i c_j / N:
    //          B=0  B=1  B=2
    //   A=0    1.6  1.2  1.2
    //   A=1    1.6  1.2  1.2
    //   A=2    0.8  0.6  0.6
    // Agreement weights w_ij = 1 − (i − j)² / (k − 1)², k = 3:
    //          1    0.75  0
    //          0.75 1     0.75
    //          0    0.75  1
    // p_o = Σ w_ij n_ij / N = (3 + 2 + 2 + 0.75 · (1 + 1 + 1)) / 10 = 9.25 / 10 = 0.925
    // p_e = Σ w_ij e_ij / N = (1.6 + 1.2 + 0.6 + 0.75 · (1.2 + 1.6 + 1.2 + 0.6)) / 10 = 6.85 / 10 = 0.685
    // κ_q = (p_o − p_e) / (1 − p_e) = 0.24 / 0.315 = 16/21 = 0.761904…
    const result = cohenKappa(data);
    expect(result.weights).toBe("quadratic");
    expect(result.kappa).toBeCloseTo(16 / 21, 12);
    expect(result).toMatchObject({ coders: ["A", "B"], pairedUnits: 10, skippedUnits: 0, reason: null });
    // Mean disagreements with d = (i − j)²: observed 3 / 10, expected 12.6 / 10 (= Σ d_ij e_ij / N).
    expect(result.observedDisagreement).toBeCloseTo(0.3, 12);
    expect(result.expectedDisagreement).toBeCloseTo(1.26, 12);
  });

  it("matches the hand computation with linear weights and unweighted", () => {
    // Linear, d = |i − j|: observed Σ d n = 3; expected Σ d e = 1.2 + 2·1.2 + 1.6 + 1.2 + 2·0.8 + 0.6 = 8.6;
    //   κ = 1 − 3 / 8.6 = 28/43 = 0.6511…
    expect(cohenKappa(data, { weights: "linear" }).kappa).toBeCloseTo(28 / 43, 12);
    // Unweighted: p_o = 7/10, p_e = (1.6 + 1.2 + 0.6) / 10 = 0.34; κ = 0.36 / 0.66 = 6/11 = 0.5454…
    expect(cohenKappa(data, { weights: "unweighted" }).kappa).toBeCloseTo(6 / 11, 12);
  });

  it("skips and counts units where either rater is missing", () => {
    const withGaps = createReliabilityData(
      recordsFromColumns({ A: [...TABLE.A, null, 2, null], B: [...TABLE.B, 1, null, null] }),
    );
    expect(cohenKappa(withGaps)).toMatchObject({ pairedUnits: 10, skippedUnits: 3 });
    expect(cohenKappa(withGaps).kappa).toBeCloseTo(16 / 21, 12);
  });

  it("is null with a reason when undefined", () => {
    const three = createReliabilityData(recordsFromColumns({ A: [1, 2], B: [1, 2], C: [2, 2] }));
    expect(cohenKappa(three)).toMatchObject({
      kappa: null,
      reason: "needs exactly two coders",
      coders: null,
    });
    const noPairs = createReliabilityData(recordsFromColumns({ A: [1, null], B: [null, 2] }));
    expect(cohenKappa(noPairs)).toMatchObject({ kappa: null, reason: "no paired units", skippedUnits: 2 });
    const constant = createReliabilityData(recordsFromColumns({ A: [2, 2], B: [2, 2] }));
    expect(cohenKappa(constant)).toMatchObject({ kappa: null, reason: "no variation", pairedUnits: 2 });
  });

  it("rejects unknown weights", () => {
    try {
      cohenKappa(data, { weights: "cubic" as KappaWeights });
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && e.code).toBe("P10_AGREEMENT_OPTION");
    }
  });

  it("property: kappa lies in [−1, 1] for every weighting", () => {
    fc.assert(
      fc.property(arbitraryRecords, (records) => {
        const twoCoders = records.filter((r) => r.coder === "A" || r.coder === "B");
        for (const weights of ["quadratic", "linear", "unweighted"] as const) {
          const { kappa } = cohenKappa(createReliabilityData(twoCoders), { weights });
          if (kappa !== null) {
            expect(kappa).toBeGreaterThanOrEqual(-1 - 1e-12);
            expect(kappa).toBeLessThanOrEqual(1 + 1e-12);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("property: for two raters whose values are a permutation of each other, 1 − α_interval = (1 − 1/(2N)) (1 − κ_q)", () => {
    // Write m = mean (x − y)², v_x, v_y the population variances and Δμ the difference of the means.
    // Cohen: κ_q = 1 − N Σ(x − y)² / Σ_i Σ_j (x_i − y_j)², and Σ_i Σ_j (x_i − y_j)² = N² (v_x + v_y + Δμ²).
    // Krippendorff with n = 2N pooled values: Σ o δ² = 2 Σ (x − y)², and the sum over ordered pairs of
    // distinct values is 2 N² (v_x + v_y + Δμ²) + 2 N² v_x + 2 N² v_y, so
    //   1 − α = (1 − 1/(2N)) · m / (v_x + v_y + Δμ²/2),   1 − κ_q = m / (v_x + v_y + Δμ²).
    // With equal means (Δμ = 0) the two agree up to the factor 1 − 1/(2N): α → κ_q for large N.
    const pairs = fc
      .array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 40 })
      .chain((x) =>
        fc.shuffledSubarray(x, { minLength: x.length, maxLength: x.length }).map((y) => ({ x, y })),
      );
    fc.assert(
      fc.property(pairs, ({ x, y }) => {
        const d = createReliabilityData(recordsFromColumns({ A: x, B: y }));
        const alpha = krippendorffAlpha(d, { metric: "interval" }).alpha;
        const kappa = cohenKappa(d).kappa;
        expect(alpha === null).toBe(kappa === null);
        if (alpha === null || kappa === null) return;
        expect(1 - alpha).toBeCloseTo((1 - 1 / (2 * x.length)) * (1 - kappa), 10);
      }),
    );
  });
});
