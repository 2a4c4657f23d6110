/**
 * Number formatting for chart labels: a fixed number of decimals and the method's rounding rule, through
 * the project's single rounding helper (`roundForDisplay`), so a chart label equals the table's figure.
 * Never the locale-aware number methods of JavaScript: the output does not depend on the machine's locale.
 */
import { P10Decimal, type RoundingRule, roundForDisplay } from "../../decimal.js";
import { chartDataError } from "./validate.js";

/** How chart labels write numbers. */
export interface NumberFormat {
  /** Decimal places, 0 to 20 (e.g. 2 for EDI scores: `"1.50"`). */
  readonly decimals: number;
  /** Rounding on a tie; default `"half-even"`, as in the project's presentation rounding. */
  readonly rounding?: RoundingRule;
}

/** The minus sign used in labels (U+2212, as d3's tick format writes it). */
export const MINUS = "\u2212";

/**
 * Formats a number for a label: the float's shortest decimal form (what JavaScript prints) is rounded
 * exactly to `decimals` places; a negative value gets a true minus sign.
 *
 * @param value - a finite number.
 * @param format - decimals and rounding rule.
 * @param signed - write `+` before positive values (for changes); zero stays unsigned.
 * @returns the label text, e.g. `"1.13"`, `"−0.50"`, `"+0.25"`.
 * @example
 * ```ts
 * import { formatNumber } from "principle10/report";
 * formatNumber(1.125, { decimals: 2 }); // "1.12" (half-even)
 * formatNumber(0.25, { decimals: 2 }, true); // "+0.25"
 * ```
 */
export function formatNumber(value: number, format: NumberFormat, signed = false): string {
  const fixed = roundForDisplay(new P10Decimal(value), format.decimals, format.rounding ?? "half-even");
  if (fixed.startsWith("-")) return MINUS + fixed.slice(1);
  return signed && /[1-9]/.test(fixed) ? `+${fixed}` : fixed;
}

/**
 * Formats a value that may be missing.
 *
 * @param value - a finite number or `null`.
 * @param format - decimals and rounding rule.
 * @returns the label text, or `"n/a"` for `null`.
 * @example
 * ```ts
 * formatOrNa(null, { decimals: 2 }); // "n/a"
 * ```
 */
export function formatOrNa(value: number | null, format: NumberFormat): string {
  return value === null ? "n/a" : formatNumber(value, format);
}

/**
 * Checks a number format: whole decimals from 0 to 20 and a known rounding rule.
 *
 * @param format - the format.
 * @param path - the input path for messages.
 * @returns the format.
 * @throws P10Error `P10_CHART_DATA` otherwise.
 * @example
 * ```ts
 * checkFormat({ decimals: 2 }, "format"); // { decimals: 2 }
 * ```
 */
export function checkFormat(format: NumberFormat, path: string): NumberFormat {
  if (!Number.isInteger(format.decimals) || format.decimals < 0 || format.decimals > 20) {
    chartDataError(
      `${path}.decimals`,
      `expected a whole number from 0 to 20, found ${String(format.decimals)}`,
    );
  }
  if (format.rounding !== undefined && format.rounding !== "half-even" && format.rounding !== "half-up") {
    chartDataError(
      `${path}.rounding`,
      `expected "half-even" or "half-up", found ${JSON.stringify(format.rounding)}`,
    );
  }
  return format;
}
