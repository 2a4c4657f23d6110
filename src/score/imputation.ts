/**
 * Imputation: a method's rule for filling a missing answer (no row, an empty cell or a missing token)
 * with a value computed from other answers, before normalisation (the order of COINr 1.1.14 and of the
 * OECD/JRC Handbook 2008, §3: impute, then normalise). Every imputed value is exact (a fraction on the
 * scale's native values), marked as imputed in the scores and counted apart from answers; what stays
 * unfilled falls to the method's missing policy. *Not applicable* is an answer and is never filled.
 *
 * Rules, each as COINr computes it (`R/impute.R`):
 * - `cohort-mean` / `cohort-median`: the indicator's mean or median over the units of the same period that
 *   answered it (`Impute(f_i = "i_mean" | "i_median", impute_by = "column")` on one period's data).
 * - `group-mean`: the mean of the unit's other answered indicators of the same parent group and kind, each
 *   first rescaled to [0, 1] by its min and max over the period's units, then mapped back onto the missing
 *   indicator's min–max range (`impute_by = "row"`, `group_level` = the parent level, `normalise_first =
 *   TRUE`, the default for rows; an indicator with min = max is left out of the mean, as R's `na.rm` drops
 *   its NaN).
 * - `previous-period`: the unit's own answer in the nearest earlier period that has one (`impute_panel(
 *   imp_type = "latest")`).
 */
import { combineFractions, combinedCode, type CombinedValue } from "../assessment/combine.js";
import { ABSENT, type Dataset, MISSING } from "../assessment/dataset.js";
import { P10Error } from "../errors.js";
import type { Framework, FrameworkIndicator } from "../framework/framework.js";
import {
  addFractions,
  compareFractions,
  decimalFraction,
  divideFractions,
  type Fraction,
  fraction,
  formatFraction,
  multiplyFractions,
  parseFraction,
  subtractFractions,
} from "../base/fraction.js";
import type { ImputationRule } from "../method/schema.js";

/** One imputed cell. */
export interface ImputedCell {
  /** Position of the unit in `dataset.units`. */
  readonly unit: number;
  readonly indicator: string;
  /** The exact value on the scale's native values, as a fraction in lowest terms. */
  readonly value: string;
  /** How it was computed, e.g. `cohort mean of 12 answers`. */
  readonly basis: string;
}

/** A dataset with its missing answers filled where the rule allows. */
export interface ImputedDataset {
  readonly rule: ImputationRule;
  /** The dataset the engine scores: imputed cells hold codes at or above `firstImputed[ordinal]`. */
  readonly dataset: Dataset;
  /** Per indicator ordinal: the first answer code that stands for an imputed value. */
  readonly firstImputed: readonly number[];
  /** Every imputed cell, in cell order. */
  readonly cells: readonly ImputedCell[];
}

/** The largest answer code a dataset can hold (its answers are 16-bit). */
const MAX_CODE = 32_767;

/**
 * Fills the missing answers of a dataset by an imputation rule.
 *
 * @param dataset - the answers.
 * @param framework - their framework.
 * @param rule - the rule.
 * @returns the imputed dataset; the input is not changed.
 * @throws P10Error `P10_IMPUTATION_OVERFLOW` when an indicator would need more distinct values than a
 *   dataset can hold (32,767 codes).
 */
export function imputeDataset(dataset: Dataset, framework: Framework, rule: ImputationRule): ImputedDataset {
  const width = framework.indicators.length;
  const values = new Values(dataset, framework);
  const byPeriod = new Map<string, number[]>();
  dataset.units.forEach((u, i) => {
    const list = byPeriod.get(u.period);
    if (list === undefined) byPeriod.set(u.period, [i]);
    else list.push(i);
  });
  const answers = Int16Array.from(dataset.answers);
  const added = framework.indicators.map(() => new Map<string, number>());
  const extra: CombinedValue[][] = framework.indicators.map(() => []);
  const firstImputed = framework.indicators.map(
    (ind) => ind.scale.levels.length + (dataset.combinedValues?.[ind.ordinal]?.length ?? 0),
  );
  const cells: ImputedCell[] = [];
  const stats = new CohortStats(values, byPeriod);
  dataset.units.forEach((unit, u) => {
    for (const indicator of framework.indicators) {
      if (!indicator.scored) continue;
      const o = indicator.ordinal;
      const code = dataset.answers[u * width + o] as number;
      if (code !== MISSING && code !== ABSENT) continue;
      const found = imputeCell(rule, u, indicator, unit.period, values, stats, framework, dataset);
      if (found === null) continue;
      const text = formatFraction(found.value);
      const label = `imputed (${found.basis})`;
      const key = `${text}\u0000${label}`;
      let slot = added[o]?.get(key);
      if (slot === undefined) {
        slot = (firstImputed[o] as number) + (extra[o] as CombinedValue[]).length;
        if (slot > MAX_CODE) {
          throw new P10Error(
            "P10_IMPUTATION_OVERFLOW",
            `indicator ${indicator.id} would need more than ${MAX_CODE} distinct answer codes after imputation`,
          );
        }
        added[o]?.set(key, slot);
        (extra[o] as CombinedValue[]).push({ value: text, code: combinedCode(found.value), label });
      }
      answers[u * width + o] = slot;
      cells.push({ unit: u, indicator: indicator.id, value: text, basis: found.basis });
    }
  });
  const combinedValues = framework.indicators.map((ind) => [
    ...(dataset.combinedValues?.[ind.ordinal] ?? []),
    ...(extra[ind.ordinal] as CombinedValue[]),
  ]);
  return { rule, dataset: { ...dataset, answers, combinedValues }, firstImputed, cells };
}

