/**
 * The units on which coders gave different values, largest difference first: the list a review of double
 * scoring (as in the EDI, where two lawyers scored each country and reviewers settled the differences) works from.
 */
import { compareCodePoints } from "../base/code-points.js";
import type { ReliabilityData } from "./reliability-data.js";
import { maxOf, minOf } from "../base/extent.js";

/** One coder's value in a disagreement. */
export interface CoderValue {
  readonly coder: string;
  readonly value: number;
}

/** A unit whose coders disagree. */
export interface Disagreement {
  /** The unit id. */
  readonly unit: string;
  /** max − min of the unit's values: scale steps when the values are level indices. */
  readonly steps: number;
  /** The smallest value given. */
  readonly min: number;
  /** The largest value given. */
  readonly max: number;
  /** Every non-missing value, by coder (code-point order). */
  readonly values: readonly CoderValue[];
}

/**
 * Lists the units with at least two different values, sorted by `steps` (largest first), then by unit id in
 * code-point order, so the list is the same for any order of the input. Missing values are ignored.
 *
 * @param data - the reliability data (pass level indices for differences in scale steps).
 * @returns the disagreements, largest first; empty when every unit is unanimous.
 * @throws never.
 * @example
 * ```ts
 * import { createReliabilityData, listDisagreements } from "principle10/advanced";
 * const data = createReliabilityData([
 *   { unit: "u1", coder: "A", value: 3 }, { unit: "u1", coder: "B", value: 1 },
 *   { unit: "u2", coder: "A", value: 2 }, { unit: "u2", coder: "B", value: 2 },
 * ]);
 * listDisagreements(data);
 * // [{ unit: "u1", steps: 2, min: 1, max: 3, values: [{ coder: "A", value: 3 }, { coder: "B", value: 1 }] }]
 * ```
 */
export function listDisagreements(data: ReliabilityData): Disagreement[] {
  const found: Disagreement[] = [];
  data.units.forEach((unit, u) => {
    const values = data.coders.flatMap((coder, c) => {
      const value = data.values[u]?.[c];
      return value == null ? [] : [{ coder, value }];
    });
    if (values.length < 2) return;
    const min = minOf(values.map((v) => v.value));
    const max = maxOf(values.map((v) => v.value));
    if (min !== max) found.push({ unit, steps: max - min, min, max, values });
  });
  return found.sort((a, b) => b.steps - a.steps || compareCodePoints(a.unit, b.unit));
}
