/**
 * Remove-one-element analysis: how every unit's rank moves when one element (a pillar, a group or an
 * indicator) is removed — its weight set to 0, its siblings renormalised — and the index re-scored by the
 * exact engine and re-ranked by the method's ranking rule. COINr 1.1.14's `remove_elements`
 * (`R/audit_tools.R`) does the same: it sets the element's weight to 0, regenerates the results, ranks them
 * (`rank_df`: highest first, ties take the lowest place, i.e. competition ranks) and reports the shift
 * nominal rank − rank without the element per unit and its mean absolute value over the units that have
 * both ranks (`colMeans(na.rm = TRUE)`).
 */
import { rank } from "../compare/rank.js";
import { isP10Error } from "../errors.js";
import type { Method } from "../method/schema.js";
import { score } from "../score/engine.js";
import type { ScoreSet } from "../score/types.js";
import { withExplicitWeights } from "./explicit-weights.js";

/** The levels whose elements can be removed. */
export type RemovalLevel = "pillar" | "group" | "indicator";

/** One removed element's effect on one index in one period. */
export interface RemovedElement {
  readonly id: string;
  /**
   * Why the element could not be removed, or `null`: `only-child` when it is the only weighted child of
   * its parent (removing it leaves the parent nothing to average; COINr gives `NaN` scores there).
   */
  readonly skipped: "only-child" | null;
  /** Per unit of the period: nominal rank − rank without the element; `null` when either rank is null. */
  readonly shifts: readonly (number | null)[];
  /** Mean of |shift| over the units with both ranks; `null` when there is none. */
  readonly meanAbsShift: number | null;
}

/** The remove-one analysis of one index in one period. */
export interface RemovalResult {
  readonly index: string;
  readonly period: string;
  readonly level: RemovalLevel;
  /** The entities of the period's units, in unit order. */
  readonly entities: readonly string[];
  /** Their nominal ranks (the index root's). */
  readonly nominal: readonly (number | null)[];
  /** One entry per element of the level in this index, in framework order. */
  readonly elements: readonly RemovedElement[];
}

/**
 * The method with one node's weight set to 0, everything else as it was.
 *
 * @param method - the method.
 * @param id - the node whose weight becomes 0.
 * @returns the new method.
 * @throws P10Error `P10_COHERENCE_WEIGHTING` for a weighting scheme whose weights cannot be written as
 *   explicit weights (flat-equal, points, budget; choose remove level "none").
 */
export function withZeroWeight(method: Method, id: string): Method {
  return withExplicitWeights(method, { [id]: "0" });
}

/**
 * Removes each element of a level in turn and measures the rank shifts of every index root.
 *
 * @param scoreSet - the nominal scores.
 * @param level - which elements to remove.
 * @returns one result per index and period (indices in method order, periods in code-point order).
 * @throws P10Error `P10_COHERENCE_WEIGHTING` (see {@link withZeroWeight}).
 */
export function removeOneElement(scoreSet: ScoreSet, level: RemovalLevel): RemovalResult[] {
  const { framework, method, dataset } = scoreSet;
  const nominal = rank(scoreSet);
  const ids = framework.order.filter(
    (id) =>
      framework.nodes.get(id)?.level === level &&
      scoreSet.indices.some((ix) =>
        level === "indicator" ? ix.indicators.some((i) => i.id === id) : ix.nodes.some((n) => n.id === id),
      ),
  );
  const removed = new Map<string, ReturnType<typeof rank> | null>();
  for (const id of ids) {
    try {
      removed.set(id, rank(score(dataset, framework, withZeroWeight(method, id))));
    } catch (e) {
      if (isP10Error(e) && e.issues.some((i) => i.code === "P10_METHOD_WEIGHTS_ZERO")) removed.set(id, null);
      else throw e;
    }
  }
  const out: RemovalResult[] = [];
  scoreSet.indices.forEach((ix, k) => {
    const inIndex = ids.filter((id) =>
      level === "indicator" ? ix.indicators.some((i) => i.id === id) : ix.nodes.some((n) => n.id === id),
    );
    for (const period of nominal.periods) {
      const units = scoreSet.units.flatMap((u, i) => (u.period === period ? [i] : []));
      const base = units.map((u) => nominal.indices[k]?.nodes[0]?.ranks[u] ?? null);
      const elements = inIndex.map((id): RemovedElement => {
        const ranks = removed.get(id);
        if (ranks === null || ranks === undefined) {
          return { id, skipped: "only-child", shifts: units.map(() => null), meanAbsShift: null };
        }
        const shifts = units.map((u, j) => {
          const a = base[j] ?? null;
          const b = ranks.indices[k]?.nodes[0]?.ranks[u] ?? null;
          return a === null || b === null ? null : a - b;
        });
        let sum = 0;
        let count = 0;
        for (const s of shifts) {
          if (s === null) continue;
          sum += Math.abs(s);
          count++;
        }
        return { id, skipped: null, shifts, meanAbsShift: count === 0 ? null : sum / count };
      });
      out.push({
        index: ix.id,
        period,
        level,
        entities: units.map((u) => scoreSet.units[u]?.entity ?? ""),
        nominal: base,
        elements,
      });
    }
  });
  return out;
}
