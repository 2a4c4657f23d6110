/**
 * Variance-based sensitivity: first-order and total Sobol indices of k uncertain inputs on one scalar output,
 * from the design and estimators of Saltelli et al., "Variance based sensitivity analysis of model output.
 * Design and estimator for the total sensitivity index", Computer Physics Communications 181 (2010) 259–270.
 *
 * Design (§2 of the paper): two independent N × k sample matrices A and B, and for each input i the matrix
 * A_B^(i) whose columns all come from A except column i, taken from B. The model is run on the N·(k + 2)
 * rows. The paper draws A and B from a quasi-random (Sobol' LP-tau) sequence; this library uses plain Monte
 * Carlo from its seeded xoshiro128** generator, which keeps the estimators unbiased at a slower
 * convergence (error ∝ 1/√N) and keeps every row reproducible from the seed.
 *
 * Estimators (Table 2 of the paper), with V the variance of the output over the 2N rows of A and B:
 * - first order, (b) Saltelli 2010: S_i = (1/N) Σ_j f(B)_j · (f(A_B^(i))_j − f(A)_j) / V;
 * - total effect, (f) Jansen 1999: S_Ti = (1/2N) Σ_j (f(A)_j − f(A_B^(i))_j)² / V.
 * Outputs are centred on their A/B mean before the first-order sum, as SALib does: the expectation is
 * unchanged (E[f(A_B^(i)) − f(A)] = 0) and the estimate no longer depends on where the output's zero is.
 * Confidence intervals are bootstrap percentile intervals (Efron & Tibshirani 1993, ch. 13) over resamples of
 * the N base rows, each drawn with replacement from a seeded generator.
 */
import { P10Error } from "../errors.js";
import type { Rng } from "./prng.js";
import { quantileSorted } from "./quantile.js";
import { checkMatrixShape } from "./sampling.js";

/** A closed interval `[low, high]`. */
export type ConfidenceInterval = readonly [low: number, high: number];

/** Options of {@link sobolIndices}. */
export interface SobolOptions {
  /** Bootstrap resamples for the confidence intervals; default 0 (no intervals). */
  readonly bootstrap?: number;
  /** Coverage of the percentile intervals, in (0, 1); default 0.95. */
  readonly confidence?: number;
  /** The generator the resamples are drawn from; required when `bootstrap` > 0. */
  readonly rng?: Rng;
}

/** First-order and total Sobol indices of each input, with bootstrap intervals when asked for. */
export interface SobolIndices {
  /** S_i for each input, in input order. Estimates, so they may stray slightly below 0 or above 1. */
  readonly first: readonly number[];
  /** S_Ti for each input (never negative). */
  readonly total: readonly number[];
  /** Percentile intervals of S_i; present when `bootstrap` > 0. */
  readonly firstCI?: readonly ConfidenceInterval[];
  /** Percentile intervals of S_Ti; present when `bootstrap` > 0. */
  readonly totalCI?: readonly ConfidenceInterval[];
  /** The output's mean over the rows of A and B. */
  readonly mean: number;
  /** The output's variance V over the rows of A and B (population form, divisor 2N). */
  readonly variance: number;
  /** `true` when every output is the same number: no input changes it, and every index is reported as 0. */
  readonly constantOutput: boolean;
  /** Bootstrap resamples drawn. */
  readonly bootstrap: number;
  /** Resamples whose A/B rows had zero variance; they have no indices and are left out of the intervals. */
  readonly degenerateResamples: number;
}

/**
 * The number of model runs a Saltelli design needs: N·(k + 2).
 *
 * @param k - the number of inputs.
 * @param n - the number of base rows N.
 * @returns N·(k + 2).
 * @throws P10Error `P10_SOBOL_SHAPE` when k or n is not a positive integer.
 * @example
 * ```ts
 * import { sobolRowCount } from "principle10/advanced";
 * sobolRowCount(3, 1024); // 5120
 * ```
 */
export function sobolRowCount(k: number, n: number): number {
  checkMatrixShape("n", n, k, "P10_SOBOL_SHAPE");
  return n * (k + 2);
}

/**
 * The Saltelli (2010) design: for each base row j, the rows A_j, B_j, A_B^(1)_j, …, A_B^(k)_j, one after the
 * other. Row r = j·(k + 2) + m holds A_j for m = 0, B_j for m = 1 and A_B^(m−1)_j for m ≥ 2; its input i is
 * at `r·k + i`. Per base row the generator gives A_j's k numbers, then B_j's k numbers. Because base rows
 * are consecutive blocks, the first N' < N blocks are exactly the design of size N' from the same seed.
 * Every row is also a plain Monte Carlo sample of the inputs, so the runs can feed rank intervals too.
 *
 * @param k - the number of uncertain inputs, each uniform on [0, 1) (the caller maps them onto its choices).
 * @param n - the number of base rows N (at least 2).
 * @param rng - the generator (advanced by 2·N·k draws).
 * @returns the N·(k + 2) × k design in one row-major `Float64Array`.
 * @throws P10Error `P10_SOBOL_SHAPE` when k is not a positive integer, n is not an integer ≥ 2, or the
 *   design would be too large.
 * @example
 * ```ts
 * import { createRng, sobolDesign, sobolRowCount } from "principle10/advanced";
 * const k = 3, n = 1024;
 * const rows = sobolDesign(k, n, createRng(1));
 * const outputs = new Float64Array(sobolRowCount(k, n));
 * for (let r = 0; r < outputs.length; r++) outputs[r] = rows[r * k]! + 2 * rows[r * k + 1]!; // the model
 * ```
 */
