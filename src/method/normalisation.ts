/**
 * Normalisation of answers (OECD/JRC Handbook 2008, §5; COINr `n_goalposts`, `n_minmax`, `n_zscore`):
 * the native scale value, goalposts onto 0–100 or 0–1, or min–max and z-scores over the dataset's units.
 * Because every answer is a level of its scale (or one of the dataset's combined values of several
 * assessors' levels), normalisation is a table: one exact value per indicator and answer code, computed once
 * per scoring run.
 */
import type { Dataset } from "../assessment/dataset.js";
import type { Dec } from "../decimal.js";
import { jsonPath } from "../document.js";
import type { P10ErrorCode } from "../error-codes.js";
import { P10Error, type P10Issue } from "../errors.js";
import type { Framework, FrameworkIndicator } from "../framework/framework.js";
import type { Scale } from "../framework/scale.js";
import {
  type Cohort,
  type CohortChoice,
  type Cohorts,
  clampTo,
  cohortsOf,
  isConstant,
  type MinMaxStatistics,
  minMaxStatistics,
  minMaxValue,
  type NormalisationStatistic,
  spread,
  statedStatistics,
  statisticRecord,
  type ZStatistics,
  zScore,
  zStatistics,
} from "./cohort.js";
import {
  decimalFraction,
  FRACTION_ONE,
  FRACTION_ZERO,
  type Fraction,
  formatFraction,
  fraction,
  fractionToDec,
  parseFraction,
} from "../base/fraction.js";
import { isDistanceKind, type KindContext, normaliseKind, transformText, transformValue } from "./kinds.js";
import { treatOutliers } from "./outliers.js";
import type { CohortNormalisationSpec, NormalisationSpec } from "./schema.js";

/** The top of a normalised range. */
export const TOPS = { "0-100": fraction(100n), "0-1": FRACTION_ONE } as const;

/**
 * Normalised values, indexed `[ordinal][slot]`: slot `k < levels.length` holds the value of level `k` of
 * the indicator's scale; the next slots hold the dataset's combined values of the indicator (answer code
 * `levels.length + j`, see `Dataset.combinedValues`), normalised by the same rule; the last slot holds 0,
 * the value of a missing answer under missing "zero". So slot = answer code for every answer.
 */
export interface ValueTable {
  /** Exact values (z-scores: the 50-digit decimal, which is itself exact as a fraction). */
  readonly fractions: readonly (readonly Fraction[])[];
  /** The same values as decimals (rounded once, correctly, where a fraction is not a short decimal). */
  readonly values: readonly (readonly Dec[])[];
  /** Warnings such as an indicator with one distinct answer under a cohort normalisation. */
  readonly warnings: readonly P10Issue[];
}

/**
 * Checks explicit goalposts against the framework: the scale must exist. Goalposts may be narrower than
 * the scale: `clamp` (default `true`) caps values beyond them at the range ends; `clamp: false` keeps them.
 *
 * @param spec - the method's normalisation.
 * @param framework - the framework.
 * @param scope - `scales`: the scales the normalisation applies to (default: all); `path`: where it sits
 *   in the method (default `["normalisation"]`).
 * @returns issues `P10_METHOD_UNKNOWN_SCALE`, and `P10_METHOD_GOALPOSTS_REQUIRED` for a numeric scale
 *   without bounds and without the method's posts, with JSON paths.
 * @example
 * ```ts
 * import { frameworks } from "principle10";
 * import { goalpostIssues } from "./normalisation.js";
 * goalpostIssues({ method: "goalposts", range: "0-100", posts: { nope: { min: "0", max: "1" } } }, frameworks.get("edi-2015"))[0]?.code;
 * // "P10_METHOD_UNKNOWN_SCALE"
 * ```
 */
