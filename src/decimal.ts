/**
 * The project's private decimal arithmetic. Official scores are computed with this clone of decimal.js,
 * never with the global `Decimal` (whose settings any other library in the process may change) and never
 * with binary floats. Rounding happens only at presentation, through {@link roundForDisplay}.
 */
import { Decimal } from "decimal.js";

// decimal.js's rounding constants, written as literals (ROUND_HALF_UP = 4, ROUND_HALF_EVEN = 6; checked by
// test/decimal.test.ts): reading Decimal.ROUND_… at module load would keep decimal.js in bundles that never
// use it, as bundlers cannot prove a property read free of side effects.
const ROUND_HALF_UP: Decimal.Rounding = 4;
const ROUND_HALF_EVEN: Decimal.Rounding = 6;

/**
 * The Decimal constructor used for every official score: 50 significant digits, round-half-even inside
 * divisions and roots, plain (non-exponential) `toString()` for every value a score can take.
 *
 * @example
 * ```ts
 * import { P10Decimal } from "principle10/advanced";
 * new P10Decimal("1").div(3).toString(); // "0.33333333333333333333333333333333333333333333333333"
 * ```
 */
export const P10Decimal = /* @__PURE__ */ Decimal.clone({
  precision: 50,
  rounding: ROUND_HALF_EVEN,
  toExpNeg: -60,
  toExpPos: 60,
  minE: -9e15,
  maxE: 9e15,
});

/** An exact decimal value made by {@link P10Decimal}. */
export type Dec = InstanceType<typeof P10Decimal>;

/** The rounding rules a method may choose for presentation. */
export type RoundingRule = "half-even" | "half-up";

const ROUNDING_MODES: Record<RoundingRule, Decimal.Rounding> = {
  "half-even": ROUND_HALF_EVEN,
  "half-up": ROUND_HALF_UP,
};

/** Matches the decimal strings accepted as exact values: optional sign, digits, optional fraction. */
export const DECIMAL_PATTERN = /^-?(?:\d+)(?:\.\d+)?$/;

/**
 * Builds an exact decimal from a decimal string such as `"2"`, `"0.75"` or `"-1.5"`.
 * Only the plain form is accepted: no exponent, no thousands separator, no surrounding space.
 *
 * @param text - the decimal string.
 * @returns the exact value.
 * @throws TypeError when `text` is not a plain decimal string (callers validate user input first).
 * @example
 * ```ts
 * import { dec } from "principle10/advanced";
 * dec("0.1").plus(dec("0.2")).toString(); // "0.3"
 * ```
 */
export function dec(text: string): Dec {
  if (!DECIMAL_PATTERN.test(text)) throw new TypeError(`not a plain decimal string: ${JSON.stringify(text)}`);
  return new P10Decimal(text);
}

/**
 * Rounds an exact value for display with a fixed number of decimal places, using the method's rounding
 * rule. This is the single place where rounding happens; ranks and comparisons use the exact value.
 *
 * @param value - the exact value.
 * @param places - decimal places (0 or more).
 * @param rule - `half-even` (banker's rounding) or `half-up` (away from zero on a tie).
 * @returns the rounded value as a fixed-point string, e.g. `"1.50"`.
 * @example
 * ```ts
 * import { dec, roundForDisplay } from "principle10/advanced";
 * roundForDisplay(dec("1.125"), 2, "half-even"); // "1.12"
 * roundForDisplay(dec("1.125"), 2, "half-up"); // "1.13"
 * ```
 */
export function roundForDisplay(value: Dec, places: number, rule: RoundingRule): string {
  return roundDecimalText(canonicalDecimal(value), places, rule, value);
}

/**
 * {@link roundForDisplay} of a value given as its canonical text (see {@link canonicalDecimal}): the
 * rounding is done on the digits, which is exact and several times faster than decimal arithmetic (writers
 * that already hold the exact text of tens of thousands of distinct scores round them from it). A text in
 * exponent notation (a value beyond 10^±60) is rounded by decimal.js.
 *
 * @param text - the canonical decimal text of the value.
 * @param places - decimal places (0 or more).
 * @param rule - `half-even` (banker's rounding) or `half-up` (away from zero on a tie).
 * @param value - the value itself, when the caller holds it (else parsed from `text` when needed).
 * @returns the rounded value as a fixed-point string, without sign when it is zero.
 * @example
 * ```ts
 * import { roundDecimalText } from "./decimal.js"; // internal
 * roundDecimalText("1.125", 2, "half-even"); // "1.12"
 * roundDecimalText("-9.995", 2, "half-up"); // "-10.00"
 * roundDecimalText("-0.001", 2, "half-even"); // "0.00"
 * ```
 */
