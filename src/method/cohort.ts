/**
 * Cohorts and their statistics, shared by the normalisation of answers and of node aggregates
 * (OECD/JRC Handbook 2008, §5; COINr `n_minmax`, `n_zscore`). A cohort normalisation needs statistics:
 * the mean and sample standard deviation (z-score) or the lowest and highest value (min–max) of some units.
 * Which units is the method's choice, and it decides whether scores compare over time:
 *
 * - `pooled` (the default): every unit of the data, all periods together — adding a period moves every score;
 * - `scope: "period"`: the units of each period separately — a period's scores depend on that period only;
 * - `reference: { period }`: one period's units, applied to every period — editions share one yardstick;
 * - `reference: { stats }`: constants stated in the method, as publishers document them.
 *
 * Statistics are computed in the same arithmetic whatever their source (z-scores in 50-digit decimals,
 * min–max as exact fractions), so stated statistics equal to a period's own give that period's scores.
 */
import type { Dataset } from "../assessment/dataset.js";
import { compareCodePoints } from "../base/code-points.js";
import { type Dec, P10Decimal } from "../decimal.js";
import { P10Error, type P10Issue } from "../errors.js";

import {
  compareFractions,
  decimalFraction,
  divideFractions,
  FRACTION_ZERO,
  type Fraction,
  fraction,
  fractionToDec,
  multiplyFractions,
  subtractFractions,
} from "../base/fraction.js";
import type { CohortNormalisationSpec, Method } from "./schema.js";

/** What decides a cohort: any normalisation with a scope and a reference. */
export interface CohortChoice {
  readonly scope?: "pooled" | "period" | undefined;
  readonly reference?: { readonly period: string } | { readonly stats: unknown } | undefined;
}

/** Where a cohort normalisation's statistics came from. */
export type StatisticSource = "pooled" | "period" | "reference-period" | "stated";

/** A group of units whose statistics normalise the units it applies to. */
export interface Cohort {
  /** The period whose units gave the statistics (scope `period`, reference period); `null` when pooled or stated. */
  readonly period: string | null;
  /** The dataset units whose values give the statistics (empty when stated). */
  readonly units: readonly number[];
}

/** The cohorts of a run and which cohort normalises each unit. */
export interface Cohorts {
  readonly source: StatisticSource;
  readonly cohorts: readonly Cohort[];
  /** Per dataset unit, the position of the cohort whose statistics normalise it. */
  readonly cohortOf: Int32Array;
}

/**
 * The source of a cohort normalisation's statistics.
 *
 * @param spec - a z-score or cohort min–max normalisation.
 * @returns `pooled`, `period`, `reference-period` or `stated`.
 */
export function statisticSource(spec: CohortChoice): StatisticSource {
  if (spec.reference !== undefined) return "period" in spec.reference ? "reference-period" : "stated";
  return spec.scope === "period" ? "period" : "pooled";
}

/**
 * Splits a dataset's units into the cohorts of a normalisation.
 *
 * @param spec - a z-score or cohort min–max normalisation.
 * @param dataset - the answers (only its units are read).
 * @param what - what is normalised, for the error message (`answers`, `node 1`).
 * @returns the cohorts and each unit's cohort.
 * @throws P10Error `P10_REFERENCE_PERIOD` when the reference period has no unit in the data.
 */
export function cohortsOf(spec: CohortChoice, dataset: Dataset, what: string): Cohorts {
  const n = dataset.units.length;
  const all = Array.from({ length: n }, (_, u) => u);
  const source = statisticSource(spec);
  switch (source) {
    case "pooled":
      return { source, cohorts: [{ period: null, units: all }], cohortOf: new Int32Array(n) };
    case "stated":
      return { source, cohorts: [{ period: null, units: [] }], cohortOf: new Int32Array(n) };
    case "reference-period": {
      const period = (spec.reference as { period: string }).period;
      const units = all.filter((u) => dataset.units[u]?.period === period);
      if (units.length === 0) {
        const periods = [...new Set(dataset.units.map((u) => u.period))].sort(compareCodePoints);
        throw new P10Error(
          "P10_REFERENCE_PERIOD",
          `the ${what} are normalised against reference period ${period}, but the data have no answers for it (periods: ${periods.join(", ") || "none"})`,
          [
            {
              code: "P10_REFERENCE_PERIOD",
              severity: "error",
              path: "reference.period",
              message: `no answers for reference period ${period}`,
            },
          ],
        );
      }
      return { source, cohorts: [{ period, units }], cohortOf: new Int32Array(n) };
    }
    case "period": {
      const periods = [...new Set(dataset.units.map((u) => u.period))].sort(compareCodePoints);
      const position = new Map(periods.map((p, k) => [p, k]));
      const cohortOf = Int32Array.from(dataset.units, (u) => position.get(u.period) as number);
      const cohorts = periods.map((period) => ({
        period,
        units: all.filter((u) => dataset.units[u]?.period === period),
      }));
      return { source, cohorts, cohortOf };
    }
  }
}

