/**
 * Krippendorff's alpha for any number of coders, missing values and four levels of measurement, computed
 * from the coincidence matrix: Krippendorff (2011), *Computing Krippendorff's Alpha-Reliability*,
 * University of Pennsylvania, sections C–E. Floats (a statistic, not an official score), summed in a
 * canonical order so that the result does not depend on the order or the names of units and coders.
 */
import { coincidences } from "./coincidence.js";
import { type AlphaMetric, differenceMatrix } from "./metric.js";
import type { ReliabilityData } from "./reliability-data.js";

/** Options of {@link krippendorffAlpha}. */
export interface AlphaOptions {
  /** The level of measurement of the values; no default, because the right one depends on the scale. */
  readonly metric: AlphaMetric;
}

/** Why alpha is undefined: no unit has two values, or every pairable value is the same (D_e = 0). */
export type AlphaUndefinedReason = "no pairable values" | "no variation";

/** Krippendorff's alpha with the counts it was computed from. */
export interface AlphaResult {
  /** The metric used. */
  readonly metric: AlphaMetric;
  /** α = 1 − D_o / D_e, in (−∞, 1]; `null` when undefined (see `reason`). */
  readonly alpha: number | null;
  /** `null` when alpha is defined. */
  readonly reason: AlphaUndefinedReason | null;
  /** D_o = (1/n) Σ_c Σ_k o_ck δ²_ck, the observed disagreement; `null` without pairable values. */
  readonly observedDisagreement: number | null;
  /** D_e = 1/(n(n−1)) Σ_c Σ_k n_c n_k δ²_ck, the disagreement expected by chance; `null` without pairable values. */
  readonly expectedDisagreement: number | null;
  /** n, the number of pairable values (values in units with at least two values). */
  readonly pairableValues: number;
  /** The pairable units. */
  readonly units: number;
  /** Units left out for having fewer than two values. */
  readonly droppedUnits: number;
}

/**
 * Computes Krippendorff's alpha: α = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
 *
 * When every pairable value is the same, D_e = 0 and α = 0/0 is undefined: the result is `alpha: null`
 * with reason `"no variation"` (the data cannot show whether coders would agree on different cases).
 * Whenever alpha is defined and every pair agrees, D_o = 0 exactly and α = 1.
 *
 * @param data - the reliability data (values are level indices or level values).
 * @param options - `metric`: `nominal`, `ordinal`, `interval` or `ratio`.
 * @returns alpha, D_o, D_e and the counts used.
 * @throws P10Error `P10_AGREEMENT_OPTION` for an unknown metric; `P10_AGREEMENT_INPUT` for a negative value
 *   under the ratio metric.
 * @example
 * ```ts
 * import { createReliabilityData, krippendorffAlpha } from "principle10/advanced";
 * // Krippendorff (2011), section A: two observers, ten units, binary values.
 * const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
 * const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
 * const records = a.flatMap((value, u) => [
 *   { unit: `u${u}`, coder: "A", value },
 *   { unit: `u${u}`, coder: "B", value: b[u]! },
 * ]);
 * krippendorffAlpha(createReliabilityData(records), { metric: "nominal" }).alpha; // 0.0952… (= 2/21)
 * ```
 */
export function krippendorffAlpha(data: ReliabilityData, options: AlphaOptions): AlphaResult {
  const o = coincidences(data);
  const delta2 = differenceMatrix(options.metric, o.values, o.marginals);
  const n = o.pairableValues;
  const counts = { metric: options.metric, pairableValues: n, units: o.units, droppedUnits: o.droppedUnits };
  if (n === 0) {
    return {
      ...counts,
      alpha: null,
      reason: "no pairable values",
      observedDisagreement: null,
      expectedDisagreement: null,
    };
  }
  let observed = 0; // Σ_c Σ_k o_ck δ²_ck
  let expected = 0; // Σ_c Σ_k n_c n_k δ²_ck
  for (let c = 0; c < o.values.length; c++) {
    for (let k = 0; k < o.values.length; k++) {
      const d = delta2[c]![k]!;
      observed += o.matrix[c]![k]! * d;
      expected += o.marginals[c]! * o.marginals[k]! * d;
    }
  }
  const disagreements = {
    observedDisagreement: observed / n,
    expectedDisagreement: expected / (n * (n - 1)),
  };
  if (expected === 0) return { ...counts, ...disagreements, alpha: null, reason: "no variation" };
  return { ...counts, ...disagreements, alpha: 1 - ((n - 1) * observed) / expected, reason: null };
}