/** The exact native value of every answered cell (`null` when not answered). */
class Values {
  private readonly width: number;
  private readonly levelValues: Fraction[][];
  private readonly combined: Fraction[][];

  constructor(
    readonly dataset: Dataset,
    framework: Framework,
  ) {
    this.width = framework.indicators.length;
    this.levelValues = framework.indicators.map((i) => i.scale.values.map((v) => decimalFraction(v)));
    this.combined = framework.indicators.map((i) =>
      (dataset.combinedValues?.[i.ordinal] ?? []).map((c) => parseFraction(c.value)),
    );
  }

  at(unit: number, ordinal: number): Fraction | null {
    const code = this.dataset.answers[unit * this.width + ordinal] as number;
    if (code < 0) return null;
    const levels = this.levelValues[ordinal] as Fraction[];
    return code < levels.length
      ? (levels[code] as Fraction)
      : (this.combined[ordinal]?.[code - levels.length] ?? null);
  }
}

/** Per period and indicator: the answered values and their min and max (computed once, on demand). */
class CohortStats {
  private readonly cache = new Map<
    string,
    { values: Fraction[]; min: Fraction | null; max: Fraction | null }
  >();

  constructor(
    private readonly values: Values,
    private readonly byPeriod: ReadonlyMap<string, readonly number[]>,
  ) {}

  of(period: string, ordinal: number): { values: Fraction[]; min: Fraction | null; max: Fraction | null } {
    const key = `${ordinal}\u0000${period}`;
    let s = this.cache.get(key);
    if (s === undefined) {
      const values: Fraction[] = [];
      for (const u of this.byPeriod.get(period) ?? []) {
        const v = this.values.at(u, ordinal);
        if (v !== null) values.push(v);
      }
      let min: Fraction | null = null;
      let max: Fraction | null = null;
      for (const v of values) {
        if (min === null || compareFractions(v, min) < 0) min = v;
        if (max === null || compareFractions(v, max) > 0) max = v;
      }
      s = { values, min, max };
      this.cache.set(key, s);
    }
    return s;
  }
}

function imputeCell(
  rule: ImputationRule,
  u: number,
  indicator: FrameworkIndicator,
  period: string,
  values: Values,
  stats: CohortStats,
  framework: Framework,
  dataset: Dataset,
): { value: Fraction; basis: string } | null {
  const o = indicator.ordinal;
  switch (rule) {
    case "cohort-mean":
    case "cohort-median": {
      const cohort = stats.of(period, o).values;
      if (cohort.length === 0) return null;
      const how = rule === "cohort-mean" ? "mean" : "median";
      const n = cohort.length;
      return {
        value: combineFractions(cohort, how),
        basis: `cohort ${how} of ${n} answer${n === 1 ? "" : "s"} in ${period}`,
      };
    }
    case "group-mean": {
      const own = stats.of(period, o);
      if (own.min === null || own.max === null || indicator.parent === null) return null;
      const siblings = framework.nodes.get(indicator.parent)?.children ?? [];
      const rescaled: Fraction[] = [];
      for (const id of siblings) {
        const other = framework.indicatorById.get(id);
        if (other === undefined || other.ordinal === o || !other.scored || other.kind !== indicator.kind)
          continue;
        const x = values.at(u, other.ordinal);
        if (x === null) continue;
        const s = stats.of(period, other.ordinal);
        if (s.min === null || s.max === null || compareFractions(s.max, s.min) === 0) continue;
        rescaled.push(divideFractions(subtractFractions(x, s.min), subtractFractions(s.max, s.min)));
      }
      if (rescaled.length === 0) return null;
      const mean = divideFractions(rescaled.reduce(addFractions), fraction(BigInt(rescaled.length)));
      const value = addFractions(multiplyFractions(mean, subtractFractions(own.max, own.min)), own.min);
      const n = rescaled.length;
      return {
        value,
        basis: `mean of ${n} other indicator${n === 1 ? "" : "s"} of ${indicator.parent}, rescaled by the ${period} min and max`,
      };
    }
    case "previous-period": {
      const entity = dataset.units[u]?.entity;
      // Units are sorted by entity, then period: the unit's earlier periods come just before it.
      for (let e = u - 1; e >= 0 && dataset.units[e]?.entity === entity; e--) {
        const v = values.at(e, o);
        if (v !== null) return { value: v, basis: `answer of period ${dataset.units[e]?.period}` };
      }
      return null;
    }
  }
}
