/**
 * Raw weights of a node's children under each weighting scheme (OECD/JRC Handbook 2008, §6.1: equal
 * weights, explicit weights, budget allocation; Global Right to Information Rating: points). Raw weights
 * are relative within their parent; the engine normalises them over the children that take part. Under
 * `flat-equal` they are nominal: the engine weighs each child by its contributing indicators per unit.
 */
import {
  addFractions,
  decimalFraction,
  divideFractions,
  FRACTION_ONE,
  FRACTION_ZERO,
  type Fraction,
  fraction,
} from "../base/fraction.js";
import type { WeightingSpec } from "./schema.js";

/** Raw weights of one parent's children (exact), or the reason they cannot be formed. */
export type ChildWeights = { readonly weights: readonly Fraction[] } | { readonly zeroExpert: string };

/**
 * Computes the raw weights of a parent's children.
 * `nested-equal` and `points`: 1 each. `flat-equal`: the number of entering indicators under the child
 * (1 for an indicator) — the nominal weight, which the engine uses as it stands only when every indicator
 * is answered: per unit, a child takes part in its parent's aggregation with the number of its indicators
 * that contribute a value (answered, or missing counted as 0 under missing "zero"), so every contributing
 * indicator weighs the same in every ancestor, and the coverage of a node is Σ applicable indicators under
 * its children with a score / Σ applicable indicators under its children (see `buildShape`). `explicit`: the listed weight, 1 when the child is not listed. `budget`: each
 * expert who allocates to at least one of these children turns their allocations into shares (an unlisted
 * child gets 0); a child's weight is the mean of its shares; with no such expert, 1 each.
 *
 * @param weighting - the method's weighting scheme.
 * @param children - the ids of the parent's children that enter the index, in framework order.
 * @param indicatorCount - the number of entering indicators under a child (1 for an indicator).
 * @returns the raw weights aligned with `children`, or the id of a budget expert whose allocations to
 *   these children are all zero.
 * @example
 * ```ts
 * import { childWeights } from "principle10/advanced";
 * childWeights({ scheme: "explicit", weights: { b: "2" } }, ["a", "b"], () => 1);
 * // { weights: [{ num: 1n, den: 1n }, { num: 2n, den: 1n }] }
 * ```
 */
export function childWeights(
  weighting: WeightingSpec,
  children: readonly string[],
  indicatorCount: (id: string) => number,
): ChildWeights {
  switch (weighting.scheme) {
    case "nested-equal":
    case "points":
      return { weights: children.map(() => FRACTION_ONE) };
    case "flat-equal":
      return { weights: children.map((id) => fraction(BigInt(indicatorCount(id)))) };
    case "explicit":
      return { weights: children.map((id) => decimalFraction(weighting.weights[id] ?? "1")) };
    case "budget":
      return budgetWeights(weighting.experts, children);
  }
}

/** Mean over the experts who allocate to these children of each child's share of that expert's points. */
function budgetWeights(
  experts: readonly { readonly id: string; readonly allocations: Readonly<Record<string, string>> }[],
  children: readonly string[],
): ChildWeights {
  let sums: Fraction[] = children.map(() => FRACTION_ZERO);
  let allocating = 0;
  for (const expert of experts) {
    if (!children.some((id) => Object.hasOwn(expert.allocations, id))) continue;
    const points = children.map((id) => decimalFraction(expert.allocations[id] ?? "0"));
    const total = points.reduce(addFractions);
    if (total.num === 0n) return { zeroExpert: expert.id };
    sums = sums.map((s, i) => addFractions(s, divideFractions(points[i] as Fraction, total)));
    allocating++;
  }
  if (allocating === 0) return { weights: children.map(() => FRACTION_ONE) };
  const count = fraction(BigInt(allocating));
  return { weights: sums.map((s) => divideFractions(s, count)) };
}
