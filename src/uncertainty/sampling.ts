/**
 * Plain Monte Carlo samples of k uncertain inputs, each uniform on [0, 1), and the two maps that turn a
 * uniform number into a method choice (OECD/JRC Handbook on Constructing Composite Indicators, 2008, §6:
 * every uncertain input — a weight, an aggregation rule, an imputation switch — is sampled from its range).
 */
import type { P10ErrorCode } from "../error-codes.js";
import { P10Error } from "../errors.js";
import type { Rng } from "./prng.js";

/**
 * A runs × k matrix of independent uniforms on [0, 1), row-major: entry (r, i) is at `r·k + i`, drawn in that
 * order with {@link Rng.next}.
 *
 * @param runs - the number of runs (rows), a positive integer.
 * @param k - the number of uncertain inputs (columns), a positive integer.
 * @param rng - the generator to draw from (advanced by runs·k draws).
 * @returns the matrix in one `Float64Array`.
 * @throws P10Error `P10_SAMPLE_SHAPE` when runs or k is not a positive integer or the matrix is too large.
 * @example
 * ```ts
 * import { createRng, monteCarloDesign } from "principle10/advanced";
 * const rows = monteCarloDesign(1000, 3, createRng(1)); // rows[r * 3 + i] is input i of run r
 * ```
 */
export function monteCarloDesign(runs: number, k: number, rng: Rng): Float64Array {
  checkMatrixShape("runs", runs, k, "P10_SAMPLE_SHAPE");
  const rows = new Float64Array(runs * k);
  for (let at = 0; at < rows.length; at++) rows[at] = rng.next();
  return rows;
}

/**
 * Maps a uniform u ∈ [0, 1) to one of m equally likely alternatives: ⌊u·m⌋ (0-based), e.g. arithmetic or
 * geometric aggregation with m = 2.
 *
 * @param u - a uniform number in [0, 1).
 * @param m - the number of alternatives, a positive integer.
 * @returns the alternative's index in 0..m−1.
 * @throws P10Error `P10_SAMPLE_VALUE` when u is outside [0, 1) or m is not a positive integer.
 * @example
 * ```ts
 * import { uniformToChoice } from "./sampling.js";
 * uniformToChoice(0.7, 2); // 1
 * ```
 */
export function uniformToChoice(u: number, m: number): number {
  if (!(u >= 0 && u < 1) || !Number.isInteger(m) || m < 1) {
    throw new P10Error(
      "P10_SAMPLE_VALUE",
      `a choice needs u in [0, 1) and a positive integer m; found u = ${u}, m = ${m}`,
    );
  }
  return Math.min(m - 1, Math.floor(u * m));
}

/**
 * Maps a uniform u ∈ [0, 1) linearly onto [low, high): `low + (high − low)·u`, e.g. a weight multiplier on
 * [0.75, 1.25) for a ±25 % perturbation.
 *
 * @param u - a uniform number in [0, 1).
 * @param low - the lower end.
 * @param high - the upper end, not below `low`.
 * @returns the mapped value.
 * @throws P10Error `P10_SAMPLE_VALUE` when u is outside [0, 1) or the range is not finite and ordered.
 * @example
 * ```ts
 * import { uniformToRange } from "./sampling.js";
 * uniformToRange(0.5, 0.75, 1.25); // 1
 * ```
 */
export function uniformToRange(u: number, low: number, high: number): number {
  if (!(u >= 0 && u < 1) || !Number.isFinite(low) || !Number.isFinite(high) || !(low <= high)) {
    throw new P10Error(
      "P10_SAMPLE_VALUE",
      `a range needs u in [0, 1) and finite low ≤ high; found u = ${u}, low = ${low}, high = ${high}`,
    );
  }
  return low + (high - low) * u;
}

/**
 * The largest number of cells a design may hold (a generous bound well inside typed-array limits).
 *
 * @example
 * ```ts
 * import { createRng, MAX_DESIGN_CELLS, monteCarloDesign } from "principle10/advanced";
 * MAX_DESIGN_CELLS; // 268435456 (2^28)
 * monteCarloDesign(MAX_DESIGN_CELLS, 2, createRng(1)); // throws P10_SAMPLE_SHAPE (refused before allocating)
 * ```
 */
export const MAX_DESIGN_CELLS = 2 ** 28;

/**
 * Checks a design's shape: positive integer dimensions and at most {@link MAX_DESIGN_CELLS} cells.
 * Shared by the plain Monte Carlo and the Saltelli designs.
 *
 * @param rowsName - what the row count is called in the message.
 * @param rows - the row count.
 * @param k - the column count.
 * @param code - the error code to throw.
 * @throws P10Error with `code` when the shape is not usable.
 * @example
 * ```ts
 * checkMatrixShape("runs", 1000, 3, "P10_SAMPLE_SHAPE"); // returns; 0 runs would throw
 * ```
 */
export function checkMatrixShape(rowsName: string, rows: number, k: number, code: P10ErrorCode): void {
  if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(k) || k < 1) {
    throw new P10Error(
      code,
      `a design needs positive integers for ${rowsName} and k; found ${rowsName} = ${rows}, k = ${k}`,
    );
  }
  if (rows * k > MAX_DESIGN_CELLS) {
    throw new P10Error(
      code,
      `a design of ${rows} × ${k} cells is larger than the limit of ${MAX_DESIGN_CELLS}`,
    );
  }
}
