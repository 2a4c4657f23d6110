/**
 * Ratios written as `"0.5"` or `"2/3"` (minimum coverage), kept as exact fractions so that a coverage test
 * `present / applicable ≥ a / b` is decided exactly, never on a rounded quotient.
 */
import {
  decimalFraction,
  divideFractions,
  type Fraction,
  multiplyFractions,
  compareFractions,
} from "../base/fraction.js";

/** An exact ratio and the text it was read from. */
export interface Ratio {
  readonly value: Fraction;
  /** The text it was read from, e.g. `"2/3"`. */
  readonly text: string;
}

/**
 * Reads a ratio string as validated by `RatioSchema` (`"0.5"`, `"2/3"`).
 *
 * @param text - the ratio text.
 * @returns the exact ratio.
 * @throws TypeError when `text` is not of that form; RangeError for a zero denominator (the method
 *   validation reports both as `P10_METHOD_SCHEMA` / `P10_METHOD_COVERAGE` first).
 * @example
 * ```ts
 * import { parseRatio } from "principle10/advanced";
 * parseRatio("2/3").value; // { num: 2n, den: 3n }
 * ```
 */
export function parseRatio(text: string): Ratio {
  const match = /^(\d+(?:\.\d+)?)(?:\/(\d+(?:\.\d+)?))?$/.exec(text);
  if (match === null) throw new TypeError(`not a ratio: ${JSON.stringify(text)}`);
  const num = decimalFraction(match[1] as string);
  return { value: match[2] === undefined ? num : divideFractions(num, decimalFraction(match[2])), text };
}

/**
 * Tells whether `part / whole ≥ ratio`, exactly.
 *
 * @param part - the numerator of the share (e.g. the weight of children with a score).
 * @param whole - the denominator of the share (positive).
 * @param ratio - the threshold.
 * @returns `true` when the share reaches the threshold.
 * @example
 * ```ts
 * import { parseRatio, reachesRatio } from "principle10/advanced";
 * reachesRatio(parseRatio("4").value, parseRatio("6").value, parseRatio("2/3")); // true
 * ```
 */
export function reachesRatio(part: Fraction, whole: Fraction, ratio: Ratio): boolean {
  return compareFractions(part, multiplyFractions(whole, ratio.value)) >= 0;
}