export function roundDecimalText(text: string, places: number, rule: RoundingRule, value?: Dec): string {
  if (text.includes("e")) {
    const fixed = (value ?? new P10Decimal(text)).toFixed(places, ROUNDING_MODES[rule]);
    // decimal.js writes "-0.00" for tiny negatives; a displayed zero has no sign.
    return /^-0(?:\.0+)?$/.test(fixed) ? fixed.slice(1) : fixed;
  }
  const negative = text.charCodeAt(0) === 45; // "-"
  const digits = negative ? text.slice(1) : text;
  const dot = digits.indexOf(".");
  const whole = dot < 0 ? digits : digits.slice(0, dot);
  const fraction = dot < 0 ? "" : digits.slice(dot + 1);
  let kept = whole + fraction.slice(0, places).padEnd(places, "0");
  if (fraction.length > places && roundsUp(fraction, places, kept, rule)) kept = incremented(kept);
  const fixed =
    places === 0 ? kept : `${kept.slice(0, kept.length - places)}.${kept.slice(kept.length - places)}`;
  // A displayed zero has no sign.
  return negative && /[1-9]/.test(kept) ? `-${fixed}` : fixed;
}

/** Whether the digits dropped after `places` decimals round the kept digits up (away from zero). */
function roundsUp(fraction: string, places: number, kept: string, rule: RoundingRule): boolean {
  const first = fraction.charCodeAt(places) - 48;
  if (first !== 5) return first > 5;
  for (let i = places + 1; i < fraction.length; i++) if (fraction.charCodeAt(i) !== 48) return true;
  // Exactly half: away from zero, or to the even neighbour.
  return rule === "half-up" || (kept.charCodeAt(kept.length - 1) - 48) % 2 === 1;
}

/** A string of decimal digits plus one (`"0999"` → `"1000"`, `"99"` → `"100"`). */
function incremented(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--;
  const carried = "0".repeat(digits.length - 1 - i);
  return i < 0
    ? `1${carried}`
    : `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${carried}`;
}

/**
 * Writes an exact value in its canonical string form: plain notation, no trailing zeros, `"0"` for zero.
 *
 * @param value - the exact value.
 * @returns the canonical decimal string.
 * @example
 * ```ts
 * import { dec, canonicalDecimal } from "principle10/advanced";
 * canonicalDecimal(dec("2.500")); // "2.5"
 * ```
 */
export function canonicalDecimal(value: Dec): string {
  return value.isZero() ? "0" : value.toString();
}

/**
 * Compares two exact values: decimal.js's `comparedTo`, without the copy of its argument that
 * `comparedTo` makes on every call (ranking sorts thousands of distinct scores per node).
 *
 * @param a - a value.
 * @param b - another.
 * @returns a negative number, 0 or a positive number as `a` is below, equal to or above `b` (NaN when
 *   either is NaN).
 */
export function compareDecimals(a: Dec, b: Dec): number {
  if (a === b) return 0;
  const xd = a.d;
  const yd = b.d;
  const xs = a.s;
  const ys = b.s;
  // NaN or ±Infinity (no digits): decimal.js's own rule.
  if (!xd || !yd) return a.comparedTo(b);
  // Either zero?
  if (!xd[0] || !yd[0]) return xd[0] ? xs : yd[0] ? -ys : 0;
  if (xs !== ys) return xs;
  // Same sign: for negatives the larger magnitude is the smaller value.
  if (a.e !== b.e) return a.e > b.e !== xs < 0 ? 1 : -1;
  const xdL = xd.length;
  const ydL = yd.length;
  for (let i = 0, j = Math.min(xdL, ydL); i < j; ++i) {
    if (xd[i] !== yd[i]) return (xd[i] as number) > (yd[i] as number) !== xs < 0 ? 1 : -1;
  }
  return xdL === ydL ? 0 : xdL > ydL !== xs < 0 ? 1 : -1;
}
