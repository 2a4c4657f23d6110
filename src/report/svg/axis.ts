/**
 * A horizontal value axis drawn from a d3 linear scale: d3 chooses the tick values (`scale.ticks`) and
 * writes them (`scale.tickFormat`, locale-independent), the axis only places grid lines and labels.
 */
import type { ScaleLinear } from "d3-scale";
import { el, textEl } from "./element.js";
import { INK } from "./palette.js";

/** Where and how to draw a value axis. */
export interface AxisOptions {
  /** Top of the plot area: grid lines start here. */
  readonly top: number;
  /** Bottom of the plot area: grid lines end here and the axis line is drawn. */
  readonly bottom: number;
  /** The tick count hint passed to d3. */
  readonly tickCount: number;
  /** Write the tick labels above the plot too (for tall charts). */
  readonly labelsOnTop: boolean;
  /** Keep only whole-number ticks (ranks). */
  readonly integersOnly?: boolean;
  /** Also label the domain's start (rank 1) when d3's first tick is later and there is room for it. */
  readonly labelStart?: boolean;
  /** Font size of tick labels. */
  readonly fontSize: number;
}

/**
 * The tick values d3 picks for a scale.
 *
 * @param scale - a d3 linear scale.
 * @param tickCount - the count hint.
 * @param integersOnly - keep only whole numbers.
 * @returns the tick values in ascending order.
 * @example
 * ```ts
 * axisTicks(scaleLinear().domain([0, 3]), 6, false); // [0, 0.5, 1, 1.5, 2, 2.5, 3]
 * ```
 */
export function axisTicks(
  scale: ScaleLinear<number, number>,
  tickCount: number,
  integersOnly: boolean,
): number[] {
  const ticks = scale.ticks(tickCount);
  return integersOnly ? ticks.filter((t) => Number.isInteger(t)) : ticks;
}

/**
 * Draws vertical grid lines at d3's ticks, the tick labels below (and optionally above) the plot, and the
 * axis line along the bottom.
 *
 * @param scale - a d3 linear scale whose range is the plot's horizontal extent.
 * @param options - placement and tick count.
 * @returns the axis markup (a `<g class="p10-axis">`).
 * @example
 * ```ts
 * xAxis(scaleLinear().domain([0, 3]).range([100, 400]), { top: 40, bottom: 200, tickCount: 6, labelsOnTop: false, fontSize: 10 });
 * ```
 */
export function xAxis(scale: ScaleLinear<number, number>, options: AxisOptions): string {
  const ticks = axisTicks(scale, options.tickCount, options.integersOnly ?? false);
  const start = scale.domain()[0]!;
  if (
    options.labelStart &&
    ticks[0] !== start &&
    (ticks.length === 0 || scale(ticks[0]!) - scale(start) >= 2 * options.fontSize)
  ) {
    ticks.unshift(start);
  }
  const format = scale.tickFormat(options.tickCount);
  const [x0, x1] = scale.range() as [number, number];
  const parts: string[] = [];
  for (const tick of ticks) {
    const x = scale(tick);
    const label = format(tick);
    parts.push(el("line", { x1: x, x2: x, y1: options.top, y2: options.bottom, stroke: INK.grid }));
    parts.push(
      textEl(
        "text",
        { class: "p10-tick", x, y: options.bottom + 4, dy: "0.8em", "text-anchor": "middle" },
        label,
      ),
    );
    if (options.labelsOnTop) {
      parts.push(
        textEl("text", { class: "p10-tick", x, y: options.top - 4, "text-anchor": "middle" }, label),
      );
    }
  }
  parts.push(el("line", { x1: x0, x2: x1, y1: options.bottom, y2: options.bottom, stroke: INK.axis }));
  return el("g", { class: "p10-axis", "font-size": options.fontSize, fill: INK.muted }, ...parts);
}

/** Vertical space an axis's labels take below (or above) the plot, in px. */
export const AXIS_LABEL_SPACE = 18;
