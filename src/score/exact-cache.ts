/**
 * Decimals of exact fractions, computed once per scoring run: effective weights, coverage shares and
 * contributions repeat across answer patterns (1/27, 1/18, …), so each is divided out once.
 */
import type { Dec } from "../decimal.js";
import { type Fraction, formatFraction, fractionToDec } from "../method/fraction.js";

/** Memoised fraction → decimal conversions for one scoring run. */
export class ExactCache {
  private readonly decimals = new Map<string, Dec>();

  /**
   * The P10Decimal of a fraction (rounded once, correctly), shared between equal fractions.
   *
   * @param f - the fraction.
   * @returns its decimal.
   */
  dec(f: Fraction): Dec {
    const key = formatFraction(f);
    let d = this.decimals.get(key);
    if (d === undefined) {
      d = fractionToDec(f);
      this.decimals.set(key, d);
    }
    return d;
  }
}
