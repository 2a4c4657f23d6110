/**
 * Display bands of a score (e.g. the EDI's poor ≤ 0.75 < fair ≤ 1.5 < good ≤ 2.25 < very good): checking,
 * classifying a value, and the legend. A band is chosen by inclusive upper bounds, as the EDI publishes them.
 */
import { el } from "./element.js";
import { formatNumber, type NumberFormat } from "./format.js";
import { MAX_RAMP_BANDS, sequentialRamp } from "./palette.js";
import { chartDataError, type Domain } from "./validate.js";

/** One display band as given by the caller. */
export interface ChartBand {
  /** The band's name, e.g. `"fair"`. */
  readonly label: string;
  /** The inclusive upper bound; left out on the last (highest) band only. */
  readonly upTo?: number;
  /** A `#rgb` or `#rrggbb` colour; by default a light-to-dark blue ramp in band order. */
  readonly color?: string;
}

/** A checked band with its colour and lower bound. */
export interface ResolvedBand {
  readonly label: string;
  /** Exclusive lower bound (`null` for the first band). */
  readonly above: number | null;
  /** Inclusive upper bound (`null` for the last band). */
  readonly upTo: number | null;
  readonly color: string;
}

/**
 * Checks bands (ascending bounds, only the last without a bound, valid colours) and fills in colours.
 *
 * @param bands - the bands, lowest first.
 * @param domain - the chart domain; every bound must lie inside it.
 * @param path - the input path for messages.
 * @returns the resolved bands.
 * @throws P10Error `P10_CHART_DATA` for an empty list, misordered or missing bounds, a bad colour, or more
 *   than seven bands without colours.
 * @example
 * ```ts
 * resolveBands([{ label: "low", upTo: 1.5 }, { label: "high" }], [0, 3], "bands")[1]; // { label: "high", above: 1.5, upTo: null, color: "#08306b" }
 * ```
 */
export function resolveBands(bands: readonly ChartBand[], domain: Domain, path: string): ResolvedBand[] {
  if (bands.length === 0) chartDataError(path, "expected at least one band, found none");
  const needsRamp = bands.some((b) => b.color === undefined);
  if (needsRamp && bands.length > MAX_RAMP_BANDS) {
    chartDataError(
      path,
      `give a colour to each of the ${bands.length} bands (the default ramp has ${MAX_RAMP_BANDS})`,
    );
  }
  const ramp = needsRamp ? sequentialRamp(bands.length) : [];
  let above: number | null = null;
  return bands.map((band, i) => {
    const last = i === bands.length - 1;
    const upTo = band.upTo ?? null;
    if (last !== (upTo === null)) {
      chartDataError(
        `${path}[${i}].upTo`,
        last ? "the last band has no upper bound" : "expected an upper bound",
      );
    }
    if (upTo !== null && (!Number.isFinite(upTo) || upTo < domain[0] || upTo >= domain[1])) {
      chartDataError(
        `${path}[${i}].upTo`,
        `expected a bound inside [${domain[0]}, ${domain[1]}), found ${upTo}`,
      );
    }
    if (upTo !== null && above !== null && upTo <= above) {
      chartDataError(`${path}[${i}].upTo`, `bounds must rise: ${upTo} is not above ${above}`);
    }
    if (band.color !== undefined && !/^#(?:[0-9a-fA-F]{3}){1,2}$/.test(band.color)) {
      chartDataError(`${path}[${i}].color`, `expected #rgb or #rrggbb, found ${JSON.stringify(band.color)}`);
    }
    const resolved: ResolvedBand = { label: band.label, above, upTo, color: band.color ?? ramp[i]! };
    above = upTo;
    return resolved;
  });
}

/**
 * Finds the band of a value: the first band whose inclusive upper bound is at least the value.
 *
 * @param value - a value inside the chart domain.
 * @param bands - resolved bands.
 * @returns the band.
 * @example
 * ```ts
 * bandOf(0.75, edi).label; // "poor" (0.75 is the upper bound of poor, inclusive)
 * ```
 */
export function bandOf(value: number, bands: readonly ResolvedBand[]): ResolvedBand {
  return bands.find((b) => b.upTo === null || value <= b.upTo) ?? bands[bands.length - 1]!;
}

/**
 * Describes a band's range in words for legends and descriptions, e.g. `"fair (≤ 1.50)"`.
 *
 * @param band - a resolved band.
 * @param format - number format of the bounds.
 * @returns the description.
 * @example
 * ```ts
 * bandRange({ label: "very good", above: 2.25, upTo: null, color: "#08306b" }, { decimals: 2 }); // "very good (> 2.25)"
 * ```
 */
export function bandRange(band: ResolvedBand, format: NumberFormat): string {
  if (band.upTo !== null) return `${band.label} (\u2264 ${formatNumber(band.upTo, format)})`;
  if (band.above !== null) return `${band.label} (> ${formatNumber(band.above, format)})`;
  return band.label;
}

/**
 * A legend swatch for a band: a small outlined square in the band's colour.
 *
 * @param band - a resolved band.
 * @param size - the side in px.
 * @returns the swatch markup, drawn at the origin.
 * @example
 * ```ts
 * bandSwatch(band, 10); // '<rect width="10" height="10" fill="#c6dbef" .../>'
 * ```
 */
export function bandSwatch(band: ResolvedBand, size: number): string {
  return el("rect", { width: size, height: size, fill: band.color, stroke: "#262626", "stroke-width": 0.75 });
}
