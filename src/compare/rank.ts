/**
 * Ranks of scores, highest first, with shared places on ties: competition ranking (`1 2 2 4`, the
 * convention of published indices such as the EDI, where two countries tied 4th) or dense ranking
 * (`1 2 2 3`). Ties are decided on the exact score unless the method ranks on the displayed value.
 */
import { compareCodePoints } from "../assessment/dataset.js";
import { type Dec, P10Decimal, roundForDisplay } from "../decimal.js";
import type { Presentation } from "../method/schema.js";
import type { ScoreSet } from "../score/types.js";

/** How ties share places. */
export type TieRule = Presentation["ranks"]["ties"];

/** Options of {@link rank}; each defaults to the method's `presentation.ranks`. */
export interface RankOptions {
  readonly ties?: TieRule;
  /** `exact`: rank on exact scores; `rounded`: on the displayed (rounded) value. */
  readonly on?: Presentation["ranks"]["on"];
}

/**
 * Ranks values, the highest first.
 *
 * @param values - exact scores; `null` scores get no rank.
 * @param options - `ties`: `competition` (default, `1 2 2 4`) or `dense` (`1 2 2 3`).
 * @returns ranks aligned with `values`, `null` for null values.
 * @example
 * ```ts
 * import { dec, rankScores } from "principle10";
 * rankScores([dec("2"), dec("3"), dec("2"), null, dec("1")]); // [2, 1, 2, null, 4]
 * rankScores([dec("2"), dec("3"), dec("2"), dec("1")], { ties: "dense" }); // [2, 1, 2, 3]
 * ```
 */
export function rankScores(
  values: readonly (Dec | null)[],
  options: { ties?: TieRule } = {},
): (number | null)[] {
  const dense = options.ties === "dense";
  const order = values
    .flatMap((v, i) => (v === null ? [] : [i]))
    .sort((a, b) => (values[b] as Dec).comparedTo(values[a] as Dec));
  const ranks = new Array<number | null>(values.length).fill(null);
  let place = 0;
  let previous: Dec | null = null;
  order.forEach((i, k) => {
    const v = values[i] as Dec;
    if (previous === null || !v.eq(previous)) place = dense ? place + 1 : k + 1;
    ranks[i] = place;
    previous = v;
  });
  return ranks;
}

/** Ranks of one node's scores. */
export interface NodeRanks {
  /** The framework node id. */
  readonly id: string;
  /** Aligned with `scoreSet.units`: the unit's rank among the units of the same period; `null` for a null score. */
  readonly ranks: readonly (number | null)[];
  /** Aligned with `scoreSet.units`: how many units of that period have a score for this node. */
  readonly outOf: readonly number[];
}

/** The ranks of every node of every index, per period. */
export interface RankSet {
  readonly ties: TieRule;
  readonly on: NonNullable<RankOptions["on"]>;
  /** The periods, in code-point order. */
  readonly periods: readonly string[];
  /** Aligned with `scoreSet.indices`; `nodes` aligned with each index's nodes. */
  readonly indices: readonly { readonly id: string; readonly nodes: readonly NodeRanks[] }[];
}

/**
 * Ranks the units of a ScoreSet for every node of every index, separately within each period.
 *
 * @param scoreSet - the scores.
 * @param options - `ties` and `on`; defaults from the method's `presentation.ranks`.
 * @returns the ranks.
 * @example
 * ```ts
 * import { createDataset, frameworks, methods, rank, score } from "principle10";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [
 *   { entity: "AA", period: "2024", indicator: "1.1", code: 1 },
 *   { entity: "BB", period: "2024", indicator: "1.1", code: 3 },
 * ]);
 * rank(score(ds, edi, methods.get("edi-2015"))).indices[0]?.nodes[0]?.ranks; // [2, 1]
 * ```
 */
export function rank(scoreSet: ScoreSet, options: RankOptions = {}): RankSet {
  const presentation = scoreSet.method.presentation;
  const ties = options.ties ?? presentation.ranks.ties;
  const on = options.on ?? presentation.ranks.on;
  const rankValue = (v: Dec | null): Dec | null =>
    v === null || on === "exact"
      ? v
      : new P10Decimal(roundForDisplay(v, presentation.places, presentation.rounding));
  const periods = [...new Set(scoreSet.units.map((u) => u.period))].sort(compareCodePoints);
  const groups = periods.map((p) => scoreSet.units.flatMap((u, i) => (u.period === p ? [i] : [])));
  const indices = scoreSet.indices.map((index, k) => ({
    id: index.id,
    nodes: index.nodes.map((node, pos): NodeRanks => {
      const ranks = new Array<number | null>(scoreSet.units.length).fill(null);
      const outOf = new Array<number>(scoreSet.units.length).fill(0);
      for (const members of groups) {
        const values = members.map((u) =>
          rankValue(scoreSet.units[u]?.indices[k]?.nodes[pos]?.score ?? null),
        );
        const r = rankScores(values, { ties });
        const scored = values.filter((v) => v !== null).length;
        members.forEach((u, j) => {
          ranks[u] = r[j] ?? null;
          outOf[u] = scored;
        });
      }
      return { id: node.id, ranks, outOf };
    }),
  }));
  return { ties, on, periods, indices };
}
