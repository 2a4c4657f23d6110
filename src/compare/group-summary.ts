/**
 * Summaries of a node's scores per group of entities (a region, an income group) and period: how many have
 * a score, and their mean, median, minimum and maximum, computed exactly with P10Decimal (the mean and the
 * median of an even count divide once, to 50 significant digits).
 */
import { checkArgKind } from "../arguments.js";
import { compareCodePoints } from "../base/code-points.js";
import { type Dec, P10Decimal } from "../decimal.js";
import { P10Error } from "../errors.js";
import type { ScoreSet } from "../score/types.js";

/** One group in one period. */
export interface GroupSummary {
  readonly period: string;
  readonly group: string;
  /** Entities of the group assessed in the period. */
  readonly members: number;
  /** Of those, how many have a score for the node (the statistics are over these). */
  readonly count: number;
  /** `null` when `count` is 0. */
  readonly mean: Dec | null;
  /** The middle score, or the mean of the two middle ones; `null` when `count` is 0. */
  readonly median: Dec | null;
  readonly min: Dec | null;
  readonly max: Dec | null;
}

/** Exact summary statistics of some decimal values; each `null` when there are none. */
export type DecimalStatistics = Pick<GroupSummary, "mean" | "median" | "min" | "max">;

/** Options of {@link groupSummaries}. */
export interface GroupSummaryOptions {
  /** The index (its id in the method); default the first. */
  readonly index?: string;
  /** The node of that index; default its root (the index score). */
  readonly node?: string;
}

/**
 * Summarises a node's scores per period and group.
 *
 * @param scoreSet - the scores.
 * @param groupOf - the group of each entity (`entityGroups(…).groupOf`); entities in no group (`null`) are
 *   left out.
 * @param options - which index and node; default the index score.
 * @returns one summary per period and group, ordered by period, then group (code points).
 * @throws P10Error `P10_UNKNOWN_INDEX` or `P10_UNKNOWN_NODE` for an id the results do not have.
 * @example
 * ```ts
 * import { frameworks, groupSummaries, methods, score } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [
 *   { entity: "AA", period: "2024", indicator: "1.1", code: 1 },
 *   { entity: "BB", period: "2024", indicator: "1.1", code: 2 },
 * ]);
 * const [north] = groupSummaries(score(ds, edi, methods.get("edi-2015")), () => "North");
 * north?.mean?.toString(); // "1.5"
 * ```
 */
export function groupSummaries(
  scoreSet: ScoreSet,
  groupOf: (entity: string) => string | null,
  options: GroupSummaryOptions = {},
): GroupSummary[] {
  checkArgKind("scoreSet", scoreSet, "scoreSet");
  const k = options.index === undefined ? 0 : scoreSet.indices.findIndex((ix) => ix.id === options.index);
  const index = scoreSet.indices[k];
  if (index === undefined) {
    throw new P10Error("P10_UNKNOWN_INDEX", `method ${scoreSet.method.id} has no index "${options.index}"`);
  }
  const pos = options.node === undefined ? 0 : index.nodes.findIndex((n) => n.id === options.node);
  if (pos < 0) {
    throw new P10Error("P10_UNKNOWN_NODE", `node "${options.node}" is not a node of index ${index.id}`);
  }
  const cells = new Map<string, Map<string, { members: number; scores: Dec[] }>>();
  for (const unit of scoreSet.units) {
    const group = groupOf(unit.entity);
    if (group === null) continue;
    let byGroup = cells.get(unit.period);
    if (byGroup === undefined) cells.set(unit.period, (byGroup = new Map()));
    let cell = byGroup.get(group);
    if (cell === undefined) byGroup.set(group, (cell = { members: 0, scores: [] }));
    cell.members++;
    const s = unit.indices[k]?.nodes[pos]?.score ?? null;
    if (s !== null) cell.scores.push(s);
  }
  const out: GroupSummary[] = [];
  for (const period of [...cells.keys()].sort(compareCodePoints)) {
    const byGroup = cells.get(period) as Map<string, { members: number; scores: Dec[] }>;
    for (const group of [...byGroup.keys()].sort(compareCodePoints)) {
      const { members, scores } = byGroup.get(group) as { members: number; scores: Dec[] };
      out.push({ period, group, members, count: scores.length, ...decimalStatistics(scores) });
    }
  }
  return out;
}

/**
 * Exact mean, median, minimum and maximum of decimal values.
 *
 * @param values - the values (any order).
 * @returns the statistics; all `null` for no values.
 * @throws never.
 * @example
 * ```ts
 * import { dec, decimalStatistics } from "principle10/advanced";
 * decimalStatistics([dec("3"), dec("1"), dec("2"), dec("4")]).median?.toString(); // "2.5"
 * ```
 */
export function decimalStatistics(values: readonly Dec[]): DecimalStatistics {
  const n = values.length;
  if (n === 0) return { mean: null, median: null, min: null, max: null };
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  const sum = sorted.reduce((acc, v) => acc.plus(v), new P10Decimal(0));
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[mid]! : sorted[mid - 1]!.plus(sorted[mid]!).div(2);
  return { mean: sum.div(n), median, min: sorted[0]!, max: sorted[n - 1]! };
}
