/**
 * Rank intervals from Monte Carlo runs, as the JRC reports them in its statistical audits of composite
 * indices (OECD/JRC Handbook on Constructing Composite Indicators, 2008, §6.1; e.g. the audits of the Global
 * Innovation Index): each unit's nominal rank, its median rank and its 5th–95th percentile interval, with the
 * mean absolute rank shift as the overall summary. Percentiles are Hyndman & Fan type 7 ({@link quantileSorted}).
 *
 * Ranks are numbers ≥ 1 (fractional ranks from mean-tie rankings are accepted). A unit that is not ranked in
 * a run — its score could not be computed — carries {@link UNRANKED} (0) in an `Int32Array`, or `NaN` in a
 * `Float64Array`; it is left out of that run's statistics rather than counted as any rank.
 */
import { P10Error } from "../errors.js";
import { quantileSorted } from "./quantile.js";

/**
 * The rank written for a unit that has no score in a run.
 *
 * @example
 * ```ts
 * import { UNRANKED } from "principle10/advanced";
 * UNRANKED; // 0
 * ```
 */
export const UNRANKED = 0;

/** Runs × units ranks, row-major: the rank of unit u in run r is at `r·units + u`. */
export type RankMatrix = Int32Array | Float64Array;

/** Options of {@link rankStatistics}. */
export interface RankStatisticsOptions {
  /**
   * How many places a unit may move before it counts as moved; default 3 (this library's choice of a
   * readable threshold, not a published standard).
   */
  readonly places?: number;
}

/** One unit's ranks over the runs in which it was ranked; the statistics are `null` when there were none. */
export interface UnitRankStatistics {
  /** The rank under the nominal method, or `null` if the unit is unranked there. */
  readonly nominal: number | null;
  /** How many runs ranked the unit. */
  readonly runs: number;
  /** The mean rank. */
  readonly mean: number | null;
  /** The median rank (type 7, so the mean of the two middle ranks for an even number of runs). */
  readonly median: number | null;
  /** The 5th percentile (type 7): the better end of the interval. */
  readonly p05: number | null;
  /** The 95th percentile (type 7): the worse end of the interval. */
  readonly p95: number | null;
  /** The best rank reached. */
  readonly min: number | null;
  /** The worst rank reached. */
  readonly max: number | null;
  /** Mean of |rank − nominal| over the runs that ranked the unit; `null` without a nominal rank. */
  readonly meanAbsoluteShift: number | null;
}

/** Per-unit rank intervals and the overall summaries. */
export interface RankStatistics {
  /** The number of runs. */
  readonly runs: number;
  /** One entry per unit, in the order of the nominal ranks given. */
  readonly units: readonly UnitRankStatistics[];
  /**
   * The mean absolute rank shift: the mean of |rank − nominal| over every (run, unit) pair in which the unit
   * is ranked both in the run and nominally; `null` if there is no such pair.
   */
  readonly meanAbsoluteShift: number | null;
  /** The threshold used by the two counts below. */
  readonly places: number;
  /** Units whose median rank is more than `places` away from the nominal rank: |median − nominal| > places. */
  readonly medianMoved: number;
  /**
   * Units whose 5–95 interval reaches more than `places` beyond the nominal rank on either side:
   * nominal − p05 > places or p95 − nominal > places.
   */
  readonly intervalMoved: number;
}

/**
 * Competition ranks (`1 2 2 4`) of float scores, higher score = better = rank 1, for the Monte Carlo hot
 * loop: no allocation, an in-place heapsort of unit indices in `scratch` (O(n log n), deterministic).
 * Equal scores (`===`, so 0 and −0 tie) share the best of their places; a `NaN` score is {@link UNRANKED}.
 *
 * @param scores - one score per unit.
 * @param out - receives the ranks; same length as `scores`.
 * @param scratch - working space of at least `scores.length` entries (its contents are overwritten).
 * @returns the number of ranked (non-NaN) units.
 * @throws P10Error `P10_RANK_SHAPE` when `out` or `scratch` is the wrong size.
 * @example
 * ```ts
 * import { competitionRanksFloat } from "./rank-stats.js";
 * const out = new Int32Array(4);
 * competitionRanksFloat(new Float64Array([2.5, 3, 2.5, Number.NaN]), out, new Int32Array(4));
 * // out = [2, 1, 2, 0]
 * ```
 */
