/**
 * The dumbbell layout shared by the change chart (two periods) and the gap chart (law and practice): per
 * row a hollow dot for the first value, a filled dot for the second and a line between them, coloured by
 * direction (Okabe–Ito blue up, vermillion down), with the two values and their signed difference written
 * in columns so the chart reads without colour. After the "dot plot" of Cleveland (1984).
 */
import { scaleLinear } from "d3-scale";
import { AXIS_LABEL_SPACE, xAxis } from "./axis.js";
import { el, tooltip } from "./element.js";
import { checkFormat, formatNumber, formatOrNa, type NumberFormat } from "./format.js";
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
  checkDomain,
  checkId,
  checkNonEmpty,
  checkPlotWidth,
  checkValue,
  checkWidth,
  type Domain,
} from "./validate.js";

/** One row: two values of the same entity. */
export interface DumbbellRow {
  readonly label: string;
  readonly first: number | null;
  readonly second: number | null;
}

/** What the shared layout needs; the public charts fill it in. */
export interface DumbbellSpec {
  readonly id: string;
  readonly title: string;
  readonly description: string | undefined;
  /** Names of the two values, e.g. `["2015", "2020"]` or `["Law", "Practice"]`. */
  readonly ends: readonly [string, string];
  /** The header of the difference column, e.g. `"Change"`. */
  readonly differenceHeader: string;
  /** Legend texts for a rise and a fall of the second value against the first. */
  readonly directions: { readonly up: string; readonly down: string };
  /** The input field names of the two values, for error paths. */
  readonly fields: readonly [string, string];
  readonly rows: readonly DumbbellRow[];
  readonly domain: Domain;
  readonly format: NumberFormat;
  readonly width: number;
  /** What the chart shows, for the generated description. */
  readonly what: string;
}

const ROW_HEIGHT = 20;
const FIRST = "p10-dot-first";
const SECOND = "p10-dot-second";
const RADIUS = 4.5;

function directionColor(first: number, second: number): string {
  if (second > first) return OKABE_ITO.blue;
  if (second < first) return OKABE_ITO.vermillion;
  return INK.muted;
}

// The mark functions draw both the chart's marks (with a class) and the legend's samples (without).
function firstDot(cls: string | undefined, cx: number, cy: number, ...children: string[]): string {
  return el(
    "circle",
    { class: cls, cx, cy, r: RADIUS, fill: "#ffffff", stroke: INK.outline, "stroke-width": 1.5 },
    ...children,
  );
}

function secondDot(
  cls: string | undefined,
  cx: number,
  cy: number,
  color: string,
  ...children: string[]
): string {
  return el(
    "circle",
    { class: cls, cx, cy, r: RADIUS, fill: color, stroke: INK.outline, "stroke-width": 1 },
    ...children,
  );
}

/**
 * Draws a dumbbell chart as an SVG string.
 *
 * @param spec - rows, names of the ends, domain, format and texts.
 * @returns the `<svg>` markup.
 * @throws P10Error `P10_CHART_DATA` for a malformed id, no rows or a value outside the domain.
 * @example
 * ```ts
 * dumbbell({ id: "d", title: "T", description: undefined, ends: ["2015", "2020"], differenceHeader: "Change",
 *   directions: { up: "rise", down: "fall" }, fields: ["from", "to"], rows: [{ label: "A", first: 1, second: 2 }],
 *   domain: [0, 3], format: { decimals: 2 }, width: 760, what: "scores" });
 * ```
 */
