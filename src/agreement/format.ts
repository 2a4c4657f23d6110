/**
 * Prints agreement statistics with a fixed number of decimals, the same on every platform and locale.
 * Rounding goes through the project's decimal helper ({@link roundForDisplay}), not `Number#toFixed`.
 */
import { P10Decimal, roundForDisplay } from "../decimal.js";
import { P10Error } from "../errors.js";

/**
 * Formats a statistic (alpha, kappa, a proportion) with `places` decimals, or `"—"` when it is undefined.
 *
 * The float is read as the shortest decimal string that identifies it (what `String(x)` prints, e.g.
 * `"1.0005"`) and that decimal is rounded half away from zero. `Number#toFixed` instead rounds the binary
 * value, which for 1.0005 lies just below the tie, so `(1.0005).toFixed(3)` gives `"1.000"` where a reader
 * expects `"1.001"`. A rounded zero has no sign (`"0.000"`, never `"-0.000"`). No locale is consulted.
 *
 * @param value - the statistic, or `null` when undefined.
 * @param places - decimal places, an integer from 0 to 20; default 3.
 * @returns e.g. `"0.743"`, or `"—"` for `null`.
 * @throws P10Error `P10_AGREEMENT_INPUT` for NaN or an infinite value; `P10_AGREEMENT_OPTION` for bad `places`.
 * @example
 * ```ts
 * import { formatStatistic } from "principle10/advanced";
 * formatStatistic(113 / 152); // "0.743"
 * formatStatistic(1.0005); // "1.001"
 * formatStatistic(null); // "—"
 * ```
 */
export function formatStatistic(value: number | null, places = 3): string {
  if (!Number.isInteger(places) || places < 0 || places > 20) {
    throw new P10Error("P10_AGREEMENT_OPTION", `places must be an integer from 0 to 20, found ${places}`);
  }
  if (value === null) return "—";
  if (!Number.isFinite(value)) {
    throw new P10Error("P10_AGREEMENT_INPUT", `cannot format ${value}: expected a finite number or null`);
  }
  return roundForDisplay(new P10Decimal(String(value)), places, "half-up");
}
