/**
 * Ratios written as `"0.5"` or `"2/3"` (minimum coverage), kept as an exact numerator and denominator so
 * that a coverage test `present / applicable ≥ a / b` is decided by cross-multiplication, never by a
 * rounded quotient.
 */
import { type Dec, P10Decimal } from "../decimal.js";

/** An exact ratio `num / den` with `den > 0`. */
export interface Ratio {
  readonly num: Dec;
  readonly den: Dec;
  /** The text it was read from, e.g. `"2/3"`. */
  readonly text: string;
}

/**
 * Reads a ratio string as validated by `RatioSchema` (`"0.5"`, `"2/3"`).
 *
 * @param text - the ratio text.
 * @returns the exact numerator and denominator (denominator 1 for a plain decimal).
 * @throws TypeError when `text` is not of that form (the schema validates user input first).
 * @example
 * ```ts
 * import { parseRatio } from "principle10";
 * parseRatio("2/3").den.toString(); // "3"
 * ```
 */
export function parseRatio(text: string): Ratio {
  const match = /^(\d+(?:\.\d+)?)(?:\/(\d+(?:\.\d+)?))?$/.exec(text);
  if (match === null) throw new TypeError(`not a ratio: ${JSON.stringify(text)}`);
  return { num: new P10Decimal(match[1] as string), den: new P10Decimal(match[2] ?? "1"), text };
}

/**
 * Tells whether `part / whole ≥ ratio`, exactly (by cross-multiplication).
 *
 * @param part - the numerator of the share (e.g. the weight of children with a score).
 * @param whole - the denominator of the share (positive).
 * @param ratio - the threshold.
 * @returns `true` when the share reaches the threshold.
 * @example
 * ```ts
 * import { dec, parseRatio, reachesRatio } from "principle10";
 * reachesRatio(dec("4"), dec("6"), parseRatio("2/3")); // true
 * ```
 */
export function reachesRatio(part: Dec, whole: Dec, ratio: Ratio): boolean {
  return part.times(ratio.den).gte(whole.times(ratio.num));
}
