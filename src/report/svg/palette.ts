/**
 * The chart colours. Categorical marks use the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal
 * Design"), distinguishable under the common colour-vision deficiencies. Ordered bands use a single-hue
 * blue ramp (ColorBrewer "Blues", Cynthia Brewer, Apache-2.0) whose lightness rises with the band, so the
 * order survives greyscale printing; every bar also gets a dark outline and a value label.
 */

/**
 * The Okabe–Ito colours used by the charts.
 *
 * @example
 * ```ts
 * import { OKABE_ITO } from "principle10/report";
 * OKABE_ITO.orange; // "#E69F00"
 * Object.keys(OKABE_ITO).length; // 8
 * ```
 */
export const OKABE_ITO = {
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
} as const;

/** Ink colours for text, axes and grid lines (neutral greys, readable in print). */
export const INK = {
  text: "#1a1a1a",
  muted: "#595959",
  axis: "#4d4d4d",
  grid: "#d9d9d9",
  stripe: "#f2f2f2",
  outline: "#262626",
} as const;

/** ColorBrewer Blues, 9 classes, light to dark. */
const BLUES_9 = [
  "#f7fbff",
  "#deebf7",
  "#c6dbef",
  "#9ecae1",
  "#6baed6",
  "#4292c6",
  "#2171b5",
  "#08519c",
  "#08306b",
] as const;

/** The most bands {@link sequentialRamp} can tell apart. */
export const MAX_RAMP_BANDS = 7;

/**
 * Colours for `count` ordered bands, light (lowest band) to dark (highest), spread evenly over the
 * visible part of the Blues ramp (the two palest classes are skipped: they vanish on white paper).
 *
 * @param count - the number of bands, 1 to {@link MAX_RAMP_BANDS}.
 * @returns `count` hex colours.
 * @throws RangeError when `count` is outside 1…7 (callers check their input first).
 * @example
 * ```ts
 * import { sequentialRamp } from "principle10/report";
 * sequentialRamp(4); // ["#c6dbef", "#6baed6", "#2171b5", "#08306b"]
 * ```
 */
export function sequentialRamp(count: number): string[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_RAMP_BANDS) {
    throw new RangeError(`a ramp has 1 to ${MAX_RAMP_BANDS} colours, not ${count}`);
  }
  if (count === 1) return [BLUES_9[6]];
  const first = 2;
  const last = BLUES_9.length - 1;
  return Array.from(
    { length: count },
    (_, i) => BLUES_9[first + Math.round((i * (last - first)) / (count - 1))]!,
  );
}