export function sobolDesign(k: number, n: number, rng: Rng): Float64Array {
  const rowCount = sobolRowCount(k, n);
  checkBaseRows(n);
  checkMatrixShape("rows", rowCount, k, "P10_SOBOL_SHAPE");
  const stride = k + 2;
  const rows = new Float64Array(rowCount * k);
  for (let j = 0; j < n; j++) {
    const a = j * stride * k;
    const b = a + k;
    for (let i = 0; i < k; i++) rows[a + i] = rng.next();
    for (let i = 0; i < k; i++) rows[b + i] = rng.next();
    for (let m = 0; m < k; m++) {
      const ab = a + (2 + m) * k;
      for (let i = 0; i < k; i++) rows[ab + i] = rows[(i === m ? b : a) + i]!;
    }
  }
  return rows;
}

/**
 * First-order (Saltelli 2010) and total (Jansen 1999) Sobol indices from the outputs of a
 * {@link sobolDesign}, with optional bootstrap percentile intervals. Resample b draws its N base rows with
 * `rng.int(N)`, in order, and recomputes V and both estimators on them; the interval ends are the type-7
 * quantiles ({@link quantileSorted}) at (1 − confidence)/2 and (1 + confidence)/2 of the resampled indices.
 *
 * @param outputs - the model output for each design row, in design order (length N·(k + 2)), all finite.
 * @param k - the number of inputs.
 * @param n - the number of base rows N.
 * @param options - bootstrap resamples (default 0), confidence (default 0.95), generator.
 * @returns the indices; an output that never changes gives all zeros with `constantOutput: true`.
 * @throws P10Error `P10_SOBOL_SHAPE` when the outputs do not fit N·(k + 2); `P10_SOBOL_OUTPUT` for a
 *   non-finite output (naming its row); `P10_SOBOL_VARIANCE` when the A and B rows all give one value but
 *   other rows differ (too few base rows to estimate V); `P10_SOBOL_OPTIONS` for a bad option or a missing rng.
 * @example
 * ```ts
 * import { createRng, sobolDesign, sobolIndices, sobolRowCount } from "principle10/advanced";
 * const k = 2, n = 4096, rng = createRng("sobol");
 * const rows = sobolDesign(k, n, rng.fork(0));
 * const y = new Float64Array(sobolRowCount(k, n));
 * for (let r = 0; r < y.length; r++) y[r] = rows[r * k]! + 2 * rows[r * k + 1]!;
 * const s = sobolIndices(y, k, n, { bootstrap: 500, rng: rng.fork(1) });
 * // s.first ≈ [0.2, 0.8] (= 1/5 and 4/5), s.total ≈ the same: the model is additive
 * ```
 */
export function sobolIndices(
  outputs: Float64Array,
  k: number,
  n: number,
  options: SobolOptions = {},
): SobolIndices {
  const rowCount = sobolRowCount(k, n);
  checkBaseRows(n);
  if (outputs.length !== rowCount) {
    throw new P10Error(
      "P10_SOBOL_SHAPE",
      `a design with k = ${k} inputs and N = ${n} base rows has ${rowCount} outputs; found ${outputs.length}`,
    );
  }
  const { bootstrap, confidence, rng } = checkOptions(options);
  for (let r = 0; r < rowCount; r++) {
    if (!Number.isFinite(outputs[r])) {
      throw new P10Error(
        "P10_SOBOL_OUTPUT",
        `the output of design row ${r} is ${outputs[r]}; outputs must be finite numbers`,
      );
    }
  }

  const first = new Float64Array(k);
  const total = new Float64Array(k);
  if (outputs.every((y) => y === outputs[0])) {
    const zeros = Array.from({ length: k }, (): ConfidenceInterval => [0, 0]);
    return {
      first: Array.from(first),
      total: Array.from(total),
      ...(bootstrap > 0 ? { firstCI: zeros, totalCI: zeros } : {}),
      mean: outputs[0]!,
      variance: 0,
      constantOutput: true,
      bootstrap,
      degenerateResamples: 0,
    };
  }

  const moments = estimate(outputs, k, n, null, first, total);
  if (moments.variance === 0) {
    throw new P10Error(
      "P10_SOBOL_VARIANCE",
      `the outputs of the A and B rows are all ${moments.mean} but other rows differ: N = ${n} base rows are too few to estimate the output's variance`,
    );
  }
  const result: SobolIndices = {
    first: Array.from(first),
    total: Array.from(total),
    mean: moments.mean,
    variance: moments.variance,
    constantOutput: false,
    bootstrap,
    degenerateResamples: 0,
  };
  if (bootstrap === 0 || rng === undefined) return result;
  const { firstCI, totalCI, degenerate } = bootstrapIntervals(outputs, k, n, bootstrap, confidence, rng);
  return { ...result, firstCI, totalCI, degenerateResamples: degenerate };
}

