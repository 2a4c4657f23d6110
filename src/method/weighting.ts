/**
 * Raw weights of a node's children under each weighting scheme (OECD/JRC Handbook 2008, §6.1: equal
 * weights, explicit weights, budget allocation; Global Right to Information Rating: points). Raw weights
 * are relative within their parent; the engine normalises them over the children that take part.
 */
import { type Dec, P10Decimal } from "../decimal.js";
import type { WeightingSpec } from "./schema.js";

const ONE = new P10Decimal(1);

/** Raw weights of one parent's children, or the reason they cannot be formed. */
export type ChildWeights = { readonly weights: readonly Dec[] } | { readonly zeroExpert: string };

/**
 * Computes the raw weights of a parent's children.
 * `nested-equal` and `points`: 1 each. `flat-equal`: the number of entering indicators under the child
 * (1 for an indicator). `explicit`: the listed weight, 1 when the child is not listed. `budget`: each
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
 * import { childWeights } from "principle10";
 * childWeights({ scheme: "explicit", weights: { b: "2" } }, ["a", "b"], () => 1);
 * // { weights: [P10Decimal 1, P10Decimal 2] }
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
      return { weights: children.map(() => ONE) };
    case "flat-equal":
      return { weights: children.map((id) => new P10Decimal(indicatorCount(id))) };
    case "explicit":
      return { weights: children.map((id) => new P10Decimal(weighting.weights[id] ?? "1")) };
    case "budget":
      return budgetWeights(weighting.experts, children);
  }
}

/** Mean over the experts who allocate to these children of each child's share of that expert's points. */
function budgetWeights(
  experts: readonly { readonly id: string; readonly allocations: Readonly<Record<string, string>> }[],
  children: readonly string[],
): ChildWeights {
  const sums = children.map(() => new P10Decimal(0));
  let allocating = 0;
  for (const expert of experts) {
    if (!children.some((id) => Object.hasOwn(expert.allocations, id))) continue;
    const points = children.map((id) => new P10Decimal(expert.allocations[id] ?? "0"));
    const total = points.reduce((a, b) => a.plus(b));
    if (total.isZero()) return { zeroExpert: expert.id };
    points.forEach((p, i) => {
      sums[i] = (sums[i] as Dec).plus(p.div(total));
    });
    allocating++;
  }
  if (allocating === 0) return { weights: children.map(() => ONE) };
  return { weights: sums.map((s) => s.div(allocating)) };
}
