/**
 * The ranking bar chart: one row per entity (in the order given, normally by rank) and one small-multiple
 * panel per measure (the index, then each pillar), each bar coloured by its display band and labelled
 * with its value. Bars start at the domain minimum, as a bar's length must encode the value (Cleveland &
 * McGill 1984); the value axis and its ticks come from d3-scale.
 */
import { scaleLinear } from "d3-scale";
import { AXIS_LABEL_SPACE, xAxis } from "./axis.js";
import { type ChartBand, bandOf, bandRange, bandSwatch, resolveBands } from "./bands.js";
import { el, textEl, tooltip } from "./element.js";
import { checkFormat, formatNumber, type NumberFormat } from "./format.js";
import { describe, svgFrame, TYPE } from "./frame.js";
import { LEGEND_SAMPLE, legend } from "./legend.js";
import { INK } from "./palette.js";
import { ENTITY_LABEL_MAX, labelColumnWidth, rowLabel, rowMiddle, rowScale, stripes } from "./rows.js";
import { textWidth, wrapText } from "./text-width.js";
import {
  chartDataError,
  checkDomain,
  checkId,
  checkNonEmpty,
  checkPlotWidth,
  checkValue,
  type Domain,
  checkWidth,
} from "./validate.js";
import { maxOf } from "../../base/extent.js";

/** One entity of the ranking chart. */
export interface RankingRow {
  /** The entity's name, any text (escaped on output). */
  readonly label: string;
  /** Its rank as it should be printed, e.g. `4` or `"4="`; left out for no rank column. */
  readonly rank?: number | string;
  /** One value per measure, in the order of {@link RankingChartInput.measures}; `null` for no score. */
  readonly values: readonly (number | null)[];
}

/** Input of {@link rankingChart}. */
export interface RankingChartInput {
  /** The chart's id, unique in the page (letters, digits, `-`, `_`). */
  readonly id: string;
  /** The visible and accessible title. */
  readonly title: string;
  /** Extra accessible description, put before the generated summary of the data. */
  readonly description?: string;
  /** The measures, one panel each, e.g. `["EDI", "Information", "Participation", "Justice"]`. */
  readonly measures: readonly string[];
  /** The entities, top to bottom. */
  readonly rows: readonly RankingRow[];
  /** The value domain shared by all panels, e.g. `[0, 3]`. */
  readonly domain: Domain;
  /** The display bands, lowest first (colours default to a light-to-dark blue ramp). */
  readonly bands: readonly ChartBand[];
  /** How value labels and band bounds are written. */
  readonly format: NumberFormat;
  /** The chart width in px; default 900 (it scales down with the page). */
  readonly width?: number;
}

const ROW_HEIGHT = 20;
const PANEL_GAP = 18;
/** Panel headers take at most this many lines, each this far below the previous one (px). */
const MAX_HEADER_LINES = 3;
const HEADER_LINE = 13;

/** A panel header: one `<text>`, its lines as `<tspan>`s when it wraps. */
function headerText(lines: readonly string[], x: number, y: number): string {
  const attrs = { class: "p10-measure", x, y, "font-weight": "bold" } as const;
  if (lines.length === 1) return textEl("text", attrs, lines[0]!);
  return el(
    "text",
    attrs,
    lines.map((line, i) => textEl("tspan", { x, dy: i === 0 ? undefined : HEADER_LINE }, line)).join(""),
  );
}

/**
 * Draws the ranking bar chart as an SVG string.
 *
 * @param input - the entities, measures, domain, bands and number format.
 * @returns the `<svg>` markup; the same input always gives the same bytes.
 * @throws P10Error `P10_CHART_DATA` for a malformed id, an empty list, a row with the wrong number of
 *   values, a value outside the domain or a malformed band.
 * @example
 * ```ts
 * import { rankingChart } from "principle10/report";
 * const svg = rankingChart({
 *   id: "ranking",
 *   title: "Index and pillar scores",
 *   measures: ["Index", "Information"],
 *   rows: [{ label: "Arcadia", rank: 1, values: [2.4, 2.9] }, { label: "Borduria", rank: 2, values: [1.1, null] }],
 *   domain: [0, 3],
 *   bands: [{ label: "poor", upTo: 0.75 }, { label: "fair", upTo: 1.5 }, { label: "good", upTo: 2.25 }, { label: "very good" }],
 *   format: { decimals: 2 },
 * });
 * ```
 */
