/**
 * Normalisation of answers (OECD/JRC Handbook 2008, §5; COINr `n_goalposts`, `n_minmax`, `n_zscore`):
 * the native scale value, goalposts onto 0–100 or 0–1, or min–max and z-scores over the dataset's units.
 * Because every answer is a level of its scale, normalisation is a table: one exact value per indicator
 * and level, computed once per scoring run.
 */
import type { Dataset } from "../assessment/dataset.js";
import { type Dec, P10Decimal } from "../decimal.js";
import { jsonPath } from "../document.js";
import type { P10Issue } from "../errors.js";
import type { Framework } from "../framework/framework.js";
import type { Scale } from "../framework/scale.js";
import type { NormalisationSpec } from "./schema.js";

const ZERO = new P10Decimal(0);

/** The top of a normalised range. */
const TOPS = { "0-100": new P10Decimal(100), "0-1": new P10Decimal(1) } as const;

/**
 * Normalised values, indexed `[ordinal][slot]`: slot `k < levels.length` holds the value of level `k` of
 * the indicator's scale; slot `levels.length` holds 0, the value of a missing answer under missing "zero".
 */
export interface ValueTable {
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
 * Cohort methods use every unit of the dataset (all periods) that answered the indicator: min–max maps
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
  const warnings: P10Issue[] = [];
  const values = framework.indicators.map((indicator) => {
    const scale = indicator.scale;
    let levels: Dec[];
    switch (spec.method) {
      case "native":
        levels = [...scale.values];
        break;
      case "goalposts":
        levels = goalposts(scale, spec.posts[scale.id], TOPS[spec.range]);
        break;
      default: {
        const counts = levelCounts(dataset, indicator.ordinal, scale.levels.length);
        const result =
          spec.method === "z-score"
            ? zScores(scale.values, counts)
            : minMax(scale.values, counts, TOPS[spec.range]);
        if (result.constant && result.count > 0) {
          warnings.push({
            code: "P10_SCORE_CONSTANT_INDICATOR",
            severity: "warning",
            path: indicator.id,
            message: `indicator ${indicator.id} has a single distinct answer in the dataset, so ${spec.method} cannot spread it: every answer gets ${result.levels[0]}`,
          });
        }
        levels = result.levels;
      }
    }
    levels.push(ZERO);
    return levels;
  });
  return { values, warnings };
}

function goalposts(scale: Scale, posts: { min: string; max: string } | undefined, top: Dec): Dec[] {
  const min = posts === undefined ? scale.min : new P10Decimal(posts.min);
  const span = (posts === undefined ? scale.max : new P10Decimal(posts.max)).minus(min);
  return scale.values.map((v) => v.minus(min).times(top).div(span));
}

/** How many units answered each level of one indicator. */
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
  readonly levels: Dec[];
  readonly constant: boolean;
  readonly count: number;
}

function minMax(values: readonly Dec[], counts: readonly number[], top: Dec): CohortResult {
  const seen = values.filter((_, k) => (counts[k] as number) > 0);
  const count = counts.reduce((a, b) => a + b, 0);
  const lo = seen.reduce<Dec | undefined>((a, v) => (a === undefined || v.lt(a) ? v : a), undefined);
  const hi = seen.reduce<Dec | undefined>((a, v) => (a === undefined || v.gt(a) ? v : a), undefined);
  if (lo === undefined || hi === undefined || lo.eq(hi)) {
    return { levels: values.map(() => top.div(2)), constant: true, count };
  }
  const span = hi.minus(lo);
  return { levels: values.map((v) => v.minus(lo).times(top).div(span)), constant: false, count };
}

function zScores(values: readonly Dec[], counts: readonly number[]): CohortResult {
  const n = counts.reduce((a, b) => a + b, 0);
  let total = ZERO;
  values.forEach((v, k) => {
    total = total.plus(v.times(counts[k] as number));
  });
  const mean = n === 0 ? ZERO : total.div(n);
  let squares = ZERO;
  values.forEach((v, k) => {
    squares = squares.plus(
      v
        .minus(mean)
        .pow(2)
        .times(counts[k] as number),
    );
  });
  const sd = n < 2 ? ZERO : squares.div(n - 1).sqrt();
  if (sd.isZero()) return { levels: values.map(() => ZERO), constant: true, count: n };
  return { levels: values.map((v) => v.minus(mean).div(sd)), constant: false, count: n };
}