export function goalpostIssues(
  spec: NormalisationSpec,
  framework: Framework,
  scope: { readonly scales?: ReadonlySet<string>; readonly path?: readonly string[] } = {},
): P10Issue[] {
  if (spec.method !== "goalposts") return [];
  const issues: P10Issue[] = [];
  const at = scope.path ?? ["normalisation"];
  // A numeric scale without both bounds has no goalposts of its own: the method must state them.
  const seen = new Set<string>();
  for (const indicator of framework.indicators) {
    const scale = indicator.scale;
    if (scale.kind !== "numeric" || seen.has(scale.id)) continue;
    seen.add(scale.id);
    if (scope.scales !== undefined && !scope.scales.has(scale.id)) continue;
    const missing = missingPosts(spec, scale);
    if (missing.length === 0) continue;
    issues.push({
      code: "P10_METHOD_GOALPOSTS_REQUIRED",
      severity: "error",
      path: jsonPath([...at, "posts", scale.id]),
      message: `numeric scale "${scale.id}" (indicator ${indicator.id}) has no ${missing.join(" or ")} bound, so goalposts must state ${missing.length === 2 ? "them" : "it"}: posts: { "${scale.id}": { "min": "…", "max": "…" } }`,
    });
  }
  for (const id of Object.keys(spec.posts)) {
    if (framework.scales.has(id)) continue;
    issues.push({
      code: "P10_METHOD_UNKNOWN_SCALE",
      severity: "error",
      path: jsonPath([...at, "posts", id]),
      message: `goalposts for scale "${id}", which framework ${framework.id} does not define (scales: ${[...framework.scales.keys()].join(", ")})`,
    });
  }
  return issues;
}

/**
 * Builds the table of normalised values for every indicator of the framework (one table: the method's
 * statistics must be the same for every unit, so not `scope: "period"`; see {@link normaliseAnswerTables}).
 * Goalposts are linear, so a combined value (a median or mean of level values) is normalised as a level
 * would be; goalposts narrower than the scale cap values beyond them unless `clamp` is `false`. Cohort
 * methods use the units of their cohort that answered the indicator (by default every unit of the dataset,
 * all periods), combined answers included at their values: min–max maps the lowest answer to 0 and the
 * highest to the range top; z-scores use the mean and the sample standard deviation (n − 1, as COINr). An
 * indicator whose answers are all equal gets the range midpoint (min–max) or 0 (z-score) for every answer,
 * with a `P10_SCORE_CONSTANT_INDICATOR` warning (none when it has no answers at all: its values are then
 * never used).
 *
 * @param spec - the method's normalisation.
 * @param framework - the framework.
 * @param dataset - the answers (consulted by the cohort methods only).
 * @returns the value table and warnings.
 * @throws P10Error `P10_NORMALISATION_SCOPE` under `scope: "period"` with more than one period;
 *   the errors of {@link normaliseAnswerTables}.
 * @example
 * ```ts
 * import { frameworks } from "principle10";
 * import { createDataset, normaliseAnswers } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const t = normaliseAnswers({ method: "goalposts", range: "0-100", posts: {} }, edi, createDataset(edi, []));
 * t.values[0]?.[3]?.toString(); // "100"
 * ```
 */
export function normaliseAnswers(
  spec: NormalisationSpec,
  framework: Framework,
  dataset: Dataset,
): ValueTable {
  const { tables } = normaliseAnswerTables(spec, framework, dataset);
  if (tables.length !== 1) {
    throw new P10Error(
      "P10_NORMALISATION_SCOPE",
      `normalisation ${spec.method} with scope "period" gives one table per period (${tables.length} here): use normaliseAnswerTables`,
    );
  }
  return tables[0] as ValueTable;
}

/** The value tables of a run: one per cohort of the normalisation, and which table each unit uses. */
export interface AnswerTables {
  /** One table per cohort (one, unless a cohort method has `scope: "period"`: then one per period). */
  readonly tables: readonly ValueTable[];
  /** Per dataset unit, the position of its table. */
  readonly tableOf: Int32Array;
  /** The statistics of cohort methods, per table then indicator (framework order); empty otherwise. */
  readonly statistics: readonly NormalisationStatistic[];
}

