/**
 * Shared exact values for one scoring run. Fractions are interned (one object per value), so products of
 * weights can be memoised by object identity and converted to decimals once: effective weights such as
 * 1/3 × 1/6 × 1/4 recur across answer patterns, and a unit then costs map look-ups, not bigint arithmetic.
 */
import type { Dec } from "../decimal.js";
import {
  type Fraction,
  formatFraction,
  fraction,
  fractionToDec,
  multiplyFractions,
} from "../base/fraction.js";

/** The decimal and the exact text of one exact value. */
export interface ExactResult {
  readonly score: Dec;
  readonly exact: string;
}

/** Interned fractions, memoised products and conversions for one scoring run. */
export class ExactCache {
  private readonly interned = new Map<string, Fraction>();
  private readonly products = new Map<Fraction, Map<Fraction, Fraction>>();
  private readonly decimals = new Map<Fraction, Dec>();
  private readonly texts = new Map<Fraction, string>();
  private readonly results = new Map<bigint, Map<number | bigint, ExactResult>>();

  /**
   * The shared object equal to `f`.
   *
   * @param f - a fraction (in lowest terms).
   * @returns the first object seen with this value.
   */
  intern(f: Fraction): Fraction {
    const key = formatFraction(f);
    const found = this.interned.get(key);
    if (found !== undefined) return found;
    this.interned.set(key, f);
    this.texts.set(f, key);
    return f;
  }

  /**
   * `a × b` for interned fractions, computed once per pair and interned.
   *
   * @param a - an interned fraction.
   * @param b - another.
   * @returns the interned product.
   */
  times(a: Fraction, b: Fraction): Fraction {
    let row = this.products.get(a);
    if (row === undefined) {
      row = new Map();
      this.products.set(a, row);
    }
    let p = row.get(b);
    if (p === undefined) {
      p = this.intern(multiplyFractions(a, b));
      row.set(b, p);
    }
    return p;
  }

  /**
   * The decimal of an interned fraction (rounded once, correctly).
   *
   * @param f - an interned fraction.
   * @returns its P10Decimal.
   */
  dec(f: Fraction): Dec {
    let d = this.decimals.get(f);
    if (d === undefined) {
      d = fractionToDec(f);
      this.decimals.set(f, d);
    }
    return d;
  }

  /**
   * The text `num/den` of an interned fraction.
   *
   * @param f - an interned fraction.
   * @returns its text.
   */
  text(f: Fraction): string {
    return this.texts.get(f) ?? formatFraction(f);
  }

  /**
   * The results of every numerator over one denominator (shared by every shape with that denominator).
   *
   * @param denominator - a positive denominator.
   * @returns the map from numerator to result, filled by {@link resultOf}.
   */
  resultsFor(denominator: bigint): Map<number | bigint, ExactResult> {
    let map = this.results.get(denominator);
    if (map === undefined) {
      map = new Map();
      this.results.set(denominator, map);
    }
    return map;
  }

  /**
   * The decimal and exact text of `numerator / denominator`, memoised in `results`.
   *
   * @param results - the map of this denominator (from {@link resultsFor}).
   * @param numerator - an integer numerator (a double holding an exact integer, or a bigint).
   * @param denominator - the denominator.
   * @returns the result.
   */
  resultOf(
    results: Map<number | bigint, ExactResult>,
    numerator: number | bigint,
    denominator: bigint,
  ): ExactResult {
    let r = results.get(numerator);
    if (r === undefined) {
      const f = this.intern(
        fraction(typeof numerator === "bigint" ? numerator : BigInt(numerator), denominator),
      );
      r = { score: this.dec(f), exact: this.text(f) };
      results.set(numerator, r);
    }
    return r;
  }
}
