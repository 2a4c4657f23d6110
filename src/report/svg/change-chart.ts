/**
 * The change chart: each entity's score in two periods as a dumbbell (hollow dot = earlier period, filled
 * dot = later period, line coloured by the direction of change), with both values and the signed change
 * written out.
 */
import { dumbbell } from "./dumbbell.js";
import type { NumberFormat } from "./format.js";
import type { Domain } from "./validate.js";

/** One entity of the change chart. */
export interface ChangeChartRow {
  /** The entity's name. */
  readonly label: string;
  /** Its score in the earlier period, or `null`. */
  readonly from: number | null;
  /** Its score in the later period, or `null`. */
  readonly to: number | null;
}

/** Input of {@link changeChart}. */
export interface ChangeChartInput {
  /** The chart's id, unique in the page. */
  readonly id: string;
  /** The visible and accessible title. */
  readonly title: string;
  /** Extra accessible description, put before the generated summary. */
  readonly description?: string;
  /** The two periods, earlier first, e.g. `["2015", "2020"]`. */
  readonly periods: readonly [string, string];
  /** The entities, top to bottom. */
  readonly rows: readonly ChangeChartRow[];
  /** The value domain, e.g. `[0, 3]`. */
  readonly domain: Domain;
  /** How values and changes are written. */
  readonly format: NumberFormat;
  /** The chart width in px; default 760. */
  readonly width?: number;
}

/**
 * Draws the change between two periods as an SVG string.
 *
 * @param input - the periods, entities with both values, the domain and number format.
 * @returns the `<svg>` markup; the same input always gives the same bytes.
 * @throws P10Error `P10_CHART_DATA` for a malformed id, no rows or a value outside the domain.
 * @example
 * ```ts
 * import { changeChart } from "principle10/report";
 * const svg = changeChart({
 *   id: "change",
 *   title: "Index score, 2015 to 2020",
 *   periods: ["2015", "2020"],
 *   rows: [{ label: "Arcadia", from: 1.9, to: 2.3 }, { label: "Borduria", from: 1.4, to: 1.1 }],
 *   domain: [0, 3],
 *   format: { decimals: 2 },
 * });
 * ```
 */
export function changeChart(input: ChangeChartInput): string {
  return dumbbell({
    id: input.id,
    title: input.title,
    description: input.description,
    ends: input.periods,
    differenceHeader: "Change",
    directions: { up: "increase", down: "decrease" },
    fields: ["from", "to"],
    rows: input.rows.map((row) => ({ label: row.label, first: row.from, second: row.to })),
    domain: input.domain,
    format: input.format,
    width: input.width ?? 760,
    what: `the change from ${input.periods[0]} to ${input.periods[1]}`,
  });
}
