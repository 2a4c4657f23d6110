/**
 * The profile chart of one entity: a bar per group (e.g. each Bali Guideline) showing the entity's score,
 * with a tick at the cohort median of that group, groups optionally gathered under section headings (the
 * pillars). A bar-and-reference-tick design, as in the EDI country pages' comparison with the average.
 */
import { scaleLinear } from "d3-scale";
import { AXIS_LABEL_SPACE, xAxis } from "./axis.js";
import { type ChartBand, bandOf, bandRange, bandSwatch, type ResolvedBand, resolveBands } from "./bands.js";
import { el, textEl, tooltip } from "./element.js";
import { checkFormat, formatNumber, formatOrNa, type NumberFormat } from "./format.js";
import { describe, svgFrame, TYPE } from "./frame.js";
import { LEGEND_SAMPLE, type LegendKey, legend } from "./legend.js";
import { INK, OKABE_ITO } from "./palette.js";
import {
  columnWidth,
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

/** One group of the profile. */
export interface ProfileGroup {
  /** The group's name, e.g. `"G1 Access on request"`. */
  readonly label: string;
  /** A heading the group belongs to, e.g. its pillar; consecutive groups with the same section share it. */
  readonly section?: string;
  /** The entity's score, or `null` for no score. */
  readonly value: number | null;
  /** The cohort median of the group, or `null` when there is none. */
  readonly median: number | null;
}

/** Input of {@link profileChart}. */
export interface ProfileChartInput {
  /** The chart's id, unique in the page. */
  readonly id: string;
  /** The visible and accessible title. */
  readonly title: string;
  /** Extra accessible description, put before the generated summary. */
  readonly description?: string;
  /** The entity's name (used in the legend and description). */
  readonly entity: string;
  /** The groups, top to bottom. */
  readonly groups: readonly ProfileGroup[];
  /** The value domain, e.g. `[0, 3]`. */
  readonly domain: Domain;
  /** Display bands for the bar colours; without them bars are Okabe–Ito blue. */
  readonly bands?: readonly ChartBand[];
  /** How values are written. */
  readonly format: NumberFormat;
  /** The name of the reference; default `"cohort median"`. */
  readonly medianLabel?: string;
  /** The chart width in px; default 760. */
  readonly width?: number;
}

type Line =
  | { readonly kind: "section"; readonly text: string }
  | { readonly kind: "group"; readonly index: number };

const ROW_HEIGHT = 20;

/** The share of the width the label column may take (fits the EDI's longest group name at 900 px). */
const LABEL_SHARE = 0.42;

/** Sample of the median tick for the legend. */
function medianSample(): string {
  const s = LEGEND_SAMPLE;
  return (
    el("line", { x1: s / 2, x2: s / 2, y1: -1, y2: s + 1, stroke: "#ffffff", "stroke-width": 4 }) +
    el("line", { x1: s / 2, x2: s / 2, y1: -1, y2: s + 1, stroke: OKABE_ITO.black, "stroke-width": 2 })
  );
}

/**
 * Draws one entity's profile against the cohort median as an SVG string.
 *
 * @param input - the entity, its groups with scores and medians, the domain and the number format.
 * @returns the `<svg>` markup; the same input always gives the same bytes.
 * @throws P10Error `P10_CHART_DATA` for a malformed id, no groups, a value or median outside the domain or
 *   a malformed band.
 * @example
 * ```ts
 * import { profileChart } from "principle10/report";
 * const svg = profileChart({
 *   id: "profile-arcadia",
 *   title: "Arcadia: guideline scores",
 *   entity: "Arcadia",
 *   groups: [
 *     { label: "G1", section: "Information", value: 2.5, median: 1.8 },
 *     { label: "G8", section: "Participation", value: 1.0, median: 1.4 },
 *   ],
 *   domain: [0, 3],
 *   format: { decimals: 2 },
 * });
 * ```
 */
export function profileChart(input: ProfileChartInput): string {
  const id = checkId(input.id);
  const domain = checkDomain(input.domain, "domain");
  const format = checkFormat(input.format, "format");
  const bands: ResolvedBand[] | null =
    input.bands === undefined ? null : resolveBands(input.bands, domain, "bands");
  const groups = checkNonEmpty(input.groups, "groups");
  groups.forEach((g, i) => {
    checkValue(g.value, domain, `groups[${i}].value`);
    checkValue(g.median, domain, `groups[${i}].median`);
  });
  const medianLabel = input.medianLabel ?? "cohort median";

  const lines: Line[] = [];
  groups.forEach((g, index) => {
    const previous = index === 0 ? undefined : groups[index - 1]!.section;
    if (g.section !== undefined && g.section !== previous) lines.push({ kind: "section", text: g.section });
    lines.push({ kind: "group", index });
  });

  const width = checkWidth(input.width ?? 760);
  const m = TYPE.margin;
  const labelWidth = Math.max(
    labelColumnWidth(
      groups.map((g) => g.label),
      TYPE.label,
      Math.round(width * LABEL_SHARE),
    ),
    labelColumnWidth(
      groups.flatMap((g) => (g.section === undefined ? [] : [g.section])),
      TYPE.label,
      Math.round(width * LABEL_SHARE),
      true,
    ),
  );
  const plotLeft = m + labelWidth + 10;
  const valueTexts = groups.map((g) => formatOrNa(g.value, format));
  const medianTexts = groups.map((g) => formatOrNa(g.median, format));
  const columns: TextColumn[] = [
    { header: "Score", cells: lines.map((l) => (l.kind === "group" ? valueTexts[l.index]! : "")) },
    { header: "Median", cells: lines.map((l) => (l.kind === "group" ? medianTexts[l.index]! : "")) },
  ];
  const columnsWidth = columns.reduce((sum, c) => sum + columnWidth(c, TYPE.small), 0);
  const plotRight = width - m - columnsWidth - 20;
  checkPlotWidth(plotRight - plotLeft, width);
  const x = scaleLinear().domain([domain[0], domain[1]]).range([plotLeft, plotRight]);

  const barColor = (value: number): string => (bands === null ? OKABE_ITO.blue : bandOf(value, bands).color);
  const keys: LegendKey[] = [
    {
      sample: el("rect", {
        width: LEGEND_SAMPLE,
        height: LEGEND_SAMPLE,
        fill: bands === null ? OKABE_ITO.blue : "#ffffff",
        stroke: INK.outline,
        "stroke-width": 0.75,
      }),
      label: `${input.entity}${bands === null ? "" : " (bar colour = band)"}`,
    },
    { sample: medianSample(), label: medianLabel },
    ...(bands ?? []).map((band) => ({
      sample: bandSwatch(band, LEGEND_SAMPLE),
      label: bandRange(band, format),
    })),
  ];
  const legendBlock = legend(keys, m, TYPE.titleBand, width - 2 * m, TYPE.small);
  const labelsOnTop = lines.length > 12;
  const rowsTop = TYPE.titleBand + legendBlock.height + 8 + AXIS_LABEL_SPACE;
  const rowBands = rowScale(lines.length, rowsTop, ROW_HEIGHT);
  const rowsBottom = rowsTop + lines.length * ROW_HEIGHT;
  const tickCount = Math.max(2, Math.floor((plotRight - plotLeft) / 60));

  const body: string[] = [
    legendBlock.markup,
    stripes(rowBands, m, width - 2 * m),
    xAxis(x, { top: rowsTop, bottom: rowsBottom, tickCount, labelsOnTop, fontSize: TYPE.small }),
    textColumns(columns, plotRight + 20, rowsTop - 4, rowBands, TYPE.small),
  ];
  const marks: string[] = [];
  lines.forEach((line, r) => {
    const middle = rowMiddle(rowBands, r);
    if (line.kind === "section") {
      body.push(
        textEl(
          "text",
          { class: "p10-section", x: m, y: middle, dy: "0.35em", "font-weight": "bold" },
          line.text,
        ),
      );
      return;
    }
    const group = groups[line.index]!;
    body.push(rowLabel(group.label, plotLeft - 10, middle, labelWidth, TYPE.label));
    const top = rowBands(String(r))!;
    const x0 = x(domain[0]);
    const help = `${group.label}: ${valueTexts[line.index]}, ${medianLabel} ${medianTexts[line.index]}`;
    if (group.value === null) {
      marks.push(
        textEl(
          "text",
          { class: "p10-na", x: x0 + 3, y: middle, dy: "0.35em", fill: INK.muted, "font-style": "italic" },
          "no score",
        ),
      );
    } else {
      const end = x(group.value);
      marks.push(
        el(
          "rect",
          {
            class: "p10-bar",
            x: x0,
            y: top,
            width: end - x0,
            height: rowBands.bandwidth(),
            fill: barColor(group.value),
            stroke: INK.outline,
            "stroke-width": 0.5,
          },
          tooltip(help),
        ),
      );
    }
    if (group.median !== null) {
      const mx = x(group.median);
      const tick = { x1: mx, x2: mx, y1: top - 3, y2: top + rowBands.bandwidth() + 3 };
      marks.push(
        el(
          "g",
          { class: "p10-median" },
          el("line", { ...tick, stroke: "#ffffff", "stroke-width": 4 }),
          el("line", { ...tick, stroke: OKABE_ITO.black, "stroke-width": 2 }, tooltip(help)),
        ),
      );
    }
  });
  body.push(el("g", { class: "p10-marks", "font-size": TYPE.small }, ...marks));

  const summary = groups
    .map((g, i) => `${g.label} ${valueTexts[i]} (${medianLabel} ${medianTexts[i]})`)
    .join("; ");
  return svgFrame({
    id,
    title: input.title,
    description: describe(
      input.description,
      `Bar chart of ${input.entity}'s scores in ${groups.length} groups against the ${medianLabel} (a tick), scale ${formatNumber(domain[0], format)} to ${formatNumber(domain[1], format)}. ${summary}.`,
    ),
    width,
    height: rowsBottom + AXIS_LABEL_SPACE + m,
    body,
  });
}
