/**
 * Exact rational numbers (bigint numerator and denominator, lowest terms) for the quantities that must
 * add up exactly: weights, effective weights, linear scores and contributions. A 50-digit decimal cannot
 * hold 1/3; a fraction can, and it is rounded to a decimal once, at the end, correctly.
 */
import { type Dec, P10Decimal } from "../decimal.js";

/** A rational number in lowest terms with a positive denominator. */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

/**
 * 0/1.
 *
 * @example
 * ```ts
 * import { addFractions, compareFractions, FRACTION_ONE, FRACTION_ZERO, formatFraction, fraction } from "./fraction.js";
 * formatFraction(addFractions(FRACTION_ZERO, fraction(2n, 3n))); // "2/3": zero adds nothing
 * compareFractions(FRACTION_ZERO, FRACTION_ONE); // -1
 * ```
 */
export const FRACTION_ZERO: Fraction = { num: 0n, den: 1n };
/**
 * 1/1.
 *
 * @example
 * ```ts
 * import { FRACTION_ONE, formatFraction, fraction, multiplyFractions } from "./fraction.js";
 * formatFraction(multiplyFractions(FRACTION_ONE, fraction(2n, 3n))); // "2/3": one changes nothing
 * formatFraction(FRACTION_ONE); // "1"
 * ```
 */
export const FRACTION_ONE: Fraction = { num: 1n, den: 1n };

/**
 * The greatest common divisor of two integers (non-negative result; gcd(0, 0) = 0).
 *
 * @param a - an integer.
 * @param b - another.
 * @returns gcd(|a|, |b|).
 * @example
 * ```ts
 * import { gcd } from "./fraction.js";
 * gcd(12n, -18n); // 6n
 * ```
 */
export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * Builds a fraction in lowest terms.
 *
 * @param num - the numerator.
 * @param den - the denominator (not zero; default 1).
 * @returns `num/den` reduced, with a positive denominator.
 * @throws RangeError when `den` is zero.
 * @example
 * ```ts
 * import { fraction, formatFraction } from "./fraction.js";
 * formatFraction(fraction(6n, -4n)); // "-3/2"
 * ```
 */
export function fraction(num: bigint, den = 1n): Fraction {
  if (den === 0n) throw new RangeError("fraction with denominator 0");
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den);
  return g <= 1n ? { num: num * sign, den: den * sign } : { num: (num / g) * sign, den: (den / g) * sign };
}

/**
 * The exact fraction of a decimal (a plain decimal string, or a P10Decimal with all its digits).
 *
 * @param value - a decimal such as `"0.75"` or a P10Decimal.
 * @returns the fraction, e.g. 3/4.
 * @example
 * ```ts
 * import { decimalFraction, formatFraction } from "./fraction.js";
 * formatFraction(decimalFraction("-1.25")); // "-5/4"
 * ```
 */
export function decimalFraction(value: string | Dec): Fraction {
  const text = typeof value === "string" ? value : value.toFixed();
  const negative = text.startsWith("-");
  const [whole = "0", part = ""] = (negative ? text.slice(1) : text).split(".");
  const num = BigInt(whole + part) * (negative ? -1n : 1n);
  return fraction(num, 10n ** BigInt(part.length));
}

/**
 * Adds two fractions exactly.
 *
 * @param a - a fraction.
 * @param b - another.
 * @returns a + b in lowest terms.
 * @example
 * ```ts
 * import { addFractions, formatFraction, fraction } from "./fraction.js";
 * formatFraction(addFractions(fraction(1n, 3n), fraction(1n, 6n))); // "1/2"
 * ```
 */
export function addFractions(a: Fraction, b: Fraction): Fraction {
  return a.den === b.den
    ? fraction(a.num + b.num, a.den)
    : fraction(a.num * b.den + b.num * a.den, a.den * b.den);
}

/**
 * Subtracts two fractions exactly.
 *
 * @param a - a fraction.
 * @param b - another.
 * @returns a − b in lowest terms.
 * @example
 * ```ts
 * import { formatFraction, fraction, subtractFractions } from "./fraction.js";
 * formatFraction(subtractFractions(fraction(1n, 2n), fraction(1n, 3n))); // "1/6"
 * ```
 */
export function subtractFractions(a: Fraction, b: Fraction): Fraction {
  return addFractions(a, { num: -b.num, den: b.den });
}

/**
 * Multiplies two fractions exactly.
 *
 * @param a - a fraction.
 * @param b - another.
 * @returns a × b in lowest terms.
 * @example
 * ```ts
 * import { formatFraction, fraction, multiplyFractions } from "./fraction.js";
 * formatFraction(multiplyFractions(fraction(1n, 3n), fraction(3n, 4n))); // "1/4"
 * ```
 */
export function multiplyFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.num, a.den * b.den);
}

/**
 * Divides two fractions exactly.
 *
 * @param a - a fraction.
 * @param b - a non-zero fraction.
 * @returns a ÷ b in lowest terms.
 * @throws RangeError when b is zero.
 * @example
 * ```ts
 * import { divideFractions, formatFraction, fraction } from "./fraction.js";
 * formatFraction(divideFractions(fraction(1n, 3n), fraction(2n))); // "1/6"
 * ```
 */
export function divideFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.den, a.den * b.num);
}

/**
 * Compares two fractions.
 *
 * @param a - a fraction.
 * @param b - another.
 * @returns -1, 0 or 1.
 * @example
 * ```ts
 * import { compareFractions, fraction } from "./fraction.js";
 * compareFractions(fraction(2n, 3n), fraction(4n, 6n)); // 0
 * ```
 */
export function compareFractions(a: Fraction, b: Fraction): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/**
 * Rounds a fraction to a P10Decimal (50 significant digits, half-even): the only rounding of an exact value.
 *
 * @param f - the fraction.
 * @returns the decimal; exact whenever the fraction is a decimal of at most 50 digits.
 * @example
 * ```ts
 * import { fraction, fractionToDec } from "./fraction.js";
 * fractionToDec(fraction(5n, 4n)).toString(); // "1.25"
 * ```
 */
export function fractionToDec(f: Fraction): Dec {
  const n = new P10Decimal(f.num.toString());
  return f.den === 1n ? n : n.div(f.den.toString());
}

/**
 * Writes a fraction as `num/den`, or as the integer when the denominator is 1.
 *
 * @param f - the fraction.
 * @returns e.g. `"229/108"` or `"2"`.
 * @example
 * ```ts
 * import { formatFraction, fraction } from "./fraction.js";
 * formatFraction(fraction(229n, 108n)); // "229/108"
 * ```
 */
export function formatFraction(f: Fraction): string {
  return f.den === 1n ? f.num.toString() : `${f.num}/${f.den}`;
}

/**
 * Reads a fraction written by {@link formatFraction}.
 *
 * @param text - `"num/den"` or an integer.
 * @returns the fraction.
 * @throws SyntaxError when the text is not of that form.
 * @example
 * ```ts
 * import { parseFraction } from "./fraction.js";
 * parseFraction("229/108").den; // 108n
 * ```
 */
export function parseFraction(text: string): Fraction {
  const match = /^(-?\d+)(?:\/(\d+))?$/.exec(text);
  if (match === null) throw new SyntaxError(`not a fraction: ${JSON.stringify(text)}`);
  return fraction(BigInt(match[1] as string), BigInt(match[2] ?? "1"));
}