export function competitionRanksFloat(scores: Float64Array, out: Int32Array, scratch: Int32Array): number {
  const n = scores.length;
  if (out.length !== n || scratch.length < n) {
    throw new P10Error(
      "P10_RANK_SHAPE",
      `ranking ${n} scores needs an output of ${n} and scratch space of at least ${n}; found ${out.length} and ${scratch.length}`,
    );
  }
  for (let i = 0; i < n; i++) scratch[i] = i;
  // Heapsort with a max-heap on "comes later", leaving scratch ordered best first.
  for (let start = (n >> 1) - 1; start >= 0; start--) siftDown(scores, scratch, start, n);
  for (let end = n - 1; end > 0; end--) {
    const top = scratch[0]!;
    scratch[0] = scratch[end]!;
    scratch[end] = top;
    siftDown(scores, scratch, 0, end);
  }
  let ranked = 0;
  let previous = Number.NaN;
  let rank = 0;
  for (let p = 0; p < n; p++) {
    const unit = scratch[p]!;
    const score = scores[unit]!;
    if (Number.isNaN(score)) {
      out[unit] = UNRANKED;
      continue;
    }
    if (p === 0 || score !== previous) rank = p + 1;
    out[unit] = rank;
    previous = score;
    ranked++;
  }
  return ranked;
}

/** Whether unit a comes after unit b in rank order: a lower score, or NaN against a number. */
function comesLater(scores: Float64Array, a: number, b: number): boolean {
  const sa = scores[a]!;
  const sb = scores[b]!;
  if (Number.isNaN(sa)) return !Number.isNaN(sb);
  return sa < sb;
}

function siftDown(scores: Float64Array, heap: Int32Array, start: number, end: number): void {
  let root = start;
  for (;;) {
    let child = 2 * root + 1;
    if (child >= end) return;
    if (child + 1 < end && comesLater(scores, heap[child + 1]!, heap[child]!)) child++;
    if (!comesLater(scores, heap[child]!, heap[root]!)) return;
    const swap = heap[root]!;
    heap[root] = heap[child]!;
    heap[child] = swap;
    root = child;
  }
}

/**
 * The mean absolute rank shift of one run: the mean of |rank − nominal| over the units ranked both in the run
 * and nominally. This is the scalar output the variance-based sensitivity analysis explains.
 *
 * @param ranks - the run's ranks, one per unit ({@link UNRANKED} or `NaN` for an unranked unit).
 * @param nominal - the nominal ranks, same length and conventions.
 * @returns the mean shift in places.
 * @throws P10Error `P10_RANK_SHAPE` for lengths that differ; `P10_RANK_VALUE` for a rank that is neither
 *   unranked nor a finite number ≥ 1; `P10_RANK_EMPTY` when no unit is ranked in both.
 * @example
 * ```ts
 * import { meanAbsoluteRankShift } from "principle10/advanced";
 * meanAbsoluteRankShift(new Int32Array([2, 1, 3]), new Int32Array([1, 2, 3])); // (1 + 1 + 0)/3 = 0.667
 * ```
 */
export function meanAbsoluteRankShift(ranks: ArrayLike<number>, nominal: ArrayLike<number>): number {
  if (ranks.length !== nominal.length) {
    throw new P10Error(
      "P10_RANK_SHAPE",
      `a run ranks ${ranks.length} units but the nominal ranking has ${nominal.length}`,
    );
  }
  let sum = 0;
  let count = 0;
  for (let u = 0; u < ranks.length; u++) {
    const rank = readRank(ranks[u]!, "run", u);
    const base = readRank(nominal[u]!, "nominal", u);
    if (rank === null || base === null) continue;
    sum += Math.abs(rank - base);
    count++;
  }
  if (count === 0) {
    throw new P10Error("P10_RANK_EMPTY", "no unit is ranked both in the run and in the nominal ranking");
  }
  return sum / count;
}

