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
import { P10Error, type P10Issue } from "../errors.js";
import type { Framework, FrameworkIndicator } from "../framework/framework.js";
import type { Scale } from "../framework/scale.js";
import {
  type Cohort,
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
} from "./fraction.js";
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
 * @returns issues `P10_METHOD_UNKNOWN_SCALE`, with JSON paths.
 * @example
 * ```ts
 * import { frameworks, goalpostIssues } from "principle10";
 * goalpostIssues({ method: "goalposts", range: "0-100", posts: { nope: { min: "0", max: "1" } } }, frameworks.get("edi-2015"))[0]?.code;
 * // "P10_METHOD_UNKNOWN_SCALE"
 * ```
 */
export function goalpostIssues(spec: NormalisationSpec, framework: Framework): P10Issue[] {
  if (spec.method !== "goalposts") return [];
  const issues: P10Issue[] = [];
  for (const id of Object.keys(spec.posts)) {
    if (framework.scales.has(id)) continue;
    issues.push({
      code: "P10_METHOD_UNKNOWN_SCALE",
      severity: "error",
      path: jsonPath(["normalisation", "posts", id]),
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
 * import { createDataset, frameworks, normaliseAnswers } from "principle10";
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
 * @returns the tables, each unit's table and the statistics.
 * @throws P10Error `P10_REFERENCE_PERIOD` when the reference period has no units or no answers to an
 *   indicator answered in other periods.
 * @example
 * ```ts
 * import { createDataset, frameworks } from "principle10";
 * import { normaliseAnswerTables } from "principle10/method/normalisation";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [
 *   { entity: "AA", period: "2014", indicator: "1.1", code: 1 },
 *   { entity: "BB", period: "2014", indicator: "1.1", code: 3 },
 *   { entity: "AA", period: "2024", indicator: "1.1", code: 3 },
 * ]);
 * const t = normaliseAnswerTables({ method: "cohort-minmax", range: "0-100", scope: "period" }, edi, ds);
 * t.tables.length; // 2
 * ```
 */
export function normaliseAnswerTables(
  spec: NormalisationSpec,
  framework: Framework,
  dataset: Dataset,
): AnswerTables {
  if (spec.method === "native" || spec.method === "goalposts") {
    const fractions = framework.indicators.map((indicator) => {
      const exact = exactValues(indicator.scale, dataset.combinedValues?.[indicator.ordinal] ?? []);
      if (spec.method === "native") return [...exact, FRACTION_ZERO];
      const scale = indicator.scale;
      const posts = spec.posts[scale.id];
      const min = decimalFraction(posts?.min ?? scale.min);
      const max = decimalFraction(posts?.max ?? scale.max);
      const top = TOPS[spec.range];
      const clamp = spec.clamp !== false;
      return [
        ...exact.map((v) => (clamp ? clampTo(spread(v, min, max, top), top) : spread(v, min, max, top))),
        FRACTION_ZERO,
      ];
    });
    const table = { fractions, values: fractions.map((row) => row.map(fractionToDec)), warnings: [] };
    return { tables: [table], tableOf: new Int32Array(dataset.units.length), statistics: [] };
  }
  const cohorts = cohortsOf(spec, dataset, "answers");
  const statistics: NormalisationStatistic[] = [];
  const several = cohorts.cohorts.length > 1;
  const tables = cohorts.cohorts.map((cohort, c): ValueTable => {
    const warnings: P10Issue[] = [];
    const fractions = framework.indicators.map((indicator) => {
      const exact = exactValues(indicator.scale, dataset.combinedValues?.[indicator.ordinal] ?? []);
      const stats = cohortStatistics(spec, cohorts, cohort, dataset, indicator, exact);
      if (stats === null) return [...exact, FRACTION_ZERO];
      statistics.push(
        statisticRecord(
          { id: indicator.id, target: "indicator", index: null, method: spec.method },
          cohorts,
          c,
          stats,
        ),
      );
      let levels: Fraction[];
      let constant: boolean;
      if ("mean" in stats) {
        levels = exact.map((v) => decimalFraction(zScore(fractionToDec(v), stats.mean, stats.sd)));
        constant = stats.sd.isZero();
      } else {
        const top = TOPS[(spec as { range: keyof typeof TOPS }).range];
        levels = exact.map((v) => minMaxValue(v, stats.min, stats.max, top));
        constant = isConstant(stats);
      }
      if (constant && stats.count > 0) {
        const where =
          cohorts.source === "reference-period"
            ? ` in reference period ${cohort.period}`
            : several || cohorts.source === "period"
              ? ` in period ${cohort.period}`
              : " in the dataset";
        warnings.push({
          code: "P10_SCORE_CONSTANT_INDICATOR",
          severity: "warning",
          path: indicator.id,
          message: `indicator ${indicator.id} has a single distinct answer${where}, so ${spec.method} cannot spread it: every answer gets ${formatFraction(levels[0] ?? FRACTION_ZERO)}`,
        });
      }
      return [...levels, FRACTION_ZERO];
    });
    return { fractions, values: fractions.map((row) => row.map(fractionToDec)), warnings };
  });
  return { tables, tableOf: cohorts.cohortOf, statistics };
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
): ZStatistics | MinMaxStatistics | null {
  if (cohorts.source === "stated") {
    // The plan requires statistics for every indicator entering an index; one entering none keeps its
    // scale values (it is reported, never aggregated).
    return statedStatistics(spec, indicator.id) ?? null;
  }
  const counts = levelCounts(dataset, indicator.ordinal, exact.length, cohort.units);
  if (cohorts.source === "reference-period" && counts.every((c) => c === 0)) {
    const elsewhere = levelCounts(dataset, indicator.ordinal, exact.length, null).some((c) => c > 0);
    if (elsewhere) {
      throw new P10Error(
        "P10_REFERENCE_PERIOD",
        `indicator ${indicator.id} is answered in the data but not in reference period ${cohort.period}, so it has no reference statistics`,
        [
          {
            code: "P10_REFERENCE_PERIOD",
            severity: "error",
            path: indicator.id,
            message: `no answers to ${indicator.id} in reference period ${cohort.period}`,
          },
        ],
      );
    }
  }
  return spec.method === "z-score"
    ? zStatistics(exact.map(fractionToDec), counts)
    : minMaxStatistics(exact, counts);
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