/** The mean and sample standard deviation (n − 1, as COINr) of weighted values, in 50-digit decimals. */
export interface ZStatistics {
  readonly mean: Dec;
  readonly sd: Dec;
  readonly count: number;
}

/**
 * Mean and sample standard deviation of values taken `counts[k]` times each.
 *
 * @param values - distinct values.
 * @param counts - how many units hold each value.
 * @returns the statistics (sd 0 with fewer than two values).
 */
export function zStatistics(values: readonly Dec[], counts: readonly number[]): ZStatistics {
  const n = counts.reduce((a, b) => a + b, 0);
  let total = new P10Decimal(0);
  values.forEach((v, k) => {
    total = total.plus(v.times(counts[k] as number));
  });
  const mean = n === 0 ? total : total.div(n);
  let squares = new P10Decimal(0);
  values.forEach((v, k) => {
    squares = squares.plus(
      v
        .minus(mean)
        .pow(2)
        .times(counts[k] as number),
    );
  });
  const sd = n < 2 ? new P10Decimal(0) : squares.div(n - 1).sqrt();
  return { mean, sd, count: n };
}

/** The z-score (v − mean) / sd in 50-digit decimals, or 0 when sd is 0 (a constant cohort). */
export function zScore(v: Dec, mean: Dec, sd: Dec): Dec {
  return sd.isZero() ? new P10Decimal(0) : v.minus(mean).div(sd);
}

/** The lowest and highest value held by at least one unit; `null` when none is. */
export interface MinMaxStatistics {
  readonly min: Fraction | null;
  readonly max: Fraction | null;
  readonly count: number;
}

/**
 * The lowest and highest of the values held by at least one unit.
 *
 * @param values - distinct values.
 * @param counts - how many units hold each value.
 * @returns the statistics.
 */
export function minMaxStatistics(values: readonly Fraction[], counts: readonly number[]): MinMaxStatistics {
  let min: Fraction | null = null;
  let max: Fraction | null = null;
  let count = 0;
  values.forEach((v, k) => {
    const c = counts[k] as number;
    if (c <= 0) return;
    count += c;
    if (min === null || compareFractions(v, min) < 0) min = v;
    if (max === null || compareFractions(v, max) > 0) max = v;
  });
  return { min, max, count };
}

/** (v − min) / (max − min) × top, exactly. */
export function spread(v: Fraction, min: Fraction, max: Fraction, top: Fraction): Fraction {
  return multiplyFractions(divideFractions(subtractFractions(v, min), subtractFractions(max, min)), top);
}

/** Min–max onto 0–top; the range midpoint when the cohort is constant or empty. */
export function minMaxValue(
  v: Fraction,
  min: Fraction | null,
  max: Fraction | null,
  top: Fraction,
): Fraction {
  if (min === null || max === null || compareFractions(min, max) === 0) {
    return divideFractions(top, fraction(2n));
  }
  return spread(v, min, max, top);
}

/** `true` when min–max statistics cannot spread values (no value, or one distinct value). */
export function isConstant(stats: MinMaxStatistics): boolean {
  return stats.min === null || stats.max === null || compareFractions(stats.min, stats.max) === 0;
}

/** Caps a normalised value to 0–top. */
export function clampTo(v: Fraction, top: Fraction): Fraction {
  if (compareFractions(v, FRACTION_ZERO) < 0) return FRACTION_ZERO;
  return compareFractions(v, top) > 0 ? top : v;
}

/**
 * Statistics of one id stated in the method's `reference.stats`.
 *
 * @param spec - a cohort normalisation with stated statistics.
 * @param id - the indicator or node id.
 * @returns z-statistics or min–max statistics, or `undefined` when the id is not listed.
 */
