/**
 * Normalisation of answers (OECD/JRC Handbook 2008, §5; COINr `n_goalposts`, `n_minmax`, `n_zscore`):
 * the native scale value, goalposts onto 0–100 or 0–1, or min–max and z-scores over the dataset's units.
 * Because every answer is a level of its scale (or one of the dataset's combined values of several
 * assessors' levels), normalisation is a table: one exact value per indicator and answer code, computed once
 * per scoring run.
 */
import type { Dataset } from "../assessment/dataset.js";
import { type Dec, P10Decimal } from "../decimal.js";
import { jsonPath } from "../document.js";
import type { P10Issue } from "../errors.js";
import type { Framework } from "../framework/framework.js";
import {
  compareFractions,
  decimalFraction,
  divideFractions,
  FRACTION_ONE,
  FRACTION_ZERO,
  type Fraction,
  formatFraction,
  fraction,
  fractionToDec,
  multiplyFractions,
  parseFraction,
  subtractFractions,
} from "../base/fraction.js";
import type { NormalisationSpec } from "./schema.js";

/** The top of a normalised range. */
const TOPS = { "0-100": fraction(100n), "0-1": FRACTION_ONE } as const;

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
 * Checks explicit goalposts against the framework: the scale must exist and every level must lie within
 * its posts (values are never clamped).
 *
 * @param spec - the method's normalisation.
 * @param framework - the framework.
 * @returns issues `P10_METHOD_UNKNOWN_SCALE` and `P10_METHOD_GOALPOSTS`, with JSON paths.
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
  for (const [id, posts] of Object.entries(spec.posts)) {
    const path = jsonPath(["normalisation", "posts", id]);
    const scale = framework.scales.get(id);
    if (scale === undefined) {
      issues.push({
        code: "P10_METHOD_UNKNOWN_SCALE",
        severity: "error",
        path,
        message: `goalposts for scale "${id}", which framework ${framework.id} does not define (scales: ${[...framework.scales.keys()].join(", ")})`,
      });
      continue;
    }
    const min = new P10Decimal(posts.min);
    const max = new P10Decimal(posts.max);
    scale.values.forEach((v, i) => {
      if (v.lt(min) || v.gt(max)) {
        issues.push({
          code: "P10_METHOD_GOALPOSTS",
          severity: "error",
          path,
          message: `level ${scale.levels[i]?.code} of scale ${id} has value ${v}, outside the goalposts ${posts.min}–${posts.max}`,
        });
      }
    });
  }
  return issues;
}

/**
 * Builds the table of normalised values for every indicator of the framework.
 * Goalposts are linear, so a combined value (a median or mean of level values) is normalised as a level
 * would be. Cohort methods use every unit of the dataset (all periods) that answered the indicator,
 * combined answers included at their values: min–max maps
 * the lowest answer to 0 and the highest to the range top; z-scores use the mean and the sample standard
 * deviation (n − 1, as COINr). An indicator whose answers are all equal gets the range midpoint (min–max)
 * or 0 (z-score) for every answer, with a `P10_SCORE_CONSTANT_INDICATOR` warning (none when it has no
 * answers at all: its values are then never used).
 *
 * @param spec - the method's normalisation.
 * @param framework - the framework.
 * @param dataset - the answers (consulted by the cohort methods only).
 * @returns the value table and warnings.
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
  const warnings: P10Issue[] = [];
  const fractions = framework.indicators.map((indicator) => {
    const scale = indicator.scale;
    const combined = dataset.combinedValues?.[indicator.ordinal] ?? [];
    const exact = [
      ...scale.values.map((v) => decimalFraction(v)),
      ...combined.map((c) => parseFraction(c.value)),
    ];
    let levels: Fraction[];
    switch (spec.method) {
      case "native":
        levels = exact;
        break;
      case "goalposts": {
        const posts = spec.posts[scale.id];
        const min = decimalFraction(posts?.min ?? scale.min);
        const max = decimalFraction(posts?.max ?? scale.max);
        levels = exact.map((v) => spread(v, min, max, TOPS[spec.range]));
        break;
      }
      default: {
        const counts = levelCounts(dataset, indicator.ordinal, exact.length);
        const result =
          spec.method === "z-score" ? zScores(exact, counts) : minMax(exact, counts, TOPS[spec.range]);
        if (result.constant && result.count > 0) {
          warnings.push({
            code: "P10_SCORE_CONSTANT_INDICATOR",
            severity: "warning",
            path: indicator.id,
            message: `indicator ${indicator.id} has a single distinct answer in the dataset, so ${spec.method} cannot spread it: every answer gets ${formatFraction(result.levels[0] ?? FRACTION_ZERO)}`,
          });
        }
        levels = result.levels;
      }
    }
    return [...levels, FRACTION_ZERO];
  });
  return { fractions, values: fractions.map((row) => row.map(fractionToDec)), warnings };
}

/** (v − min) / (max − min) × top, exactly. */
function spread(v: Fraction, min: Fraction, max: Fraction, top: Fraction): Fraction {
  return multiplyFractions(divideFractions(subtractFractions(v, min), subtractFractions(max, min)), top);
}

/** How many units answered each level (or combined value) of one indicator. */
function levelCounts(dataset: Dataset, ordinal: number, levels: number): number[] {
  const counts = new Array<number>(levels).fill(0);
  const width = dataset.indicators.length;
  for (let cell = ordinal; cell < dataset.answers.length; cell += width) {
    const code = dataset.answers[cell] as number;
    if (code >= 0) counts[code] = (counts[code] as number) + 1;
  }
  return counts;
}

interface CohortResult {
  readonly levels: Fraction[];
  readonly constant: boolean;
  readonly count: number;
}

function minMax(values: readonly Fraction[], counts: readonly number[], top: Fraction): CohortResult {
  const seen = values.filter((_, k) => (counts[k] as number) > 0);
  const count = counts.reduce((a, b) => a + b, 0);
  const lo = seen.reduce<Fraction | undefined>(
    (a, v) => (a === undefined || compareFractions(v, a) < 0 ? v : a),
    undefined,
  );
  const hi = seen.reduce<Fraction | undefined>(
    (a, v) => (a === undefined || compareFractions(v, a) > 0 ? v : a),
    undefined,
  );
  if (lo === undefined || hi === undefined || compareFractions(lo, hi) === 0) {
    return { levels: values.map(() => divideFractions(top, fraction(2n))), constant: true, count };
  }
  return { levels: values.map((v) => spread(v, lo, hi, top)), constant: false, count };
}

/** z-scores in 50-digit decimals (the square root is irrational); each result is then exact as a fraction. */
function zScores(exact: readonly Fraction[], counts: readonly number[]): CohortResult {
  const values = exact.map(fractionToDec);
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
  if (sd.isZero()) return { levels: values.map(() => FRACTION_ZERO), constant: true, count: n };
  return { levels: values.map((v) => decimalFraction(v.minus(mean).div(sd))), constant: false, count: n };
}
