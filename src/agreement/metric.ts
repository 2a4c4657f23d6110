/**
 * The difference functions δ²(c, k) of Krippendorff's alpha, one per level of measurement.
 * Krippendorff (2011), *Computing Krippendorff's Alpha-Reliability*, University of Pennsylvania, section E.
 */
import { P10Error } from "../errors.js";

/**
 * The level of measurement of the values: `nominal` for unordered codes, `ordinal` for ordered answer
 * levels (0–3, no/limited/yes), `interval` for points, `ratio` for non-negative quantities with a true zero.
 */
export type AlphaMetric = "nominal" | "ordinal" | "interval" | "ratio";

/**
 * The metrics {@link differenceMatrix} knows, in the order of the levels of measurement.
 *
 * @example
 * ```ts
 * import { ALPHA_METRICS, differenceMatrix } from "principle10/advanced";
 * // δ² between the values 0 and 1 (frequencies 2, 4, 2) under each level of measurement
 * ALPHA_METRICS.map((metric) => differenceMatrix(metric, [0, 1, 2], [2, 4, 2])[0]![1]); // [1, 9, 1, 1]
 * ```
 */
export const ALPHA_METRICS: readonly AlphaMetric[] = ["nominal", "ordinal", "interval", "ratio"];

/**
 * Computes δ²(c, k) for every pair of distinct values:
 * - nominal: 0 when c = k, else 1;
 * - ordinal: (Σ_{g=c..k} n_g − (n_c + n_k) / 2)², with n_g the marginal frequency of value g (the ranks of the
 *   values matter, not their distances);
 * - interval: (c − k)²;
 * - ratio: ((c − k) / (c + k))², 0 when c = k = 0.
 *
 * @param metric - the level of measurement.
 * @param values - the distinct values, ascending.
 * @param marginals - n_g for each value (used by the ordinal metric only).
 * @returns the symmetric matrix δ²[c][k], zero on the diagonal.
 * @throws P10Error `P10_AGREEMENT_OPTION` for an unknown metric, `P10_AGREEMENT_INPUT` when the ratio
 *   metric meets a negative value.
 * @example
 * ```ts
 * import { differenceMatrix } from "principle10/advanced";
 * differenceMatrix("ordinal", [0, 1, 2], [2, 4, 2]); // [[0, 9, 36], [9, 0, 9], [36, 9, 0]]
 * ```
 */
export function differenceMatrix(
  metric: AlphaMetric,
  values: readonly number[],
  marginals: readonly number[],
): number[][] {
  if (!ALPHA_METRICS.includes(metric)) {
    const message = `unknown metric ${JSON.stringify(metric)} (expected one of ${ALPHA_METRICS.join(", ")})`;
    throw new P10Error("P10_AGREEMENT_OPTION", message);
  }
  if (metric === "ratio" && values.some((v) => v < 0)) {
    const message = `the ratio metric needs non-negative values, found ${values.find((v) => v < 0)}`;
    throw new P10Error("P10_AGREEMENT_INPUT", message);
  }
  return values.map((_, i) => values.map((__, j) => (i === j ? 0 : delta2(metric, values, marginals, i, j))));
}

function delta2(
  metric: AlphaMetric,
  values: readonly number[],
  marginals: readonly number[],
  i: number,
  j: number,
): number {
  const c = values[i]!;
  const k = values[j]!;
  switch (metric) {
    case "nominal":
      return 1;
    case "interval":
      return (c - k) ** 2;
    case "ratio":
      return ((c - k) / (c + k)) ** 2; // c ≠ k and both ≥ 0, so c + k > 0
    case "ordinal": {
      const [low, high] = i < j ? [i, j] : [j, i];
      let between = 0;
      for (let g = low; g <= high; g++) between += marginals[g]!;
      return (between - (marginals[low]! + marginals[high]!) / 2) ** 2;
    }
  }
}
