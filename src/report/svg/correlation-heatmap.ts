/**
 * A correlation heatmap: the correlation matrix of a node's children as a grid of cells, blue for positive
 * and vermillion for negative correlations, darker the stronger, with the value written in each cell so the
 * chart reads without colour (the JRC audits show one per pillar). Columns are numbered and the rows say
 * which element each number is, so long names never collide above the grid.
 */
import { el, textEl, tooltip } from "./element.js";
import { formatOrNa, MINUS } from "./format.js";
import { describe, svgFrame, TYPE } from "./frame.js";
import { INK, OKABE_ITO } from "./palette.js";
import { labelColumnWidth, rowLabel } from "./rows.js";
import { chartDataError, checkId, checkNonEmpty, checkWidth } from "./validate.js";

/** Input of {@link correlationHeatmap}. */
export interface CorrelationHeatmapInput {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  /** The elements, in matrix order. */
  readonly labels: readonly string[];
  /** The k × k correlations in [−1, 1], `null` where none could be formed. */
  readonly matrix: readonly (readonly (number | null)[])[];
  /** The widest the chart may be (it is as narrow as its cells allow); default 700. */
  readonly maxWidth?: number;
}

const CELL_MAX = 40;
const CELL_MIN = 24;
const LABEL_MAX = 200;

/** Blends a colour with white by `t` ∈ [0, 1] (0 white, 1 the colour). */
function tint(hex: string, t: number): string {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(255 + (c - 255) * t)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/**
 * Draws a correlation heatmap as an SVG string.
 *
 * @param input - labels, matrix and texts.
 * @returns the `<svg>` markup.
 * @throws P10Error `P10_CHART_DATA` for a malformed id, no labels, a matrix of the wrong shape or a value
 *   outside [−1, 1].
 */
export function correlationHeatmap(input: CorrelationHeatmapInput): string {
  const id = checkId(input.id);
  const labels = checkNonEmpty(input.labels, "labels");
  const k = labels.length;
  if (input.matrix.length !== k || input.matrix.some((row) => row.length !== k)) {
    chartDataError("matrix", `expected a ${k} × ${k} matrix`);
  }
  input.matrix.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v !== null && !(v >= -1 && v <= 1)) chartDataError(`matrix[${i}][${j}]`, `${v} is not in [−1, 1]`);
    });
  });
  const maxWidth = checkWidth(input.maxWidth ?? 700);
  const m = TYPE.margin;
  const rowNames = labels.map((l, i) => `${i + 1}  ${l}`);
  const labelWidth = labelColumnWidth(rowNames, TYPE.small, LABEL_MAX);
  const gridLeft = m + labelWidth + 8;
  const cell = Math.max(CELL_MIN, Math.min(CELL_MAX, Math.floor((maxWidth - gridLeft - m) / k)));
  const width = Math.max(320, gridLeft + k * cell + m);
  const gridTop = TYPE.titleBand + 18;
  const body: string[] = [];
  labels.forEach((_, j) => {
    body.push(
      textEl(
        "text",
        {
          x: gridLeft + j * cell + cell / 2,
          y: gridTop - 5,
          "text-anchor": "middle",
          "font-size": TYPE.small,
        },
        String(j + 1),
      ),
    );
  });
  const cells: string[] = [];
  const format = { decimals: 2 };
  input.matrix.forEach((row, i) => {
    const y = gridTop + i * cell;
    body.push(rowLabel(rowNames[i] as string, gridLeft - 6, y + cell / 2, labelWidth, TYPE.small));
    row.forEach((v, j) => {
      const x = gridLeft + j * cell;
      const strength = v === null ? 0 : Math.abs(v);
      const fill =
        v === null
          ? INK.stripe
          : tint(v >= 0 ? OKABE_ITO.blue : OKABE_ITO.vermillion, 0.15 + 0.85 * strength);
      const text = formatOrNa(v, format).replace(/^-/, MINUS);
      const shown = text.replace(/^0\./, ".").replace(/^−0\./, "−.");
      cells.push(
        el(
          "g",
          { class: "p10-cell" },
          el(
            "rect",
            { x, y, width: cell, height: cell, fill, stroke: "#ffffff", "stroke-width": 1 },
            tooltip(`${labels[i]} × ${labels[j]}: ${text}`),
          ),
          textEl(
            "text",
            {
              x: x + cell / 2,
              y: y + cell / 2,
              dy: "0.35em",
              "text-anchor": "middle",
              "font-size": TYPE.small - 1,
              fill: strength > 0.6 ? "#ffffff" : INK.text,
            },
            shown,
          ),
        ),
      );
    });
  });
  body.push(el("g", { class: "p10-marks" }, ...cells));
  let low: number | null = null;
  let high: number | null = null;
  input.matrix.forEach((row, i) => {
    row.forEach((v, j) => {
      if (j <= i || v === null) return;
      low = low === null || v < low ? v : low;
      high = high === null || v > high ? v : high;
    });
  });
  return svgFrame({
    id,
    title: input.title,
    description: describe(
      input.description,
      `Correlation matrix of ${k} elements (${labels.join(", ")}); off-diagonal correlations from ${formatOrNa(low, format)} to ${formatOrNa(high, format)}.`,
    ),
    width,
    height: gridTop + k * cell + m,
    body,
  });
}