export function dumbbell(spec: DumbbellSpec): string {
  const id = checkId(spec.id);
  const domain = checkDomain(spec.domain, "domain");
  const format = checkFormat(spec.format, "format");
  const rows = checkNonEmpty(spec.rows, "rows");
  rows.forEach((row, i) => {
    checkValue(row.first, domain, `rows[${i}].${spec.fields[0]}`);
    checkValue(row.second, domain, `rows[${i}].${spec.fields[1]}`);
  });
  const [a, b] = spec.ends;
  const width = checkWidth(spec.width);
  const m = TYPE.margin;

  const differences = rows.map((row) =>
    row.first === null || row.second === null ? "n/a" : formatNumber(row.second - row.first, format, true),
  );
  const columns: TextColumn[] = [
    { header: a, cells: rows.map((row) => formatOrNa(row.first, format)) },
    { header: b, cells: rows.map((row) => formatOrNa(row.second, format)) },
    { header: spec.differenceHeader, cells: differences },
  ];
  const columnsWidth = columns.reduce((sum, c) => sum + columnWidth(c, TYPE.small), 0);
  const labelWidth = labelColumnWidth(
    rows.map((r) => r.label),
    TYPE.label,
    ENTITY_LABEL_MAX,
  );
  const plotLeft = m + labelWidth + 10 + RADIUS + 2;
  const plotRight = width - m - columnsWidth - 20;
  checkPlotWidth(plotRight - plotLeft, width);
  const x = scaleLinear().domain([domain[0], domain[1]]).range([plotLeft, plotRight]);

  const sampleMid = LEGEND_SAMPLE / 2;
  const lineSample = (color: string) =>
    el("line", { x1: 0, x2: LEGEND_SAMPLE, y1: sampleMid, y2: sampleMid, stroke: color, "stroke-width": 3 });
  const legendBlock = legend(
    [
      { sample: firstDot(undefined, sampleMid, sampleMid), label: a },
      { sample: secondDot(undefined, sampleMid, sampleMid, INK.muted), label: b },
      { sample: lineSample(OKABE_ITO.blue), label: spec.directions.up },
      { sample: lineSample(OKABE_ITO.vermillion), label: spec.directions.down },
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
  const tickCount = Math.max(2, Math.floor((plotRight - plotLeft) / 60));

  const body: string[] = [
    legendBlock.markup,
    stripes(rowBands, m, width - 2 * m),
    xAxis(x, { top: rowsTop, bottom: rowsBottom, tickCount, labelsOnTop, fontSize: TYPE.small }),
    textColumns(columns, plotRight + 20, rowsTop - 4, rowBands, TYPE.small),
  ];
  const marks: string[] = [];
  rows.forEach((row, r) => {
    const cy = rowMiddle(rowBands, r);
    body.push(rowLabel(row.label, plotLeft - RADIUS - 12, cy, labelWidth, TYPE.label));
    const help = tooltip(
      `${row.label}: ${a} ${columns[0]!.cells[r]}, ${b} ${columns[1]!.cells[r]}, ${spec.differenceHeader.toLowerCase()} ${differences[r]}`,
    );
    const parts: string[] = [];
    if (row.first !== null && row.second !== null) {
      const color = directionColor(row.first, row.second);
      parts.push(
        el("line", { x1: x(row.first), x2: x(row.second), y1: cy, y2: cy, stroke: color, "stroke-width": 3 }),
        firstDot(FIRST, x(row.first), cy, help),
        secondDot(SECOND, x(row.second), cy, color, help),
      );
    } else if (row.first !== null) {
      parts.push(firstDot(FIRST, x(row.first), cy, help));
    } else if (row.second !== null) {
      parts.push(secondDot(SECOND, x(row.second), cy, INK.muted, help));
    }
    marks.push(el("g", { class: "p10-dumbbell" }, ...parts));
  });
  body.push(el("g", { class: "p10-marks" }, ...marks));

  const summary = rows
    .map(
      (row, r) =>
        `${row.label}: ${a} ${columns[0]!.cells[r]}, ${b} ${columns[1]!.cells[r]} (${differences[r]})`,
    )
    .join("; ");
  return svgFrame({
    id,
    title: spec.title,
    description: describe(
      spec.description,
      `Dot plot of ${spec.what} for ${rows.length} entities: a hollow dot for ${a}, a filled dot for ${b}, scale ${formatNumber(domain[0], format)} to ${formatNumber(domain[1], format)}. ${summary}.`,
    ),
    width,
    height: rowsBottom + AXIS_LABEL_SPACE + m,
    body,
  });
}
