/**
 * Pairwise-complete moments of float columns: the building blocks of correlations, covariances and
 * Cronbach's alpha. A missing value is `NaN`. Every function uses the two-pass algorithm (mean first, then
 * centred sums), which is numerically stable for the small cohorts of an index (unlike the one-pass
 * Σx² − n·x̄² formula, which cancels catastrophically when values are large and close together).
 * These are statistics about scores, not scores: floats are fine here.
 */

/** The centred sums of the units where both columns have a value. */
export interface PairMoments {
  /** Number of units where both values are present. */
  readonly n: number;
  /** Σ (x − x̄)(y − ȳ) over those units, with the means taken over the same units. */
  readonly sxy: number;
  /** Σ (x − x̄)² over those units. */
  readonly sxx: number;
  /** Σ (y − ȳ)² over those units. */
  readonly syy: number;
}

/**
 * Centred sums over the pairwise-complete units, means taken over those same units: R's
 * `stats::cov(x, y, use = "pairwise.complete.obs")` and `stats::cor` work this way (COINr 1.1.14 calls
 * both with `use = "pairwise.complete.obs"` in `get_corr` and `get_cronbach`).
 *
 * @param x - a column, `NaN` where missing.
 * @param y - another column of the same length.
 * @returns the moments.
 */
export function pairMoments(x: ArrayLike<number>, y: ArrayLike<number>): PairMoments {
  let n = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i] as number;
    const b = y[i] as number;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    n++;
    mx += a;
    my += b;
  }
  if (n === 0) return { n, sxy: 0, sxx: 0, syy: 0 };
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i] as number;
    const b = y[i] as number;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    const da = a - mx;
    const db = b - my;
    sxy += da * db;
    sxx += da * da;
    syy += db * db;
  }
  return { n, sxy, sxx, syy };
}

/**
 * The sample covariance (divisor n − 1) over pairwise-complete units, as `stats::cov(use =
 * "pairwise.complete.obs")`; `null` with fewer than two such units (R: `NA`).
 *
 * @param x - a column, `NaN` where missing.
 * @param y - another column.
 * @returns the covariance or `null`.
 */
export function covariance(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const m = pairMoments(x, y);
  return m.n < 2 ? null : m.sxy / (m.n - 1);
}

/**
 * Pearson's r from centred sums, clamped to [−1, 1] against rounding (as R's `cor` does); `null` when a
 * column is constant over the units or fewer than two units have both values (R: `NA`).
 *
 * @param m - the moments.
 * @returns r or `null`.
 */
export function pearsonFromMoments(m: PairMoments): number | null {
  if (m.n < 2 || m.sxx === 0 || m.syy === 0) return null;
  const r = m.sxy / Math.sqrt(m.sxx * m.syy);
  return Math.min(1, Math.max(-1, r));
}

/**
 * Mid-ranks (1-based, ties share the mean of their places) of the values, as R's `rank(x,
 * ties.method = "average")`. Sorting is by value with the position as tie-break, so the result never
 * depends on the engine's sort.
 *
 * @param values - values without `NaN`.
 * @returns the ranks, aligned with `values`.
 */
export function midRanks(values: readonly number[]): number[] {
  const order = values
    .map((_, i) => i)
    .sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
  const ranks = new Array<number>(values.length).fill(0);
  let k = 0;
  while (k < order.length) {
    let end = k;
    const v = values[order[k] as number] as number;
    while (end + 1 < order.length && values[order[end + 1] as number] === v) end++;
    const mid = (k + end) / 2 + 1;
    for (let j = k; j <= end; j++) ranks[order[j] as number] = mid;
    k = end + 1;
  }
  return ranks;
}

/**
 * The pairwise-complete units of two columns, ranked within that subset: what R's `cor(method =
 * "spearman", use = "pairwise.complete.obs")` correlates (it ranks each pair's complete cases anew).
 *
 * @param x - a column, `NaN` where missing.
 * @param y - another column.
 * @returns the two rank vectors, aligned.
 */
export function pairRanks(x: ArrayLike<number>, y: ArrayLike<number>): [number[], number[]] {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const u = x[i] as number;
    const v = y[i] as number;
    if (Number.isNaN(u) || Number.isNaN(v)) continue;
    a.push(u);
    b.push(v);
  }
  return [midRanks(a), midRanks(b)];
}
