/**
 * Presentation of exact scores as the method says: fixed decimal places with the method's rounding rule
 * (through `roundForDisplay`, the only place rounding happens) and display bands such as the EDI's
 * poor ≤ 0.75 < fair ≤ 1.5 < good ≤ 2.25 < very good.
 */
import { type Dec, roundForDisplay } from "../decimal.js";
import type { Band, Presentation } from "./schema.js";

/**
 * Shows an exact score with the method's places and rounding rule.
 *
 * @param value - the exact score, or `null`.
 * @param presentation - the method's presentation settings.
 * @returns the rounded text such as `"1.83"`, or `null` for a null score.
 * @example
 * ```ts
 * import { displayScore, methods } from "principle10";
 * import { dec } from "principle10/advanced";
 * displayScore(dec("1.825"), methods.get("edi-2015").presentation); // "1.83" (half-up)
 * ```
 */
export function displayScore(
  value: Dec | null,
  presentation: Pick<Presentation, "places" | "rounding">,
): string | null {
  return value === null ? null : roundForDisplay(value, presentation.places, presentation.rounding);
}

/**
 * Finds the band of an exact score: the first band whose `max` is ≥ the score, else the last band.
 * Bands are decided on the exact score, not on the displayed one.
 *
 * @param value - the exact score, or `null`.
 * @param bands - the method's bands, ascending, the last without `max`.
 * @returns the band's label, or `null` for a null score or when the method has no bands.
 * @example
 * ```ts
 * import { methods } from "principle10";
 * import { bandOf, dec } from "principle10/advanced";
 * const bands = methods.get("edi-2015").presentation.bands;
 * bandOf(dec("0.75"), bands); // "poor"
 * bandOf(dec("0.7501"), bands); // "fair"
 * ```
 */
export function bandOf(value: Dec | null, bands: readonly Band[]): string | null {
  if (value === null || bands.length === 0) return null;
  for (const band of bands) {
    if (band.max === undefined || value.lte(band.max)) return band.label;
  }
  return (bands[bands.length - 1] as Band).label;
}