/**
 * Builds the tables of normalised values: one per cohort of the normalisation (see `cohort.ts`), each
 * normalising the units of its cohort (scope `period`) or every unit (pooled, reference period, stated
 * statistics), with the statistics used.
 *
 * @param spec - the method's normalisation.
 * @param framework - the framework.
 * @param dataset - the answers.
 * @param byScale - the method's `normaliseScales`: a normalisation per scale id, overriding `spec`.
 * @returns the tables, each unit's table and the statistics.
 * @throws P10Error `P10_REFERENCE_PERIOD` when the reference period has no units or no answers to an
 *   indicator answered in other periods; `P10_TRANSFORM_DOMAIN`, `P10_NORMALISATION_ZERO`,
 *   `P10_REFERENCE_ENTITY` from transforms and the kinds of `kinds.ts`.
 */
export function normaliseAnswerTables(
  spec: NormalisationSpec,
  framework: Framework,
  dataset: Dataset,
  byScale: Readonly<Record<string, NormalisationSpec>> = {},
): AnswerTables {
  const specOf = (indicator: FrameworkIndicator): NormalisationSpec =>
    Object.hasOwn(byScale, indicator.scale.id) ? (byScale[indicator.scale.id] as NormalisationSpec) : spec;
  const specs = [...new Set(framework.indicators.map(specOf))];
  // One table per period as soon as one normalisation in use is per period; one table otherwise.
  const perPeriod = specs.some((s) => "scope" in s && s.scope === "period" && s.reference === undefined);
  const groups = perPeriod
    ? cohortsOf({ scope: "period" }, dataset, "answers")
    : cohortsOf({}, dataset, "answers");
  const cohortCache = new Map<NormalisationSpec, Cohorts>();
  const cohortsFor = (s: NormalisationSpec): Cohorts => {
    let c = cohortCache.get(s);
    if (c === undefined) {
      c = cohortsOf(s as CohortChoice, dataset, "answers");
      cohortCache.set(s, c);
    }
    return c;
  };
  for (const s of specs)
    if (s.method !== "native" && s.method !== "goalposts" && s.method !== "categorical") cohortsFor(s);
  const statistics: NormalisationStatistic[] = [];
  const tables = groups.cohorts.map((group): ValueTable => {
    const warnings: P10Issue[] = [];
    const fractions = framework.indicators.map((indicator) => {
      const s = specOf(indicator);
      const exact = exactValues(indicator.scale, dataset.combinedValues?.[indicator.ordinal] ?? []);
      const values = transformed(s, indicator, exact, dataset);
      const lib = indicator.scale.direction === "lower-is-better";
      switch (s.method) {
        case "native":
          return [...exact, FRACTION_ZERO];
        case "goalposts":
          return [...goalposts(s, indicator, values, lib), FRACTION_ZERO];
        case "categorical":
          return [...normaliseKind(s, values, [], kindContext(indicator, lib, null, dataset)), FRACTION_ZERO];
        default: {
          const cohorts = cohortsFor(s);
          const c = cohorts.cohortOf[group.units[0] ?? 0] ?? 0;
          const cohort = cohorts.cohorts[c] as Cohort;
          const cohortValues = treated(s, indicator, exact, values, dataset, cohort, cohorts, warnings);
          if (isDistanceKind(s)) {
            const counts = levelCounts(dataset, indicator.ordinal, cohortValues.length, cohort.units);
            return [
              ...normaliseKind(s, cohortValues, counts, kindContext(indicator, lib, cohort, dataset)),
              FRACTION_ZERO,
            ];
          }
          // A lower-is-better indicator is z-scored or rescaled as its negation: −z, and 1 − min–max.
          const oriented = lib ? cohortValues.map(negate) : cohortValues;
          const stats = cohortStatistics(s, cohorts, cohort, dataset, indicator, oriented, lib);
          if (stats === null) return [...exact, FRACTION_ZERO];
          // Recorded and shown on the indicator's own scale (days, not negated days).
          statistics.push(
            statisticRecord(
              { id: indicator.id, target: "indicator", index: null, method: s.method },
              cohorts,
              c,
              lib ? flipStatistics(stats) : stats,
            ),
          );
          let levels: Fraction[];
          let constant: boolean;
          if ("mean" in stats) {
            levels = oriented.map((v) => decimalFraction(zScore(fractionToDec(v), stats.mean, stats.sd)));
            constant = stats.sd.isZero();
          } else {
            const top = TOPS[(s as { range: keyof typeof TOPS }).range];
            levels = oriented.map((v) => minMaxValue(v, stats.min, stats.max, top));
            constant = isConstant(stats);
          }
          if (constant && stats.count > 0) {
            const where =
              cohorts.source === "reference-period"
                ? ` in reference period ${cohort.period}`
                : cohorts.source === "period"
                  ? ` in period ${cohort.period}`
                  : " in the dataset";
            warnings.push({
              code: "P10_SCORE_CONSTANT_INDICATOR",
              severity: "warning",
              path: indicator.id,
              message: `indicator ${indicator.id} has a single distinct answer${where}, so ${s.method} cannot spread it: every answer gets ${formatFraction(levels[0] ?? FRACTION_ZERO)}`,
            });
          }
          return [...levels, FRACTION_ZERO];
        }
      }
    });
    return { fractions, values: fractions.map((row) => row.map(fractionToDec)), warnings };
  });
  return { tables, tableOf: groups.cohortOf, statistics };
}