export function statedStatistics(
  spec: CohortNormalisationSpec,
  id: string,
): ZStatistics | MinMaxStatistics | undefined {
  const ref = spec.reference;
  if (ref === undefined || !("stats" in ref)) return undefined;
  const stated = (ref.stats as Record<string, Record<string, string>>)[id];
  if (stated === undefined || !Object.hasOwn(ref.stats, id)) return undefined;
  if (spec.method === "z-score") {
    return { mean: new P10Decimal(stated.mean as string), sd: new P10Decimal(stated.sd as string), count: 0 };
  }
  return {
    min: decimalFraction(stated.min as string),
    max: decimalFraction(stated.max as string),
    count: 0,
  };
}

/** One statistic recorded for explain, manifests and reports. */
export interface NormalisationStatistic {
  /** The indicator id (answers) or node id (`normaliseNodes`). */
  readonly id: string;
  /** What was normalised: an indicator's answers or a node's aggregate. */
  readonly target: "indicator" | "node";
  /** For a node: the index whose aggregate it is; `null` for indicators. */
  readonly index: string | null;
  readonly method: "z-score" | "cohort-minmax";
  readonly source: StatisticSource;
  /**
   * The period whose units gave the statistics (scope `period`: also the period they normalise;
   * reference period); `null` when pooled or stated.
   */
  readonly period: string | null;
  /** Units whose values gave the statistics; `null` when stated. */
  readonly count: number | null;
  /** z-score: mean and sample standard deviation; min–max: lowest and highest value (`null` when none). */
  readonly mean?: Dec;
  readonly sd?: Dec;
  readonly min?: Dec | null;
  readonly max?: Dec | null;
}

/**
 * The record of one id's statistics.
 *
 * @param base - id, target, index, method.
 * @param cohorts - the cohorts (for source and period).
 * @param cohort - the cohort's position.
 * @param stats - the statistics used.
 * @returns the record.
 */
export function statisticRecord(
  base: Pick<NormalisationStatistic, "id" | "target" | "index" | "method">,
  cohorts: Cohorts,
  cohort: number,
  stats: ZStatistics | MinMaxStatistics,
): NormalisationStatistic {
  const common = {
    ...base,
    source: cohorts.source,
    period: cohorts.cohorts[cohort]?.period ?? null,
    count: cohorts.source === "stated" ? null : stats.count,
  };
  if ("mean" in stats) return { ...common, mean: stats.mean, sd: stats.sd };
  const dec = (f: Fraction | null): Dec | null => (f === null ? null : fractionToDec(f));
  return { ...common, min: dec(stats.min), max: dec(stats.max) };
}

/**
 * `true` when a method uses the over-time options (a scope, a reference, node normalisation),
 * so that its statistics are recorded in canonical scores and shown by `explain`.
 *
 * @param method - the method's normalisation and node normalisations.
 * @returns whether statistics are recorded.
 */
export function recordsStatistics(
  method: Pick<Method, "normalisation" | "normaliseNodes" | "normaliseScales">,
): boolean {
  const n = method.normalisation;
  const over = n.method === "z-score" || n.method === "cohort-minmax";
  return (
    (over && (n.scope !== undefined || n.reference !== undefined)) ||
    method.normaliseNodes !== undefined ||
    method.normaliseScales !== undefined
  );
}

/**
 * A warning when a method normalises answers or nodes over every period pooled, so that each period's
 * scores depend on the other periods' answers (what `p10 compare` says before comparing periods).
 *
 * @param method - the method.
 * @returns a `P10_COMPARE_POOLED` warning naming what is pooled, or `null`.
 */
export function poolingWarning(
  method: Pick<Method, "id" | "normalisation" | "normaliseNodes" | "normaliseScales">,
): P10Issue | null {
  const pooled: string[] = [];
  const uses = (n: { readonly method: string }): boolean =>
    n.method !== "native" && n.method !== "goalposts" && n.method !== "categorical";
  const n = method.normalisation;
  if (uses(n) && statisticSource(n as CohortChoice) === "pooled") pooled.push(`answers (${n.method})`);
  for (const [id, spec] of Object.entries(method.normaliseScales ?? {})) {
    if (uses(spec) && statisticSource(spec as CohortChoice) === "pooled")
      pooled.push(`scale ${id} (${spec.method})`);
  }
  for (const [id, spec] of Object.entries(method.normaliseNodes ?? {})) {
    if (statisticSource(spec) === "pooled") pooled.push(`node ${id} (${spec.method})`);
  }
  if (pooled.length === 0) return null;
  return {
    code: "P10_COMPARE_POOLED",
    severity: "warning",
    path: "normalisation",
    message: `method ${method.id} normalises ${pooled.join(", ")} over every period pooled, so each period's scores depend on the other periods' answers; state "scope": "period" or a "reference" to compare editions`,
  };
}
