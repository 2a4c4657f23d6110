/**
 * Outlier treatment of a numeric indicator before normalisation, as COINr's `Treat()` does by default
 * (COINr 1.1, `R/treat.R`: `Treat.numeric` with `f1 = "winsorise"`, `f2 = "log_CT"`,
 * `f_pass = "check_SkewKurt"`; the OECD/JRC Handbook's and the JRC COIN Tool's rule):
 *
 * 1. An indicator passes when |skewness| < 2 **or** kurtosis < 3.5 (e1071's type-2 sample skewness and
 *    excess kurtosis, as COINr's `skew()` and `kurt()`); one that passes is left as it is.
 * 2. Otherwise it is winsorised: while it fails and fewer than `winmax` (5) points were winsorised, the
 *    highest value(s) (skewness ≥ 0) or the lowest (skewness < 0) are replaced by the next value; COINr's
 *    count is the number of points at the last high and low replacement (tied points count together).
 * 3. If it still fails, winsorisation is dropped and the original values are log-transformed:
 *    ln(x − min + 0.01 × (max − min)) (`log_CT`).
 *
 * With fewer than four values (or all equal) COINr's test is undefined (NA) and nothing is treated; the
 * same here. Moments are exact fractions (the skewness test compares squares), so the decision does not
 * depend on rounding; the logarithm is a 50-digit decimal. Values are the indicator's distinct values,
 * each held by `counts[k]` units of the cohort.
 */
import { P10Decimal } from "../decimal.js";
import {
  addFractions,
  compareFractions,
  decimalFraction,
  divideFractions,
  type Fraction,
  fraction,
  fractionToDec,
  multiplyFractions,
  subtractFractions,
} from "../base/fraction.js";

/** The treatment's parameters (COINr's defaults: 5 points, skewness 2, kurtosis 3.5). */
export interface OutlierTreatmentSpec {
  readonly rule: "coinr";
  readonly winmax: number;
  readonly skew: string;
  readonly kurtosis: string;
}

/** What the treatment did to one indicator in one cohort. */
export interface OutlierTreatment {
  /** `none`: passed (or undefined: too few values); `winsorised`; `log`: winsorising did not suffice. */
  readonly applied: "none" | "winsorised" | "log";
  /** The treated value of each distinct value (the input where nothing was done). */
  readonly values: readonly Fraction[];
  /** Points winsorised, as COINr counts them (0 unless `winsorised`). */
  readonly winsorised: number;
}

interface Moments {
  /** skewness² (exact) and its sign; kurtosis (exact); `null` where COINr's is NA. */
  readonly skew2: Fraction | null;
  readonly skewSign: number;
  readonly kurtosis: Fraction | null;
}

/**
 * Applies COINr's default treatment to one indicator's values in one cohort.
 *
 * @param spec - the thresholds and the winsorisation limit.
 * @param values - the distinct values (after any transform), by answer code.
 * @param counts - how many units of the cohort hold each value (0: not held, ignored).
 * @returns the treated values and what was done.
 * @throws never.
 * @example
 * ```ts
 * // Nine values near 1 and one at 100: skewness 3.16, kurtosis 10; winsorising the 100 to 1.8 passes.
 * treatOutliers({ rule: "coinr", winmax: 5, skew: "2", kurtosis: "3.5" }, values, counts).applied; // "winsorised"
 * ```
 */
export function treatOutliers(
  spec: OutlierTreatmentSpec,
  values: readonly Fraction[],
  counts: readonly number[],
): OutlierTreatment {
  const original = { applied: "none" as const, values, winsorised: 0 };
  const held = values.flatMap((_, k) => ((counts[k] ?? 0) > 0 ? [k] : []));
  const pass = (xs: readonly Fraction[]): boolean | null => passes(moments(xs, counts, held), spec);
  const first = pass(values);
  if (first !== false) return original;
  const x = [...values];
  let high = 0;
  let low = 0;
  let passing: boolean | null = false;
  while (passing === false && high + low < spec.winmax) {
    const m = moments(x, counts, held);
    if (m.skew2 === null) return original;
    const top = m.skewSign >= 0;
    const extreme = extremeOf(x, held, top);
    const others = held.filter((k) => compareFractions(x[k] as Fraction, extreme) !== 0);
    if (others.length === 0) return original;
    const next = extremeOf(x, others, top);
    let moved = 0;
    for (const k of held) {
      if (compareFractions(x[k] as Fraction, extreme) !== 0) continue;
      x[k] = next;
      moved += counts[k] as number;
    }
    if (top) high = moved;
    else low = moved;
    passing = pass(x);
  }
  if (passing === true) return { applied: "winsorised", values: x, winsorised: high + low };
  if (passing === null) return original;
  // log_CT on the original values: ln(x − min + 0.01 (max − min)).
  const min = extremeOf(values, held, false);
  const max = extremeOf(values, held, true);
  const shift = subtractFractions(divideFractions(subtractFractions(max, min), fraction(100n)), min);
  const logged = values.map((v, k) =>
    (counts[k] ?? 0) > 0 ? decimalFraction(fractionToDec(addFractions(v, shift)).ln()) : v,
  );
  return { applied: "log", values: logged, winsorised: 0 };
}