const negate = (f: Fraction): Fraction => ({ num: -f.num, den: f.den });

/** Throws `code` with `message`, carrying one error issue at `path` with the shorter `detail`. */
function failAt(code: P10ErrorCode, message: string, path: string, detail: string): never {
  throw new P10Error(code, message, [{ code, severity: "error", path, message: detail }]);
}

/** The goalposts a numeric scale lacks: neither its bounds nor the method's posts give them. */
function missingPosts(
  spec: Extract<NormalisationSpec, { method: "goalposts" }>,
  scale: Scale,
): ("min" | "max")[] {
  if (scale.kind !== "numeric") return [];
  const posts = Object.hasOwn(spec.posts, scale.id) ? spec.posts[scale.id] : undefined;
  return (["min", "max"] as const).filter(
    (end) => posts?.[end] === undefined && scale.bounds[end] === undefined,
  );
}

/** Goalposts (transformed like the values), reversed under lower-is-better, capped unless clamp is false. */
function goalposts(
  s: Extract<NormalisationSpec, { method: "goalposts" }>,
  indicator: FrameworkIndicator,
  values: readonly Fraction[],
  lib: boolean,
): Fraction[] {
  const scale = indicator.scale;
  const posts = Object.hasOwn(s.posts, scale.id) ? s.posts[scale.id] : undefined;
  const unposted = missingPosts(s, scale);
  if (unposted.length > 0) {
    // The plan refuses such a method (goalpostIssues); this guards direct calls.
    throw new P10Error(
      "P10_METHOD_GOALPOSTS_REQUIRED",
      `numeric scale "${scale.id}" has no ${unposted.join(" or ")} bound and the goalposts state none`,
    );
  }
  let min = decimalFraction(posts?.min ?? scale.bounds.min ?? scale.min);
  let max = decimalFraction(posts?.max ?? scale.bounds.max ?? scale.max);
  if (s.transform !== undefined) {
    const t = s.transform;
    const at = (v: Fraction, which: string): Fraction => {
      const y = transformValue(v, t);
      if (y === null) {
        failAt(
          "P10_TRANSFORM_DOMAIN",
          `the ${which} goalpost ${formatFraction(v)} of scale ${scale.id} is outside the domain of ${transformText(t)}`,
          jsonPath(["normalisation", "posts", scale.id]),
          `${which} goalpost outside the domain of ${transformText(t)}`,
        );
      }
      return y;
    };
    min = at(min, "lower");
    max = at(max, "upper");
  }
  const top = TOPS[s.range];
  const clamp = s.clamp !== false;
  // Lower is better: (max − v) / (max − min), the spread of −v between −max and −min.
  const [lo, hi] = lib ? [negate(max), negate(min)] : [min, max];
  return values.map((v) => {
    const x = spread(lib ? negate(v) : v, lo, hi, top);
    return clamp ? clampTo(x, top) : x;
  });
}