/**
 * Per-unit rank intervals and overall summaries of a Monte Carlo run matrix. Every sum runs in a fixed order
 * (runs ascending, then units ascending), so equal input gives equal output bit for bit.
 *
 * @param ranks - runs × units ranks, row-major ({@link RankMatrix}).
 * @param runs - the number of runs (rows).
 * @param nominal - the nominal rank of each unit; its length is the number of units.
 * @param options - `places` for the moved-unit counts (default 3).
 * @returns the statistics; see {@link RankStatistics} for each definition.
 * @throws P10Error `P10_RANK_SHAPE` when `ranks` is not runs × units; `P10_RANK_VALUE` for a rank that is
 *   neither unranked nor a finite number ≥ 1 (naming run and unit), or a negative `places`.
 * @example
 * ```ts
 * import { rankStatistics } from "principle10/advanced";
 * // 3 runs × 2 units
 * const s = rankStatistics(new Int32Array([1, 2, 2, 1, 1, 2]), 3, [1, 2]);
 * s.units[0]?.median; // 1
 * s.meanAbsoluteShift; // (0 + 0 + 1 + 1 + 0 + 0)/6 = 1/3
 * ```
 */
export function rankStatistics(
  ranks: RankMatrix,
  runs: number,
  nominal: ArrayLike<number>,
  options: RankStatisticsOptions = {},
): RankStatistics {
  const unitCount = nominal.length;
  if (!Number.isInteger(runs) || runs < 1 || ranks.length !== runs * unitCount) {
    throw new P10Error(
      "P10_RANK_SHAPE",
      `a rank matrix of ${runs} runs × ${unitCount} units has ${runs * unitCount} entries; found ${ranks.length}`,
    );
  }
  const places = options.places ?? 3;
  if (!(places >= 0)) {
    throw new P10Error("P10_RANK_VALUE", `places must be a number ≥ 0; found ${places}`);
  }
  const bases = Array.from({ length: unitCount }, (_, u) => readRank(nominal[u]!, "nominal", u));

  let shiftSum = 0;
  let shiftCount = 0;
  for (let r = 0; r < runs; r++) {
    for (let u = 0; u < unitCount; u++) {
      const rank = readRank(ranks[r * unitCount + u]!, `run ${r}`, u);
      const base = bases[u]!;
      if (rank === null || base === null) continue;
      shiftSum += Math.abs(rank - base);
      shiftCount++;
    }
  }

  const column = new Float64Array(runs);
  const units: UnitRankStatistics[] = [];
  let medianMoved = 0;
  let intervalMoved = 0;
  for (let u = 0; u < unitCount; u++) {
    const base = bases[u]!;
    let count = 0;
    let sum = 0;
    let shift = 0;
    for (let r = 0; r < runs; r++) {
      const rank = ranks[r * unitCount + u]!;
      if (rank === UNRANKED || Number.isNaN(rank)) continue;
      column[count++] = rank;
      sum += rank;
      if (base !== null) shift += Math.abs(rank - base);
    }
    if (count === 0) {
      units.push({
        nominal: base,
        runs: 0,
        mean: null,
        median: null,
        p05: null,
        p95: null,
        min: null,
        max: null,
        meanAbsoluteShift: null,
      });
      continue;
    }
    const sorted = column.subarray(0, count).sort();
    const median = quantileSorted(sorted, 0.5);
    const p05 = quantileSorted(sorted, 0.05);
    const p95 = quantileSorted(sorted, 0.95);
    units.push({
      nominal: base,
      runs: count,
      mean: sum / count,
      median,
      p05,
      p95,
      min: sorted[0]!,
      max: sorted[count - 1]!,
      meanAbsoluteShift: base === null ? null : shift / count,
    });
    if (base === null) continue;
    if (Math.abs(median - base) > places) medianMoved++;
    if (base - p05 > places || p95 - base > places) intervalMoved++;
  }

  return {
    runs,
    units,
    meanAbsoluteShift: shiftCount === 0 ? null : shiftSum / shiftCount,
    places,
    medianMoved,
    intervalMoved,
  };
}

/** A rank as a number, `null` for unranked; anything else is refused. */
function readRank(value: number, where: string, unit: number): number | null {
  if (value === UNRANKED || Number.isNaN(value)) return null;
  if (!(value >= 1) || !Number.isFinite(value)) {
    throw new P10Error(
      "P10_RANK_VALUE",
      `${where}, unit ${unit}: a rank must be a finite number ≥ 1, or 0/NaN for unranked; found ${value}`,
    );
  }
  return value;
}
