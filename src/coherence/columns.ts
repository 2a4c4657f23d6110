/**
 * The data the coherence statistics read: for one index and one period, a float column per element of
 * the index (each indicator's value as aggregated, each node's score), `NaN` where there is none. Floats
 * are taken from the exact decimals by `toNumber` (correctly rounded), once.
 */
import { compareCodePoints } from "../base/code-points.js";
import type { IndexDescriptor, ScoreSet } from "../score/types.js";

/** The level of an element of the tree. */
export type ElementLevel = "index" | "pillar" | "group" | "indicator";

/** One element of an index: an internal node or an indicator. */
export interface CoherenceElement {
  readonly id: string;
  readonly level: ElementLevel;
  /** The parent's id, `null` for the root. */
  readonly parent: string | null;
  /** The column of this element in {@link IndexColumns.columns}. */
  readonly column: number;
}

/** The columns of one index in one period. */
export interface IndexColumns {
  readonly index: string;
  readonly period: string;
  /** Positions in `scoreSet.units` of the units of this period, in unit order. */
  readonly units: readonly number[];
  /** Every node (pre-order), then every indicator (framework order). */
  readonly elements: readonly CoherenceElement[];
  /** Aligned with `elements`; each column aligned with `units`; `NaN` for a null value. */
  readonly columns: readonly Float64Array[];
  /** Element by id. */
  readonly byId: ReadonlyMap<string, CoherenceElement>;
  /** Children of each internal node, by the node's id (framework order). */
  readonly children: ReadonlyMap<string, readonly CoherenceElement[]>;
}

/**
 * Builds the columns of one index for one period.
 *
 * @param scoreSet - the scores.
 * @param k - the index's position in `scoreSet.indices`.
 * @param period - the period.
 * @returns the columns.
 */
export function indexColumns(scoreSet: ScoreSet, k: number, period: string): IndexColumns {
  const index = scoreSet.indices[k] as IndexDescriptor;
  const units = scoreSet.units.flatMap((u, i) => (u.period === period ? [i] : []));
  const elements: CoherenceElement[] = [];
  for (const node of index.nodes) {
    const parent = node.parent < 0 ? null : (index.nodes[node.parent]?.id ?? null);
    elements.push({ id: node.id, level: node.level, parent, column: elements.length });
  }
  for (const ind of index.indicators) {
    elements.push({
      id: ind.id,
      level: "indicator",
      parent: index.nodes[ind.parent]?.id ?? null,
      column: elements.length,
    });
  }
  const nodeCount = index.nodes.length;
  const columns = elements.map(() => new Float64Array(units.length).fill(Number.NaN));
  units.forEach((u, row) => {
    const scores = scoreSet.units[u]?.indices[k];
    if (scores === undefined) return;
    scores.nodes.forEach((n, pos) => {
      if (n.score !== null) (columns[pos] as Float64Array)[row] = n.score.toNumber();
    });
    scores.indicators.forEach((s, pos) => {
      if (s.value !== null) (columns[nodeCount + pos] as Float64Array)[row] = s.value.toNumber();
    });
  });
  const byId = new Map(elements.map((e) => [e.id, e]));
  const children = new Map<string, CoherenceElement[]>();
  for (const node of index.nodes) {
    children.set(
      node.id,
      node.children.map((c) => elements[c.indicator ? nodeCount + c.pos : c.pos] as CoherenceElement),
    );
  }
  return { index: index.id, period, units, elements, columns, byId, children };
}

/**
 * The periods of a ScoreSet in code-point order.
 *
 * @param scoreSet - the scores.
 * @returns the distinct periods.
 */
export function periodsOf(scoreSet: ScoreSet): string[] {
  const set = new Set(scoreSet.units.map((u) => u.period));
  return [...set].sort(compareCodePoints);
}