/** The values after the normalisation's transform (the values themselves without one). */
function transformed(
  s: NormalisationSpec,
  indicator: FrameworkIndicator,
  exact: readonly Fraction[],
  dataset: Dataset,
): Fraction[] {
  const t = "transform" in s ? s.transform : undefined;
  if (t === undefined) return [...exact];
  const answered = levelCounts(dataset, indicator.ordinal, exact.length, null);
  return exact.map((v, k) => {
    const y = transformValue(v, t);
    if (y !== null) return y;
    if ((answered[k] as number) === 0) return FRACTION_ZERO; // never used: nobody gave this answer
    return failAt(
      "P10_TRANSFORM_DOMAIN",
      `indicator ${indicator.id} has the answer ${formatFraction(v)}, outside the domain of ${transformText(t)}${t.function === "sqrt" ? "" : ': state an offset such as "1" for log(x + 1)'}`,
      indicator.id,
      `${formatFraction(v)} is outside the domain of ${transformText(t)}`,
    );
  });
}

/**
 * The values a cohort normalisation uses: with `outliers`, a numeric indicator's values treated within the
 * cohort (COINr's rule, `outliers.ts`), then transformed; otherwise the transformed values as they are.
 * A treatment is reported as a `P10_OUTLIERS_TREATED` warning naming the indicator, the cohort and what
 * was done.
 */
function treated(
  s: NormalisationSpec,
  indicator: FrameworkIndicator,
  exact: readonly Fraction[],
  values: Fraction[],
  dataset: Dataset,
  cohort: Cohort,
  cohorts: Cohorts,
  warnings: P10Issue[],
): Fraction[] {
  const spec = "outliers" in s ? s.outliers : undefined;
  if (spec === undefined || indicator.scale.kind !== "numeric" || cohorts.source === "stated") return values;
  if (cohorts.source === "reference-period") {
    // Treated in the reference period, other periods' values would need caps and logs they were not
    // judged by; COINr treats each data set on its own.
    const message =
      "outlier treatment works within each cohort (pooled or per period), not with a reference period";
    failAt("P10_METHOD_INVALID", `invalid method: ${message}`, "normalisation.outliers", message);
  }
  const counts = levelCounts(dataset, indicator.ordinal, exact.length, cohort.units);
  const result = treatOutliers(spec, exact, counts);
  if (result.applied === "none") return values;
  const where = cohort.period === null ? "" : ` (period ${cohort.period})`;
  warnings.push({
    code: "P10_OUTLIERS_TREATED",
    severity: "warning",
    path: indicator.id,
    message:
      result.applied === "winsorised"
        ? `indicator ${indicator.id}${where}: skewness and kurtosis beyond ${spec.skew} and ${spec.kurtosis}, so ${result.winsorised} point${result.winsorised === 1 ? " was" : "s were"} winsorised (COINr's Treat)`
        : `indicator ${indicator.id}${where}: skewness and kurtosis beyond ${spec.skew} and ${spec.kurtosis} even after winsorising ${spec.winmax} points, so the values were log-transformed: ln(x − min + 0.01 (max − min)) (COINr's Treat)`,
  });
  return transformed(s, indicator, [...result.values], dataset);
}

