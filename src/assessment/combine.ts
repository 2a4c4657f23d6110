/**
 * Combining double-scored answers: the answers of several assessors to one cell become one value, the
 * median or the mean of their levels' values, exact as fractions (the EDI scored each country twice and
 * reconciled; a mean or median of assessors is the usual alternative when no reconciliation is made).
 */
import { P10Error } from "../errors.js";
import type { Framework } from "../framework/framework.js";
import {
  addFractions,
  compareFractions,
  decimalFraction,
  divideFractions,
  type Fraction,
  formatFraction,
  fraction,
  fractionToDec,
} from "../base/fraction.js";

/** How the answers of several assessors to one cell are combined. */
export type CombineRule = "median" | "mean";

/** A combined value that is not a level of its scale, carried by a dataset (see `Dataset.combinedValues`). */
export interface CombinedValue {
  /** The exact value on the scale's native values, as a fraction in lowest terms: `"5/2"`, `"4/3"`, `"2"`. */
  readonly value: string;
  /** The value as an answer code is shown: its decimal when it has one (`"2.5"`), else the fraction (`"4/3"`). */
  readonly code: string;
  /** What was combined, e.g. `"combined (median of 2, 3)"` (the levels' values, ascending). */
  readonly label: string;
}

/** One assessor's answer taken into a combined cell. */
export interface CombinedAnswer {
  /** The assessor's name, or `null` when the row named none. */
  readonly assessor: string | null;
  /** A level index, `MISSING` (-2) or `NOT_APPLICABLE` (-3). */
  readonly code: number;
  /** The answer's 1-based source line, or 0. */
  readonly line: number;
}

/** How a cell answered by several assessors was combined (see `Dataset.combinations`). */
export interface CellCombination {
  readonly rule: CombineRule;
  /** Every assessor's answer, in code-point order of the assessors' names (no assessor first). */
  readonly answers: readonly CombinedAnswer[];
}

/** The largest answer code a dataset can hold (its answers are 16-bit). */
const MAX_CODE = 32_767;

/**
 * The median (the mean of the two middle values for an even count) or the mean of exact values.
 *
 * @param values - at least one value.
 * @param rule - `median` or `mean`.
 * @returns the exact result.
 * @throws RangeError when `values` is empty (a programming error).
 * @example
 * ```ts
 * import { combineFractions } from "./combine.js";
 * import { formatFraction, fraction } from "../base/fraction.js";
 * formatFraction(combineFractions([fraction(1n), fraction(1n), fraction(2n)], "mean")); // "4/3"
 * ```
 */
export function combineFractions(values: readonly Fraction[], rule: CombineRule): Fraction {
  if (values.length === 0) throw new RangeError("nothing to combine");
  const count = fraction(BigInt(values.length));
  if (rule === "mean") return divideFractions(values.reduce(addFractions), count);
  const sorted = [...values].sort(compareFractions);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as Fraction;
  return sorted.length % 2 === 1
    ? upper
    : divideFractions(addFractions(sorted[mid - 1] as Fraction, upper), fraction(2n));
}

/**
 * Writes an exact value as an answer code: a decimal when the fraction has one (its denominator divides a
 * power of ten), else `num/den`.
 *
 * @param value - the value.
 * @returns e.g. `"2.5"`, `"2"` or `"4/3"`.
 * @throws never.
 * @example
 * ```ts
 * import { combinedCode } from "./combine.js";
 * import { fraction } from "../base/fraction.js";
 * [combinedCode(fraction(5n, 2n)), combinedCode(fraction(4n, 3n))]; // ["2.5", "4/3"]
 * ```
 */
export function combinedCode(value: Fraction): string {
  let d = value.den;
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  return d === 1n ? fractionToDec(value).toFixed() : formatFraction(value);
}

/**
 * The combined values of a dataset being built: one slot per indicator and distinct set of levels
 * combined, numbered after the scale's levels (answer code `levels + k` is slot `k`).
 *
 * @example
 * ```ts
 * import { frameworks } from "principle10";
 * import { CombinedSlots } from "./combine.js";
 * const edi = frameworks.get("edi-2015");
 * const slots = new CombinedSlots(edi, "median");
 * slots.codeFor(0, [2, 3]); // 4: the first value after levels 0–3
 * slots.finish()[0]; // [{ value: "5/2", code: "2.5", label: "combined (median of 2, 3)" }]
 * ```
 */
export class CombinedSlots {
  private readonly keys: Map<string, number>[];
  private readonly slots: CombinedValue[][];

  /**
   * @param framework - the framework of the dataset.
   * @param rule - how answers are combined.
   */
  constructor(
    private readonly framework: Framework,
    readonly rule: CombineRule,
  ) {
    this.keys = framework.indicators.map(() => new Map());
    this.slots = framework.indicators.map(() => []);
  }

  /**
   * The answer code of the combination of some levels of one indicator (a new slot the first time).
   *
   * @param ordinal - the indicator's ordinal.
   * @param levels - the level indices answered (two or more; any order).
   * @returns the answer code, at least the scale's number of levels.
   * @throws P10Error `P10_DATASET_INPUT` when one indicator needs more combined values than a dataset holds.
   */
  codeFor(ordinal: number, levels: readonly number[]): number {
    const indicator = this.framework.indicators[ordinal];
    if (indicator === undefined) throw new RangeError(`no indicator ${ordinal}`);
    const scale = indicator.scale;
    const key = [...levels].sort((a, b) => a - b).join(",");
    const keys = this.keys[ordinal] as Map<string, number>;
    const slots = this.slots[ordinal] as CombinedValue[];
    let k = keys.get(key);
    if (k === undefined) {
      const values = levels.map((level) => decimalFraction(scale.values[level]?.toFixed() ?? "0"));
      const sorted = [...values].sort(compareFractions).map((v) => combinedCode(v));
      const value = combineFractions(values, this.rule);
      k = slots.length;
      if (scale.levels.length + k > MAX_CODE) {
        throw new P10Error(
          "P10_DATASET_INPUT",
          `indicator ${indicator.id}: more than ${MAX_CODE - scale.levels.length} distinct combined answers`,
        );
      }
      slots.push({
        value: formatFraction(value),
        code: combinedCode(value),
        label: `combined (${this.rule} of ${sorted.join(", ")})`,
      });
      keys.set(key, k);
    }
    return scale.levels.length + k;
  }

  /**
   * The slots, per indicator ordinal.
   * @returns the combined values of every indicator (empty lists where nothing was combined).
   */
  finish(): CombinedValue[][] {
    return this.slots;
  }
}
