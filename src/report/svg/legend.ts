/**
 * Chart legends: a row of keys (a small drawn sample and its label) that wraps onto further lines when
 * the chart is narrow. Positions come from the text-width estimate, so the legend is deterministic.
 */
import { coord, el, textEl } from "./element.js";
import { textWidth } from "./text-width.js";

/** One legend key. */
export interface LegendKey {
  /** Markup of the sample, drawn inside a `size × size` box at the origin. */
  readonly sample: string;
  /** The key's text. */
  readonly label: string;
}

/** A laid-out legend. */
export interface LegendBlock {
  readonly markup: string;
  /** Height taken, in px (0 for no keys). */
  readonly height: number;
}

const SAMPLE = 12;
const LINE = 18;
const GAP = 18;

/**
 * Lays out legend keys left to right from `(x, y)`, wrapping at `maxWidth`.
 *
 * @param keys - the keys, in reading order.
 * @param x - the left edge.
 * @param y - the top edge.
 * @param maxWidth - the width available.
 * @param fontSize - the text size.
 * @returns the markup and the height used.
 * @example
 * ```ts
 * legend([{ sample: el("rect", { width: 12, height: 12 }), label: "score" }], 8, 30, 600, 11).height; // 18
 * ```
 */
export function legend(
  keys: readonly LegendKey[],
  x: number,
  y: number,
  maxWidth: number,
  fontSize: number,
): LegendBlock {
  if (keys.length === 0) return { markup: "", height: 0 };
  const parts: string[] = [];
  let cx = x;
  let line = 0;
  for (const key of keys) {
    const width = SAMPLE + 5 + textWidth(key.label, fontSize);
    if (cx > x && cx + width > x + maxWidth) {
      cx = x;
      line += 1;
    }
    const top = y + line * LINE;
    parts.push(
      el(
        "g",
        { class: "p10-legend-key" },
        el("g", { transform: `translate(${coord(cx)},${coord(top + 1)})` }, key.sample),
        textEl("text", { x: cx + SAMPLE + 5, y: top + 1 + SAMPLE / 2, dy: "0.35em" }, key.label),
      ),
    );
    cx += width + GAP;
  }
  return {
    markup: el("g", { class: "p10-legend", "font-size": fontSize }, ...parts),
    height: (line + 1) * LINE,
  };
}

/** The side of a legend sample box, in px. */
export const LEGEND_SAMPLE = SAMPLE;
