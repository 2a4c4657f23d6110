/**
 * Reading a measured quantity from a response cell of a numeric scale. The cell's text is read as an exact
 * decimal (digits and an optional exponent, never through a binary float) and written back in one
 * canonical plain form, so `"1.50"`, `"15e-1"` and `"+1.5"` are the same answer `"1.5"`. Anything that is
 * not a finite decimal written with a dot is refused with the reason, never coerced.
 */
import { P10Decimal } from "../decimal.js";
import type { P10ErrorCode } from "../error-codes.js";

/** The most significant digits a numeric answer may have (the precision of the exact arithmetic). */
export const MAX_SIGNIFICANT_DIGITS = 50;
/** Numeric answers lie below 10^101 in magnitude and have no digit finer than 10^-100. */
export const MAX_DECIMAL_EXPONENT = 100;

/** A cell read as a number: its canonical decimal, or why it is not one. */
export type DecimalReading =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly code: P10ErrorCode; readonly reason: string };

const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,9}))?$/;
const NOT_FINITE = /^[+-]?(?:nan|inf|infinity|∞)$/i;
// Digits with a comma: a decimal comma (1,5) or a thousands separator (1,500 or 1,500.25).
const COMMA_NUMBER = /^[+-]?[\d.]*\d,[\d.,]*$/;

/**
 * Reads a trimmed, non-empty cell as an exact decimal: an optional sign, digits with an optional dot, and
 * an optional exponent (`1.2e3`). The result is the canonical plain decimal: no exponent, no leading or
 * trailing zeros, `"0"` for zero (also `-0`).
 *
 * @param text - the cell, trimmed (an empty cell is *missing* and never reaches this function).
 * @returns `{ ok: true, value }` with the canonical decimal, or `{ ok: false, code, reason }`:
 *   `P10_NUMERIC_NOT_FINITE` (NaN, Infinity), `P10_NUMERIC_DECIMAL_COMMA` (`1,5`, `1,500`),
 *   `P10_NUMERIC_PRECISION` (more than 50 significant digits, or beyond 10^±100),
 *   `P10_NUMERIC_NOT_A_NUMBER` (anything else).
 * @throws never.
 * @example
 * ```ts
 * import { readDecimal } from "principle10/advanced";
 * readDecimal("1.2e3"); // { ok: true, value: "1200" }
 * readDecimal("1,5").ok; // false: a decimal comma
 * ```
 */
export function readDecimal(text: string): DecimalReading {
  // The pattern decides what is a number (decimal.js would also take hexadecimal, NaN and Infinity);
  // decimal.js then reads it exactly and writes it back in plain notation.
  if (!NUMBER.test(text) || !/\d/.test(text.split(/e/i)[0] as string)) return refuse(text);
  const x = new P10Decimal(text);
  if (x.isZero()) return { ok: true, value: "0" };
  const digits = x.sd();
  if (digits > MAX_SIGNIFICANT_DIGITS) {
    return {
      ok: false,
      code: "P10_NUMERIC_PRECISION",
      reason: `it has ${digits} significant digits; at most ${MAX_SIGNIFICANT_DIGITS} are kept exactly`,
    };
  }
  // x.e is the power of ten of the leading digit; the last digit is digits − 1 places lower.
  if (x.e - digits + 1 < -MAX_DECIMAL_EXPONENT || x.e > MAX_DECIMAL_EXPONENT) {
    return {
      ok: false,
      code: "P10_NUMERIC_PRECISION",
      reason: `it lies beyond the range 10^-${MAX_DECIMAL_EXPONENT} to 10^${MAX_DECIMAL_EXPONENT} that answers may span`,
    };
  }
  return { ok: true, value: x.toFixed() };
}

function refuse(text: string): DecimalReading {
  if (NOT_FINITE.test(text)) {
    return {
      ok: false,
      code: "P10_NUMERIC_NOT_FINITE",
      reason: "it is not a finite number; write the measured value, or a missing or not-applicable token",
    };
  }
  if (COMMA_NUMBER.test(text)) {
    return {
      ok: false,
      code: "P10_NUMERIC_DECIMAL_COMMA",
      reason:
        "it holds a comma: use a dot as the decimal separator (1.5, not 1,5) and no thousands separator",
    };
  }
  return {
    ok: false,
    code: "P10_NUMERIC_NOT_A_NUMBER",
    reason: "it is not a number; write an exact decimal such as 12.5 or 1.2e3",
  };
}
