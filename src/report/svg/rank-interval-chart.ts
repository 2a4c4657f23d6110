/**
 * The rank-interval chart of an uncertainty analysis (OECD/JRC Handbook 2008, step 7; the JRC's audits
 * of composite indices): per entity its nominal rank (dot), the median rank over the Monte Carlo runs
 * (tick, drawn over the dot) and the 5th–95th percentile interval of its rank (line), rank 1 at the
 * left. The three figures are also written in columns.
 */
import { scaleLinear } from "d3-scale";
import { AXIS_LABEL_SPACE, xAxis } from "./axis.js";
import { el, tooltip } from "./element.js";
import { checkFormat, formatNumber, type NumberFormat } from "./format.js";
import { describe, svgFrame, TYPE } from "./frame.js";
import { LEGEND_SAMPLE, legend } from "./legend.js";
import { INK, OKABE_ITO } from "./palette.js";
import {
  columnWidth,
  ENTITY_LABEL_MAX,
  labelColumnWidth,
  rowLabel,
  rowMiddle,
  rowScale,
  stripes,
  type TextColumn,
  textColumns,
} from "./rows.js";
import {
  chartDataError,
  checkId,
  checkNonEmpty,
  checkPlotWidth,
  checkValue,
  checkWidth,
} from "./validate.js";

/** One entity's rank and its uncertainty. */
export interface RankIntervalRow {
  /** The entity's name. */
  readonly label: string;
  /** The rank from the nominal (published) method. */
  readonly nominal: number;
  /** The median rank over the runs. */
  readonly median: number;
  /** The 5th percentile of the rank (the best plausible rank). */
  readonly low: number;
  /** The 95th percentile of the rank (the worst plausible rank). */
  readonly high: number;
}

/** Input of {@link rankIntervalChart}. */
export interface RankIntervalChartInput {
  /** The chart's id, unique in the page. */
  readonly id: string;
  /** The visible and accessible title. */
  readonly title: string;
  /** Extra accessible description, put before the generated summary. */
  readonly description?: string;
  /** The entities, top to bottom (normally by nominal rank). */
  readonly rows: readonly RankIntervalRow[];
  /** The worst possible rank (the number of ranked entities); default the number of rows. */
  readonly rankCount?: number;
  /** How median ranks and percentiles are written (e.g. 1 decimal); nominal ranks are whole numbers. */
  readonly format: NumberFormat;
  /** The name of the interval; default `"5th–95th percentile"`. */
  readonly intervalLabel?: string;
  /** The chart width in px; default 760. */
  readonly width?: number;
}

const ROW_HEIGHT = 20;
const TICK = 6;

// The mark functions draw both the chart's marks (with a class) and the legend's samples (without).
function dot(cls: string | undefined, cx: number, cy: number, ...children: string[]): string {
  return el(
    "circle",
    {
      class: cls,
      cx,
      cy,
      r: 4.5,
      fill: OKABE_ITO.vermillion,
      stroke: INK.outline,
      "stroke-width": 1,
    },
    ...children,
  );
}

function medianTick(cls: string | undefined, x: number, cy: number, ...children: string[]): string {
  return el(
    "line",
    {
      class: cls,
      x1: x,
      x2: x,
      y1: cy - TICK,
      y2: cy + TICK,
      stroke: OKABE_ITO.black,
      "stroke-width": 2,
    },
    ...children,
  );
}

function interval(
  cls: string | undefined,
  x1: number,
  x2: number,
  cy: number,
  ...children: string[]
): string {
  return el(
    "line",
    {
      class: cls,
      x1,
      x2,
      y1: cy,
      y2: cy,
      stroke: OKABE_ITO.blue,
      "stroke-width": 4,
      "stroke-opacity": 0.8,
    },
    ...children,
  );
}

/**
 * Draws rank intervals as an SVG string.
 *
 * @param input - the entities with nominal rank, median rank and percentile interval.
 * @returns the `<svg>` markup; the same input always gives the same bytes.
 * @throws P10Error `P10_CHART_DATA` for a malformed id, no rows, a rank below 1 or above `rankCount`, a
 *   fractional nominal rank, or `low ≤ median ≤ high` not holding.
 * @example
 * ```ts
 * import { rankIntervalChart } from "principle10/report";
 * const svg = rankIntervalChart({
 *   id: "ranks",
 *   title: "Rank uncertainty (1,000 runs)",
 *   rows: [
 *     { label: "Arcadia", nominal: 1, median: 1, low: 1, high: 2 },
 *     { label: "Borduria", nominal: 2, median: 2.5, low: 1, high: 3 },
 *     { label: "Syldavia", nominal: 3, median: 2.5, low: 2, high: 3 },
 *   ],
 *   format: { decimals: 1 },
 * });
 * ```
 */
