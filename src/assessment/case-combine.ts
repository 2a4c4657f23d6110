/**
 * From cases to an indicator, exactly: the mean, median or minimum of the values of the levels the cases
 * were given, or the share of cases reaching a level, carried onto the scale's range (share 0 is the
 * scale's minimum, share 1 its maximum), so that every rule yields a value on the indicator's own scale.
 */
import { combineFractions } from "./combine.js";
import type { Scale } from "../framework/scale.js";
import {
  addFractions,
  compareFractions,
  decimalFraction,
  type Fraction,
  fraction,
  multiplyFractions,
  subtractFractions,
} from "../base/fraction.js";
import type { CaseCombineRule } from "./case-answer.js";

/**
 * Combines the level answers of an indicator's cases.
 *
 * @param scale - the indicator's scale.
 * @param levels - the level indices the cases were given (at least one; any order).
 * @param rule - the combination rule.
 * @param threshold - with `share`: the level index a case must reach.
 * @returns the exact value on the scale's native values.
 * @throws RangeError when `levels` is empty or `share` has no threshold (programming errors).
 */
export function combineCaseLevels(
  scale: Scale,
  levels: readonly number[],
  rule: CaseCombineRule,
  threshold?: number,
): Fraction {
  if (levels.length === 0) throw new RangeError("no case to combine");
  const values = levels.map((level) => decimalFraction(scale.values[level]!));
  switch (rule) {
    case "mean":
    case "median":
      return combineFractions(values, rule);
    case "minimum": {
      let low = values[0]!;
      for (const v of values) if (compareFractions(v, low) < 0) low = v;
      return low;
    }
    case "share": {
      if (threshold === undefined) throw new RangeError("share needs a level");
      const bar = decimalFraction(scale.values[threshold]!);
      let meeting = 0n;
      for (const v of values) if (compareFractions(v, bar) >= 0) meeting++;
      const share = fraction(meeting, BigInt(values.length));
      const min = decimalFraction(scale.min);
      return addFractions(min, multiplyFractions(share, subtractFractions(decimalFraction(scale.max), min)));
    }
  }
}
