/**
 * Reading a measured quantity from a response cell of a numeric scale. The cell's text is read as an exact
 * decimal (digits and an optional exponent, never through a binary float) and written back in one
 * canonical plain form, so `"1.50"`, `"15e-1"` and `"+1.5"` are the same answer `"1.5"`. Anything that is
 * not a finite decimal written with a dot is refused with the reason, never coerced.
 */
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
  const m = NUMBER.exec(text);
  if (m === null || (m[2] === "" && (m[3] ?? "") === "")) return refuse(text);
  const negative = m[1] === "-";
  const whole = m[2] as string;
  const part = m[3] ?? "";
  let exponent = Number(m[4] ?? "0") - part.length;
  let digits = whole + part;
  let start = 0;
  while (start < digits.length && digits.charCodeAt(start) === 48) start++;
  digits = digits.slice(start);
  if (digits === "") return { ok: true, value: "0" };
  let end = digits.length;
  while (digits.charCodeAt(end - 1) === 48) end--;
  exponent += digits.length - end;
  digits = digits.slice(0, end);
  if (digits.length > MAX_SIGNIFICANT_DIGITS) {
    return {
      ok: false,
      code: "P10_NUMERIC_PRECISION",
      reason: `it has ${digits.length} significant digits; at most ${MAX_SIGNIFICANT_DIGITS} are kept exactly`,
    };
  }
  if (exponent < -MAX_DECIMAL_EXPONENT || digits.length + exponent > MAX_DECIMAL_EXPONENT + 1) {
    return {
      ok: false,
      code: "P10_NUMERIC_PRECISION",
      reason: `it lies beyond the range 10^-${MAX_DECIMAL_EXPONENT} to 10^${MAX_DECIMAL_EXPONENT} that answers may span`,
    };
  }
  return { ok: true, value: (negative ? "-" : "") + plain(digits, exponent) };
}

/** `digits × 10^exponent` in plain notation (digits without leading or trailing zeros). */
function plain(digits: string, exponent: number): string {
  if (exponent >= 0) return digits + "0".repeat(exponent);
  const point = digits.length + exponent;
  return point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}` : `0.${"0".repeat(-point)}${digits}`;
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