/** The options with their defaults, checked. */
function checkOptions(options: SobolOptions): {
  bootstrap: number;
  confidence: number;
  rng: Rng | undefined;
} {
  const bootstrap = options.bootstrap ?? 0;
  const confidence = options.confidence ?? 0.95;
  if (!Number.isInteger(bootstrap) || bootstrap < 0) {
    throw new P10Error("P10_SOBOL_OPTIONS", `bootstrap must be a non-negative integer; found ${bootstrap}`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new P10Error(
      "P10_SOBOL_OPTIONS",
      `confidence must be between 0 and 1 (exclusive); found ${confidence}`,
    );
  }
  if (bootstrap > 0 && options.rng === undefined) {
    throw new P10Error("P10_SOBOL_OPTIONS", `bootstrap = ${bootstrap} resamples need a seeded rng`);
  }
  return { bootstrap, confidence, rng: options.rng };
}

function checkBaseRows(n: number): void {
  if (n < 2)
    throw new P10Error("P10_SOBOL_SHAPE", `a Saltelli design needs at least 2 base rows; found ${n}`);
}

/**
 * Both estimators on the base rows `sample` (all N rows in order when `null`), written into `first` and
 * `total`. Returns the A/B mean and variance; when the variance is 0 the indices are left untouched.
 */
function estimate(
  y: Float64Array,
  k: number,
  n: number,
  sample: Int32Array | null,
  first: Float64Array,
  total: Float64Array,
): { mean: number; variance: number } {
  const stride = k + 2;
  let sum = 0;
  for (let t = 0; t < n; t++) {
    const base = (sample === null ? t : sample[t]!) * stride;
    sum += y[base]! + y[base + 1]!;
  }
  const mean = sum / (2 * n);
  let squares = 0;
  for (let t = 0; t < n; t++) {
    const base = (sample === null ? t : sample[t]!) * stride;
    const da = y[base]! - mean;
    const db = y[base + 1]! - mean;
    squares += da * da + db * db;
  }
  const variance = squares / (2 * n);
  if (variance === 0) return { mean, variance };
  first.fill(0);
  total.fill(0);
  for (let t = 0; t < n; t++) {
    const base = (sample === null ? t : sample[t]!) * stride;
    const fa = y[base]!;
    const fb = y[base + 1]! - mean;
    for (let i = 0; i < k; i++) {
      const diff = y[base + 2 + i]! - fa;
      first[i]! += fb * diff;
      total[i]! += diff * diff;
    }
  }
  for (let i = 0; i < k; i++) {
    first[i] = first[i]! / n / variance;
    total[i] = total[i]! / (2 * n) / variance;
  }
  return { mean, variance };
}

/** Percentile intervals from `resamples` bootstrap resamples of the base rows. */
function bootstrapIntervals(
  y: Float64Array,
  k: number,
  n: number,
  resamples: number,
  confidence: number,
  rng: Rng,
): { firstCI: ConfidenceInterval[]; totalCI: ConfidenceInterval[]; degenerate: number } {
  const sample = new Int32Array(n);
  const first = new Float64Array(k);
  const total = new Float64Array(k);
  // Column i of the resampled indices lives at [i·resamples, (i + 1)·resamples): one sort per input later.
  const firstDraws = new Float64Array(k * resamples);
  const totalDraws = new Float64Array(k * resamples);
  let kept = 0;
  for (let b = 0; b < resamples; b++) {
    for (let t = 0; t < n; t++) sample[t] = rng.int(n);
    if (estimate(y, k, n, sample, first, total).variance === 0) continue;
    for (let i = 0; i < k; i++) {
      firstDraws[i * resamples + kept] = first[i]!;
      totalDraws[i * resamples + kept] = total[i]!;
    }
    kept++;
  }
  const lowP = (1 - confidence) / 2;
  const highP = (1 + confidence) / 2;
  const interval = (draws: Float64Array, i: number): ConfidenceInterval => {
    if (kept === 0) return [Number.NaN, Number.NaN];
    const column = draws.subarray(i * resamples, i * resamples + kept).sort();
    return [quantileSorted(column, lowP), quantileSorted(column, highP)];
  };
  const firstCI: ConfidenceInterval[] = [];
  const totalCI: ConfidenceInterval[] = [];
  for (let i = 0; i < k; i++) {
    firstCI.push(interval(firstDraws, i));
    totalCI.push(interval(totalDraws, i));
  }
  return { firstCI, totalCI, degenerate: resamples - kept };
}
