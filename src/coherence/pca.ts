/**
 * Principal component analysis of the children of a node, as COINr 1.1.14's `get_PCA` (`R/PCA.R`): on
 * complete cases only (`stats::na.omit`), centred and scaled (`stats::prcomp(center = TRUE, scale = TRUE)`),
 * so the components are the eigenvectors of the children's correlation matrix over those units and each
 * component's variance (prcomp's `sdev²`) is its eigenvalue. The first component's loadings are what
 * COINr's PCA weights are made of (`rotation[, 1]`). The eigen-decomposition is cyclic Jacobi
 * ({@link symmetricEigen}); loadings' signs are fixed so they sum ≥ 0 (prcomp's sign is arbitrary).
 */
import type { IndexColumns } from "./columns.js";
import { symmetricEigen } from "./jacobi.js";
import { pairMoments } from "./moments.js";

/** The result of a PCA on some columns. */
export type PcaResult =
  | {
      /** Complete cases used. */
      readonly n: number;
      /** Each component's variance (eigenvalue of the correlation matrix), largest first; they sum to k. */
      readonly variances: readonly number[];
      /** Each component's share of the total variance. */
      readonly explained: readonly number[];
      /** The first component's loadings, aligned with the columns (a unit vector). */
      readonly loadings: readonly number[];
    }
  | { readonly n: number; readonly reason: "too-few-units" | "constant" | "too-few-columns" };

/**
 * PCA of columns on their complete cases, centred and scaled.
 *
 * @param columns - k columns, `NaN` where missing.
 * @returns variances, shares and first loadings; or why there are none (fewer than 2 columns, fewer than 2
 *   complete units, or a column constant over them: prcomp cannot scale it).
 */
export function principalComponents(columns: readonly ArrayLike<number>[]): PcaResult {
  const k = columns.length;
  const length = k === 0 ? 0 : (columns[0] as ArrayLike<number>).length;
  const rows: number[] = [];
  for (let i = 0; i < length; i++) {
    if (columns.every((c) => !Number.isNaN(c[i] as number))) rows.push(i);
  }
  const n = rows.length;
  if (k < 2) return { n, reason: "too-few-columns" };
  if (n < 2) return { n, reason: "too-few-units" };
  const complete = columns.map((c) => Float64Array.from(rows, (i) => c[i] as number));
  const corr: number[][] = complete.map(() => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const m = pairMoments(complete[i] as Float64Array, complete[j] as Float64Array);
      if (m.sxx === 0 || m.syy === 0) return { n, reason: "constant" };
      const r = i === j ? 1 : m.sxy / Math.sqrt(m.sxx * m.syy);
      (corr[i] as number[])[j] = r;
      (corr[j] as number[])[i] = r;
    }
  }
  const eigen = symmetricEigen(corr);
  // Rank-deficient data (n ≤ k) leave eigenvalues that are 0 up to rounding; prcomp reports them as tiny too.
  const variances = eigen.values.map((v) => Math.max(0, v));
  let total = 0;
  for (const v of variances) total += v;
  return {
    n,
    variances,
    explained: variances.map((v) => v / total),
    loadings: eigen.vectors[0] as readonly number[],
  };
}

/** The PCA of one node's children. */
export interface PcaRow {
  readonly node: string;
  readonly level: string;
  /** The children, aligned with `loadings`. */
  readonly children: readonly string[];
  readonly result: PcaResult;
}

/**
 * PCA of every internal node's children (COINr: `get_PCA(Level = child level, by_groups = TRUE)`).
 *
 * @param data - the columns of one index and period.
 * @returns one row per internal node, in pre-order.
 */
export function pcaRows(data: IndexColumns): PcaRow[] {
  const out: PcaRow[] = [];
  for (const e of data.elements) {
    const kids = data.children.get(e.id);
    if (kids === undefined) continue;
    out.push({
      node: e.id,
      level: e.level,
      children: kids.map((c) => c.id),
      result: principalComponents(kids.map((c) => data.columns[c.column] as Float64Array)),
    });
  }
  return out;
}
