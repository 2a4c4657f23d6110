/**
 * Cronbach's alpha: the internal consistency of a set of indicators meant to measure one thing
 * (Cronbach 1951; OECD/JRC Handbook 2008, §5.1). Computed exactly as COINr 1.1.14's `get_cronbach`
 * (`R/correlations.R`): from the covariance matrix C with pairwise-complete observations,
 * α = k² · σ̄ / ΣC, where ΣC is the sum of all entries and σ̄ = (ΣC − tr C) / (k (k − 1)) the mean
 * off-diagonal covariance; entries that cannot be formed (fewer than two paired units) are left out of
 * both sums, as R's `sum(na.rm = TRUE)` does. Alpha is not scale-free: it is computed on the values as
 * they are aggregated (normalised indicators, node scores), i.e. COINr's `dset = "Aggregated"`.
 */
import type { IndexColumns } from "./columns.js";
import { covariance } from "./moments.js";

/**
 * Cronbach's alpha of a set of columns.
 *
 * @param columns - k columns, `NaN` where missing.
 * @returns alpha, or `null` when k < 2 or the total covariance is 0 (R gives `NaN` or ±∞ there).
 */
export function cronbachAlpha(columns: readonly ArrayLike<number>[]): number | null {
  const k = columns.length;
  if (k < 2) return null;
  let all = 0;
  let diagonal = 0;
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const c = covariance(columns[i] as ArrayLike<number>, columns[j] as ArrayLike<number>);
      if (c === null) continue;
      if (i === j) {
        diagonal += c;
        all += c;
      } else all += 2 * c;
    }
  }
  if (all === 0) return null;
  const mean = (all - diagonal) / (k * (k - 1));
  return (k * k * mean) / all;
}

/** Alpha of one node. */
export interface AlphaRow {
  readonly node: string;
  readonly level: string;
  /** `children`: the node's children (indicators or aggregates); `indicators`: every indicator under it. */
  readonly basis: "children" | "indicators";
  /** The number of columns. */
  readonly k: number;
  readonly alpha: number | null;
}

/**
 * Alpha of every internal node over its children and, where the children are aggregates, over every
 * indicator under it too (COINr: `get_cronbach(iCodes = node, Level = 1)` and `Level = level − 1`).
 *
 * @param data - the columns of one index and period.
 * @returns the rows, nodes in pre-order.
 */
export function alphaRows(data: IndexColumns): AlphaRow[] {
  const out: AlphaRow[] = [];
  for (const e of data.elements) {
    const kids = data.children.get(e.id);
    if (kids === undefined) continue;
    const cols = kids.map((c) => data.columns[c.column] as Float64Array);
    out.push({ node: e.id, level: e.level, basis: "children", k: cols.length, alpha: cronbachAlpha(cols) });
    if (kids.every((c) => c.level === "indicator")) continue;
    const leaves = indicatorsUnder(data, e.id).map((c) => data.columns[c] as Float64Array);
    out.push({
      node: e.id,
      level: e.level,
      basis: "indicators",
      k: leaves.length,
      alpha: cronbachAlpha(leaves),
    });
  }
  return out;
}

/** The columns of the indicators under a node, in framework order (an explicit stack, no recursion). */
export function indicatorsUnder(data: IndexColumns, id: string): number[] {
  const out: number[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    const kids = data.children.get(current);
    if (kids === undefined) {
      const e = data.byId.get(current);
      if (e !== undefined) out.push(e.column);
      continue;
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push((kids[i] as (typeof kids)[number]).id);
  }
  return out.sort((a, b) => a - b);
}
