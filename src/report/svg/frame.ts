/**
 * The outer `<svg>` of every chart: accessible (role="img", `<title>` and `<desc>` referenced by
 * aria-labelledby, the WAI-ARIA pattern for complex images), self-sufficient (its own font stack and
 * size, a viewBox so it scales) and with its title also drawn as visible text (shortened with an
 * ellipsis when wider than the chart; `<title>` keeps it whole).
 */
import { el, textEl } from "./element.js";
import { INK } from "./palette.js";
import { fitFontSize, fitText } from "./text-width.js";

/**
 * The font stack of charts and page: system fonts only, nothing fetched.
 *
 * @example
 * ```ts
 * import { FONT_STACK, REPORT_CSS } from "principle10/report";
 * FONT_STACK.endsWith("sans-serif"); // true: system fonts only, nothing fetched
 * REPORT_CSS.includes(`font-family: ${FONT_STACK}`); // true
 * ```
 */
export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "Noto Sans", sans-serif';

/** Sizes shared by all charts, in px. */
export const TYPE = { title: 14, label: 12, small: 10.5, margin: 8, titleBand: 26 } as const;

/** What a chart's outer frame needs. */
export interface FrameInput {
  /** The checked chart id. */
  readonly id: string;
  /** The visible and accessible title. */
  readonly title: string;
  /** The accessible description (a summary of the data in words). */
  readonly description: string;
  readonly width: number;
  readonly height: number;
  /** The chart's marks, already markup. */
  readonly body: readonly string[];
}

/**
 * Wraps a chart's marks in its accessible root element.
 *
 * @param frame - id, texts, size and body.
 * @returns the complete `<svg>` markup.
 * @example
 * ```ts
 * svgFrame({ id: "c", title: "T", description: "D", width: 100, height: 50, body: [] });
 * ```
 */
export function svgFrame(frame: FrameInput): string {
  const { id, width, height } = frame;
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      id,
      class: "p10-chart",
      viewBox: `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`,
      width: Math.ceil(width),
      height: Math.ceil(height),
      role: "img",
      "aria-labelledby": `${id}-title ${id}-desc`,
      "font-family": FONT_STACK,
      "font-size": TYPE.label,
      fill: INK.text,
    },
    textEl("title", { id: `${id}-title` }, frame.title),
    textEl("desc", { id: `${id}-desc` }, frame.description),
    el("rect", { width: Math.ceil(width), height: Math.ceil(height), fill: "#ffffff" }),
    titleText(frame.title, width - 2 * TYPE.margin),
    ...frame.body,
  );
}

/** The smallest size a chart title is set in before it is shortened. */
const MIN_TITLE_SIZE = 10;

/**
 * The visible title: at the title size when it fits, else set smaller (down to 10 px) so it is not cut;
 * only a title too long even then is shortened (the `<title>` keeps it whole).
 */
function titleText(title: string, maxWidth: number): string {
  const size = fitFontSize(title, maxWidth, TYPE.title, MIN_TITLE_SIZE, true);
  return textEl(
    "text",
    { x: TYPE.margin, y: 18, "font-size": size, "font-weight": "bold" },
    fitText(title, maxWidth, size, true),
  );
}

/**
 * Joins a caller's description with the chart's generated data summary.
 *
 * @param given - the caller's description, if any.
 * @param summary - the generated summary of what the chart shows.
 * @returns the text of `<desc>`.
 * @example
 * ```ts
 * describe(undefined, "Bars for 3 entities."); // "Bars for 3 entities."
 * ```
 */
export function describe(given: string | undefined, summary: string): string {
  return given === undefined || given === "" ? summary : `${given} ${summary}`;
}