/** Direction and the reference entity's value for the kinds of `kinds.ts`. */
function kindContext(
  indicator: FrameworkIndicator,
  lowerIsBetter: boolean,
  cohort: Cohort | null,
  dataset: Dataset,
): KindContext {
  return {
    indicator: indicator.id,
    lowerIsBetter,
    entityValue: (entity) => {
      const width = dataset.indicators.length;
      const held = (cohort?.units ?? []).filter(
        (u) =>
          dataset.units[u]?.entity === entity &&
          (dataset.answers[u * width + indicator.ordinal] as number) >= 0,
      );
      if (held.length !== 1) {
        failAt(
          "P10_REFERENCE_ENTITY",
          held.length === 0
            ? `indicator ${indicator.id}: reference entity ${entity} has no answer in the cohort`
            : `indicator ${indicator.id}: reference entity ${entity} has ${held.length} answers in the cohort (several periods pooled): state "scope": "period" or a reference period`,
          indicator.id,
          `reference entity ${entity}`,
        );
      }
      const code = dataset.answers[(held[0] as number) * width + indicator.ordinal] as number;
      const exact = exactValues(indicator.scale, dataset.combinedValues?.[indicator.ordinal] ?? []);
      return exact[code] as Fraction;
    },
  };
}

/** The exact values of an indicator's levels, then of the dataset's combined values. */
function exactValues(scale: Scale, combined: readonly { readonly value: string }[]): Fraction[] {
  return [...scale.values.map((v) => decimalFraction(v)), ...combined.map((c) => parseFraction(c.value))];
}

/**
 * The statistics of one indicator in one cohort: stated, or computed from the answers of the cohort's
 * units; `null` for an indicator without stated statistics (it enters no index: see `referenceIssues`).
 */
function cohortStatistics(
  spec: CohortNormalisationSpec,
  cohorts: Cohorts,
  cohort: Cohort,
  dataset: Dataset,
  indicator: FrameworkIndicator,
  exact: readonly Fraction[],
  lowerIsBetter: boolean,
): ZStatistics | MinMaxStatistics | null {
  if (cohorts.source === "stated") {
    // The plan requires statistics for every indicator entering an index; one entering none keeps its
    // scale values (it is reported, never aggregated). Stated on the indicator's own scale: a
    // lower-is-better indicator's are turned to its negated values, which `exact` holds.
    const stated = statedStatistics(spec, indicator.id) ?? null;
    return stated !== null && lowerIsBetter ? flipStatistics(stated) : stated;
  }
  const counts = levelCounts(dataset, indicator.ordinal, exact.length, cohort.units);
  if (cohorts.source === "reference-period" && counts.every((c) => c === 0)) {
    const elsewhere = levelCounts(dataset, indicator.ordinal, exact.length, null).some((c) => c > 0);
    if (elsewhere) {
      failAt(
        "P10_REFERENCE_PERIOD",
        `indicator ${indicator.id} is answered in the data but not in reference period ${cohort.period}, so it has no reference statistics`,
        indicator.id,
        `no answers to ${indicator.id} in reference period ${cohort.period}`,
      );
    }
  }
  return spec.method === "z-score"
    ? zStatistics(exact.map(fractionToDec), counts)
    : minMaxStatistics(exact, counts);
}

/** The statistics of the negated values: mean −m (same sd); lowest −max, highest −min. Its own inverse. */
function flipStatistics<S extends ZStatistics | MinMaxStatistics>(stats: S): S {
  if ("mean" in stats) return { ...stats, mean: stats.mean.neg() };
  const m = stats as MinMaxStatistics;
  return {
    ...m,
    min: m.max === null ? null : negate(m.max),
    max: m.min === null ? null : negate(m.min),
  } as S;
}

/** How many units (all, or the listed ones) answered each level (or combined value) of one indicator. */
function levelCounts(
  dataset: Dataset,
  ordinal: number,
  levels: number,
  units: readonly number[] | null,
): number[] {
  const counts = new Array<number>(levels).fill(0);
  const width = dataset.indicators.length;
  const count = (cell: number): void => {
    const code = dataset.answers[cell] as number;
    if (code >= 0) counts[code] = (counts[code] as number) + 1;
  };
  if (units === null) for (let cell = ordinal; cell < dataset.answers.length; cell += width) count(cell);
  else for (const u of units) count(u * width + ordinal);
  return counts;
}