/** COINr's `check_SkewKurt`: |skew| < t or kurtosis < k; `null` for NA (NA | TRUE is TRUE in R). */
function passes(m: Moments, spec: OutlierTreatmentSpec): boolean | null {
  const t = decimalFraction(new P10Decimal(spec.skew).toFixed());
  const skewOk = m.skew2 === null ? null : compareFractions(m.skew2, multiplyFractions(t, t)) < 0;
  const kurtOk =
    m.kurtosis === null
      ? null
      : compareFractions(m.kurtosis, decimalFraction(new P10Decimal(spec.kurtosis).toFixed())) < 0;
  if (skewOk === true || kurtOk === true) return true;
  if (skewOk === null || kurtOk === null) return null;
  return false;
}

/** e1071 type-2 skewness (squared, with its sign) and excess kurtosis of the held values, exactly. */
function moments(x: readonly Fraction[], counts: readonly number[], held: readonly number[]): Moments {
  let n = 0n;
  let sum = fraction(0n);
  for (const k of held) {
    const c = BigInt(counts[k] as number);
    n += c;
    sum = addFractions(sum, multiplyFractions(x[k] as Fraction, fraction(c)));
  }
  const none = { skew2: null, skewSign: 0, kurtosis: null };
  if (n < 3n) return none;
  const mean = divideFractions(sum, fraction(n));
  let s2 = fraction(0n);
  let s3 = fraction(0n);
  let s4 = fraction(0n);
  for (const k of held) {
    const c = fraction(BigInt(counts[k] as number));
    const d = subtractFractions(x[k] as Fraction, mean);
    const d2 = multiplyFractions(d, d);
    s2 = addFractions(s2, multiplyFractions(c, d2));
    s3 = addFractions(s3, multiplyFractions(c, multiplyFractions(d2, d)));
    s4 = addFractions(s4, multiplyFractions(c, multiplyFractions(d2, d2)));
  }
  if (s2.num === 0n) return none;
  // skew = n √(n − 1) S3 / ((n − 2) S2^(3/2)), so skew² = n² (n − 1) S3² / ((n − 2)² S2³).
  const s2cubed = multiplyFractions(s2, multiplyFractions(s2, s2));
  const skew2 = divideFractions(
    multiplyFractions(fraction(n * n * (n - 1n)), multiplyFractions(s3, s3)),
    multiplyFractions(fraction((n - 2n) * (n - 2n)), s2cubed),
  );
  const skewSign = s3.num > 0n ? 1 : s3.num < 0n ? -1 : 0;
  if (n < 4n) return { skew2, skewSign, kurtosis: null };
  // r = n S4 / S2²; kurtosis = ((n + 1)(r − 3) + 6)(n − 1) / ((n − 2)(n − 3)).
  const r = divideFractions(multiplyFractions(fraction(n), s4), multiplyFractions(s2, s2));
  const kurtosis = divideFractions(
    multiplyFractions(
      addFractions(multiplyFractions(fraction(n + 1n), subtractFractions(r, fraction(3n))), fraction(6n)),
      fraction(n - 1n),
    ),
    fraction((n - 2n) * (n - 3n)),
  );
  return { skew2, skewSign, kurtosis };
}

function extremeOf(x: readonly Fraction[], among: readonly number[], highest: boolean): Fraction {
  let best = x[among[0] as number] as Fraction;
  for (const k of among) {
    const c = compareFractions(x[k] as Fraction, best);
    if (highest ? c > 0 : c < 0) best = x[k] as Fraction;
  }
  return best;
}
