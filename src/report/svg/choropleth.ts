/**
 * The choropleth world map: every country shape grey, each assessed one filled with its score's display
 * band (the bands and colours of the ranking chart, so the map and the bars read alike), a dark outline on
 * assessed shapes, a marker on assessed places too small to see, and a legend with the bands, "no score"
 * and "not assessed". The geometry arrives as projected path strings (`WorldShapes`), so this builder only
 * colours and labels it; every assessed shape carries a tooltip, and `<desc>` lists every entity.
 */
import { type ChartBand, bandOf, bandRange, bandSwatch, resolveBands } from "./bands.js";
import { el, tooltip } from "./element.js";
import { checkFormat, formatNumber, type NumberFormat } from "./format.js";
import { describe, svgFrame, TYPE } from "./frame.js";
import { LEGEND_SAMPLE, legend } from "./legend.js";
import { INK } from "./palette.js";
import { chartDataError, checkDomain, checkId, checkNonEmpty, checkValue, type Domain } from "./validate.js";
import type { WorldShapes } from "../map/world-shapes.js";

/** One assessed place. */
export interface ChoroplethRegion {
  /** Its ISO 3166-1 numeric code, as the shapes are keyed. */
  readonly numeric: string;
  /** Its name as the report shows it. */
  readonly label: string;
  /** Its score, or `null` for no score. */
  readonly value: number | null;
  /** The score as printed (e.g. `"2.55"`). */
  readonly valueText: string;
}

/** Input of {@link choroplethMap}. */
export interface ChoroplethInput {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly shapes: WorldShapes;
  readonly regions: readonly ChoroplethRegion[];
  readonly domain: Domain;
  readonly bands: readonly ChartBand[];
  readonly format: NumberFormat;
}

/** Fill of shapes not assessed, and of assessed ones without a score. */
const NOT_ASSESSED = "#d9d9d9";
const NO_SCORE = "#ffffff";
const MARKER_RADIUS = 4;

const swatch = (fill: string) =>
  el("rect", {
    width: LEGEND_SAMPLE,
    height: LEGEND_SAMPLE,
    fill,
    stroke: fill === NOT_ASSESSED ? "#ffffff" : INK.outline,
    "stroke-width": 0.75,
  });

/**
 * Draws the choropleth map as an SVG string.
 *
 * @param input - the projected shapes, the assessed places with their scores, the domain, bands and format.
 * @returns the `<svg>` markup; the same input always gives the same bytes.
 * @throws P10Error `P10_CHART_DATA` for a malformed id, no region, a value outside the domain, a region
 *   listed twice or a malformed band.
 * @example
 * ```ts
 * const svg = choroplethMap({
 *   id: "map",
 *   title: "Index by country",
 *   shapes: { width: 100, height: 50, shapes: [{ numeric: "076", d: "M10,10L40,10L40,40Z" }], markers: [], source: "test" },
 *   regions: [{ numeric: "076", label: "Brazil", value: 2.1, valueText: "2.10" }],
 *   domain: [0, 3],
 *   bands: [{ label: "low", upTo: 1.5 }, { label: "high" }],
 *   format: { decimals: 2 },
 * });
 * svg.includes("<title>Brazil: 2.10 (high)</title>"); // true
 * ```
 */
export function choroplethMap(input: ChoroplethInput): string {
  const id = checkId(input.id);
  const domain = checkDomain(input.domain, "domain");
  const format = checkFormat(input.format, "format");
  const bands = resolveBands(input.bands, domain, "bands");
  const regions = checkNonEmpty(input.regions, "regions");
  const byCode = new Map<string, { region: ChoroplethRegion; fill: string; band: string }>();
  regions.forEach((region, r) => {
    checkValue(region.value, domain, `regions[${r}].value`);
    if (byCode.has(region.numeric))
      chartDataError(`regions[${r}].numeric`, `${region.numeric} is listed twice`);
    const band = region.value === null ? null : bandOf(region.value, bands);
    byCode.set(region.numeric, {
      region,
      fill: band === null ? NO_SCORE : band.color,
      band: band === null ? "no score" : band.label,
    });
  });
  const { shapes } = input;
  const m = TYPE.margin;
  const width = shapes.width + 2 * m;
  const legendBlock = legend(
    [
      ...bands.map((band) => ({ sample: bandSwatch(band, LEGEND_SAMPLE), label: bandRange(band, format) })),
      { sample: swatch(NO_SCORE), label: "no score" },
      { sample: swatch(NOT_ASSESSED), label: "not assessed" },
    ],
    m,
    TYPE.titleBand,
    width - 2 * m,
    TYPE.small,
  );
  const top = TYPE.titleBand + legendBlock.height + 8;
  const label = (code: string) => {
    const hit = byCode.get(code)!;
    return `${hit.region.label}: ${hit.region.value === null ? "no score" : `${hit.region.valueText} (${hit.band})`}`;
  };
  // Grey shapes first, assessed ones on top so their outlines are not covered by a neighbour's.
  const grey: string[] = [];
  const assessed: string[] = [];
  for (const shape of shapes.shapes) {
    const hit = shape.numeric === null ? undefined : byCode.get(shape.numeric);
    if (hit === undefined) {
      grey.push(el("path", { d: shape.d, fill: NOT_ASSESSED }));
    } else {
      assessed.push(
        el(
          "path",
          {
            class: "p10-region",
            d: shape.d,
            fill: hit.fill,
            stroke: INK.outline,
            "stroke-width": 0.6,
            "data-code": shape.numeric ?? undefined,
          },
          tooltip(label(shape.numeric!)),
        ),
      );
    }
  }
  const markers = shapes.markers.flatMap((mark) => {
    const hit = byCode.get(mark.numeric);
    if (hit === undefined) return [];
    return [
      el(
        "circle",
        {
          class: "p10-marker",
          cx: mark.x,
          cy: mark.y,
          r: MARKER_RADIUS,
          fill: hit.fill,
          stroke: INK.outline,
          "stroke-width": 1,
        },
        tooltip(label(mark.numeric)),
      ),
    ];
  });
  const map = el(
    "g",
    { class: "p10-map", transform: `translate(${m},${top})` },
    el("g", { stroke: "#ffffff", "stroke-width": 0.4 }, grey.join("")),
    assessed.join(""),
    markers.join(""),
  );
  const listed = regions
    .map(
      (r) =>
        `${r.label} ${r.value === null ? "no score" : `${r.valueText} (${byCode.get(r.numeric)!.band})`}`,
    )
    .join("; ");
  return svgFrame({
    id,
    title: input.title,
    description: describe(
      input.description,
      `World map of ${regions.length} assessed places coloured by band (${bands.map((b) => bandRange(b, format)).join(", ")}, scale ${formatNumber(domain[0], format)} to ${formatNumber(domain[1], format)}); other countries grey. ${listed}.`,
    ),
    width,
    height: top + shapes.height + m,
    body: [legendBlock.markup, map],
  });
}