export function rankIntervalChart(input: RankIntervalChartInput): string {
  const id = checkId(input.id);
  const format = checkFormat(input.format, "format");
  const rows = checkNonEmpty(input.rows, "rows");
  const rankCount = input.rankCount ?? rows.length;
  if (!Number.isInteger(rankCount) || rankCount < 1) {
    chartDataError("rankCount", `expected a whole number of at least 1, found ${String(rankCount)}`);
  }
  const domain = [1, Math.max(rankCount, 2)] as const;
  rows.forEach((row, i) => {
    for (const field of ["nominal", "median", "low", "high"] as const) {
      checkValue(row[field], [1, rankCount], `rows[${i}].${field}`);
    }
    if (!Number.isInteger(row.nominal))
      chartDataError(`rows[${i}].nominal`, `expected a whole rank, found ${row.nominal}`);
    if (!(row.low <= row.median && row.median <= row.high)) {
      chartDataError(
        `rows[${i}]`,
        `expected low ≤ median ≤ high, found ${row.low}, ${row.median}, ${row.high}`,
      );
    }
  });
  const intervalLabel = input.intervalLabel ?? "5th\u201395th percentile";
  const width = checkWidth(input.width ?? 760);
  const m = TYPE.margin;

  const nominalTexts = rows.map((row) => formatNumber(row.nominal, { decimals: 0 }));
  const medianTexts = rows.map((row) => formatNumber(row.median, format));
  const intervalTexts = rows.map(
    (row) => `${formatNumber(row.low, format)}\u2013${formatNumber(row.high, format)}`,
  );
  const columns: TextColumn[] = [
    { header: "Rank", cells: nominalTexts },
    { header: "Median", cells: medianTexts },
    { header: "Interval", cells: intervalTexts },
  ];
  const columnsWidth = columns.reduce((sum, c) => sum + columnWidth(c, TYPE.small), 0);
  const labelWidth = labelColumnWidth(
    rows.map((r) => r.label),
    TYPE.label,
    ENTITY_LABEL_MAX,
  );
  const plotLeft = m + labelWidth + 24;
  const plotRight = width - m - columnsWidth - 24;
  checkPlotWidth(plotRight - plotLeft, width);
  const x = scaleLinear().domain(domain).range([plotLeft, plotRight]);

  const mid = LEGEND_SAMPLE / 2;
  const legendBlock = legend(
    [
      { sample: dot(undefined, mid, mid), label: "nominal rank" },
      { sample: medianTick(undefined, mid, mid), label: "median rank" },
      { sample: interval(undefined, 1, LEGEND_SAMPLE - 1, mid), label: intervalLabel },
      { sample: "", label: "rank 1 = best, at the left" },
    ],
    m,
    TYPE.titleBand,
    width - 2 * m,
    TYPE.small,
  );
  const labelsOnTop = rows.length > 12;
  const rowsTop = TYPE.titleBand + legendBlock.height + 8 + AXIS_LABEL_SPACE;
  const rowBands = rowScale(rows.length, rowsTop, ROW_HEIGHT);
  const rowsBottom = rowsTop + rows.length * ROW_HEIGHT;
  // d3 picks the ticks; asking for at most one tick per rank keeps its step at 1 or more. Rank 1 is
  // labelled too, when d3's first tick is later (5, 10, …) and there is room.
  const tickCount = Math.max(1, Math.min(domain[1] - 1, Math.floor((plotRight - plotLeft) / 40)));

  const body: string[] = [
    legendBlock.markup,
    stripes(rowBands, m, width - 2 * m),
    xAxis(x, {
      top: rowsTop,
      bottom: rowsBottom,
      tickCount,
      labelsOnTop,
      integersOnly: true,
      labelStart: true,
      fontSize: TYPE.small,
    }),
    textColumns(columns, plotRight + 24, rowsTop - 4, rowBands, TYPE.small),
  ];
  const marks: string[] = [];
  rows.forEach((row, r) => {
    const cy = rowMiddle(rowBands, r);
    body.push(rowLabel(row.label, plotLeft - 14, cy, labelWidth, TYPE.label));
    const help = tooltip(
      `${row.label}: rank ${nominalTexts[r]}, median ${medianTexts[r]}, ${intervalLabel} ${intervalTexts[r]}`,
    );
    marks.push(
      el(
        "g",
        { class: "p10-rank-row" },
        interval("p10-interval", x(row.low), x(row.high), cy, help),
        dot("p10-nominal", x(row.nominal), cy, help),
        medianTick("p10-median", x(row.median), cy, help),
      ),
    );
  });
  body.push(el("g", { class: "p10-marks" }, ...marks));

  const summary = rows
    .map((row, r) => `${row.label}: rank ${nominalTexts[r]}, median ${medianTexts[r]}, ${intervalTexts[r]}`)
    .join("; ");
  return svgFrame({
    id,
    title: input.title,
    description: describe(
      input.description,
      `Rank intervals of ${rows.length} entities out of ${rankCount}: nominal rank (dot), median rank (tick) and ${intervalLabel} interval (line); rank 1 is best. ${summary}.`,
    ),
    width,
    height: rowsBottom + AXIS_LABEL_SPACE + m,
    body,
  });
}
