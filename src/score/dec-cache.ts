/**
 * Shared exact values for one scoring run: equal weights are interned to one instance, and products of
 * two instances are computed once. Units with different answer patterns mostly share their weights
 * (1/2, 1/3, 1/6 × 1/3, …), so a pattern costs map look-ups instead of 50-digit multiplications.
 */
import type { Dec } from "../decimal.js";

/** Interned values and memoised products (by instance identity); one per scoring run. */
export class DecCache {
  private readonly interned = new Map<string, Dec>();
  private readonly products = new Map<Dec, Map<Dec, Dec>>();

  /**
   * The shared instance equal to `value`.
   *
   * @param value - an exact value.
   * @returns the first instance seen with this value.
   */
  intern(value: Dec): Dec {
    const key = value.toString();
    const found = this.interned.get(key);
    if (found !== undefined) return found;
    this.interned.set(key, value);
    return value;
  }

  /**
   * `a × b`, computed once per pair of instances (the same value P10Decimal's `times` gives).
   *
   * @param a - an exact value.
   * @param b - another.
   * @returns the product.
   */
  times(a: Dec, b: Dec): Dec {
    let row = this.products.get(a);
    if (row === undefined) {
      row = new Map();
      this.products.set(a, row);
    }
    let p = row.get(b);
    if (p === undefined) {
      p = a.times(b);
      row.set(b, p);
    }
    return p;
  }
}