export function rankingChart(input: RankingChartInput): string {
  const id = checkId(input.id);
  const domain = checkDomain(input.domain, "domain");
  const format = checkFormat(input.format, "format");
  const bands = resolveBands(input.bands, domain, "bands");
  const measures = checkNonEmpty(input.measures, "measures");
  const rows = checkNonEmpty(input.rows, "rows");
  rows.forEach((row, r) => {
    if (row.values.length !== measures.length) {
      chartDataError(
        `rows[${r}].values`,
        `expected ${measures.length} values (one per measure), found ${row.values.length}`,
      );
    }
    if (typeof row.rank === "number" && !Number.isFinite(row.rank)) {
      chartDataError(`rows[${r}].rank`, `expected a finite number or a text, found ${row.rank}`);
    }
    row.values.forEach((v, m) => {
      checkValue(v, domain, `rows[${r}].values[${m}]`);
    });
  });

  const width = checkWidth(input.width ?? 900);
  const m = TYPE.margin;
  const ranks = rows.map((row) => (row.rank === undefined ? "" : String(row.rank)));
  const rankWidth = ranks.some((r) => r !== "") ? labelColumnWidth(ranks, TYPE.label, 60) + 10 : 0;
  const labelWidth = labelColumnWidth(
    rows.map((r) => r.label),
    TYPE.label,
    ENTITY_LABEL_MAX,
  );
  const plotLeft = m + rankWidth + labelWidth + 10;

  const legendBlock = legend(
    bands.map((band) => ({ sample: bandSwatch(band, LEGEND_SAMPLE), label: bandRange(band, format) })),
    m,
    TYPE.titleBand,
    width - 2 * m,
    TYPE.small,
  );
  const valueTexts = rows.map((row) =>
    row.values.map((v) => (v === null ? "no score" : formatNumber(v, format))),
  );
  const valueWidth = maxOf(valueTexts.flat().map((t) => textWidth(t, TYPE.small))) + 6;
  const panelWidth = (width - m - plotLeft - PANEL_GAP * (measures.length - 1)) / measures.length;
  checkPlotWidth(panelWidth - valueWidth, width);
  // A panel header wider than its panel takes more lines rather than being cut; the rows move down.
  const headers = measures.map((measure) =>
    wrapText(measure, panelWidth, TYPE.small, true, MAX_HEADER_LINES),
  );
  const headerExtra = (maxOf(headers.map((h) => h.length)) - 1) * HEADER_LINE;

  const headerY = TYPE.titleBand + legendBlock.height + 16;
  const labelsOnTop = rows.length > 12;
  const rowsTop = headerY + headerExtra + 8 + (labelsOnTop ? AXIS_LABEL_SPACE : 0);
  const rowBands = rowScale(rows.length, rowsTop, ROW_HEIGHT);
  const rowsBottom = rowsTop + rows.length * ROW_HEIGHT;
  const height = rowsBottom + AXIS_LABEL_SPACE + m;

  const body: string[] = [legendBlock.markup, stripes(rowBands, m, width - 2 * m)];
  rows.forEach((row, r) => {
    const y = rowMiddle(rowBands, r);
    if (rankWidth > 0) {
      body.push(
        textEl(
          "text",
          { class: "p10-rank", x: m + rankWidth - 10, y, dy: "0.35em", "text-anchor": "end" },
          ranks[r]!,
        ),
      );
    }
    body.push(rowLabel(row.label, plotLeft - 10, y, labelWidth, TYPE.label));
  });

  measures.forEach((measure, p) => {
    const left = plotLeft + p * (panelWidth + PANEL_GAP);
    const x = scaleLinear()
      .domain([domain[0], domain[1]])
      .range([left, left + panelWidth - valueWidth]);
    const tickCount = Math.max(3, Math.floor((panelWidth - valueWidth) / 70));
    const marks: string[] = [
      headerText(headers[p]!, left, headerY),
      xAxis(x, { top: rowsTop, bottom: rowsBottom, tickCount, labelsOnTop, fontSize: TYPE.small }),
    ];
    rows.forEach((row, r) => {
      const value = row.values[p]!;
      const text = valueTexts[r]![p]!;
      const top = rowBands(String(r))!;
      const middle = rowMiddle(rowBands, r);
      if (value === null) {
        marks.push(
          textEl(
            "text",
            {
              class: "p10-na",
              x: x(domain[0]) + 3,
              y: middle,
              dy: "0.35em",
              fill: INK.muted,
              "font-style": "italic",
            },
            text,
          ),
        );
        return;
      }
      const band = bandOf(value, bands);
      const x0 = x(domain[0]);
      marks.push(
        el(
          "rect",
          {
            class: "p10-bar",
            x: x0,
            y: top,
            width: x(value) - x0,
            height: rowBands.bandwidth(),
            fill: band.color,
            stroke: INK.outline,
            "stroke-width": 0.5,
          },
          tooltip(`${row.label} \u2014 ${measure}: ${text} (${band.label})`),
        ),
        textEl("text", { class: "p10-value", x: x(value) + 3, y: middle, dy: "0.35em" }, text),
      );
    });
    body.push(el("g", { class: "p10-panel", "font-size": TYPE.small }, ...marks));
  });

  const summary = rows
    .map((row, r) => {
      const cells = measures.map((measure, p) => {
        const value = row.values[p]!;
        return value === null
          ? `${measure} no score`
          : `${measure} ${valueTexts[r]![p]} (${bandOf(value, bands).label})`;
      });
      return `${ranks[r] === "" ? "" : `${ranks[r]}. `}${row.label}: ${cells.join(", ")}`;
    })
    .join("; ");
  const bandText = bands.map((b) => bandRange(b, format)).join(", ");
  return svgFrame({
    id,
    title: input.title,
    description: describe(
      input.description,
      `Bar chart of ${rows.length} entities on ${measures.length} measures, scale ${formatNumber(domain[0], format)} to ${formatNumber(domain[1], format)}, bars coloured by band: ${bandText}. ${summary}.`,
    ),
    width,
    height,
    body,
  });
}
