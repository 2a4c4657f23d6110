/**
 * Percent exact agreement over pairs of values within units, for any number of coders: the agreeing pairs
 * pooled over units. With the same number of values in every unit it equals Fleiss' P̄ (Fleiss 1971,
 * *Measuring nominal scale agreement among many raters*, Psychological Bulletin 76(5)); with two coders it is
 * the plain share of units on which they agree.
 */
import { type ReliabilityData, unitValues } from "./reliability-data.js";

/** Percent exact agreement with the counts it was computed from. */
export interface PercentAgreement {
  /** agreeing pairs / pairs, in [0, 1] (multiply by 100 for a percentage); `null` when there is no pair. */
  readonly proportion: number | null;
  /** Unordered pairs of equal values within a unit. */
  readonly agreeingPairs: number;
  /** Unordered pairs of values within a unit: Σ_u m_u (m_u − 1) / 2. */
  readonly pairs: number;
  /** Units with at least two values. */
  readonly units: number;
  /** Units with fewer than two values, left out. */
  readonly droppedUnits: number;
}

/**
 * Counts, over every unordered pair of values given to the same unit, how many pairs are equal. A unit with
 * m values has m (m − 1) / 2 pairs, so with two coders this is the share of units on which they agree.
 * Exact integer counts; the one division is the last step.
 *
 * @param data - the reliability data.
 * @returns the proportion of agreeing pairs and the counts.
 * @throws never.
 * @example
 * ```ts
 * import { createReliabilityData, percentAgreement } from "principle10/advanced";
 * const data = createReliabilityData([
 *   { unit: "u1", coder: "A", value: 2 }, { unit: "u1", coder: "B", value: 2 }, { unit: "u1", coder: "C", value: 3 },
 *   { unit: "u2", coder: "A", value: 1 }, { unit: "u2", coder: "B", value: 1 },
 * ]);
 * percentAgreement(data); // { proportion: 0.5, agreeingPairs: 2, pairs: 4, units: 2, droppedUnits: 0 }
 * ```
 */
export function percentAgreement(data: ReliabilityData): PercentAgreement {
  let agreeingPairs = 0;
  let pairs = 0;
  let units = 0;
  data.units.forEach((_, u) => {
    const values = unitValues(data, u);
    if (values.length < 2) return;
    units += 1;
    pairs += (values.length * (values.length - 1)) / 2;
    for (let i = 0; i < values.length; i++) {
      for (let j = i + 1; j < values.length && values[j] === values[i]; j++) agreeingPairs += 1;
    }
  });
  const proportion = pairs === 0 ? null : agreeingPairs / pairs;
  return { proportion, agreeingPairs, pairs, units, droppedUnits: data.units.length - units };
}
