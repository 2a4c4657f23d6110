/**
 * Sample quantiles of sorted data by Hyndman & Fan's definition 7 ("Sample quantiles in statistical
 * packages", The American Statistician 50(4), 1996), the default of R's `quantile()` and of NumPy:
 * linear interpolation between the order statistics around (n − 1)·p.
 */
import { P10Error } from "../errors.js";

/**
 * The p-quantile of ascending data, type 7: with h = (n − 1)·p and j = ⌊h⌋ (0-based),
 * Q(p) = x[j] + (h − j)·(x[j+1] − x[j]). Q(0) is the minimum, Q(1) the maximum, Q(0.5) the usual median.
 *
 * @param sorted - the values in ascending order (not checked: sorting is the caller's job, once).
 * @param p - the probability, in [0, 1].
 * @param length - how many leading values of `sorted` form the sample (default: all of them), so a buffer
 *   larger than the sample can be reused without slicing.
 * @returns the quantile.
 * @throws P10Error `P10_QUANTILE` when p is outside [0, 1] or the sample is empty.
 * @example
 * ```ts
 * import { quantileSorted } from "principle10/advanced";
 * quantileSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.05); // 1.45, as R's quantile(1:10, 0.05)
 * ```
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number, length: number = sorted.length): number {
  if (!(p >= 0 && p <= 1)) {
    throw new P10Error("P10_QUANTILE", `a quantile's probability must be between 0 and 1; found ${p}`);
  }
  if (!Number.isInteger(length) || length < 1 || length > sorted.length) {
    throw new P10Error(
      "P10_QUANTILE",
      `a quantile needs a sample of 1 to ${sorted.length} values; found a length of ${length}`,
    );
  }
  const h = (length - 1) * p;
  const j = Math.floor(h);
  const low = sorted[j]!;
  if (h === j) return low;
  return low + (h - j) * (sorted[j + 1]! - low);
}
