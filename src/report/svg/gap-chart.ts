/**
 * The law-versus-practice gap chart (The Access Initiative's lesson: rights on paper are not rights in
 * practice): per entity a hollow dot for the legal score and a filled dot for the practice score on one
 * common scale, with the signed gap (practice minus law) written out.
 */
import { dumbbell } from "./dumbbell.js";
import type { NumberFormat } from "./format.js";
import type { Domain } from "./validate.js";

/** One entity of the gap chart: both scores on the same scale (e.g. both as 0–100 %). */
export interface GapRow {
  /** The entity's name. */
  readonly label: string;
  /** Its legal score, or `null`. */
  readonly law: number | null;
  /** Its practice score, or `null`. */
  readonly practice: number | null;
}

/** Input of {@link gapChart}. */
export interface GapChartInput {
  /** The chart's id, unique in the page. */
  readonly id: string;
  /** The visible and accessible title. */
  readonly title: string;
  /** Extra accessible description, put before the generated summary. */
  readonly description?: string;
  /** The names of the two scores; default `["Law", "Practice"]`. */
  readonly names?: readonly [string, string];
  /** The entities, top to bottom. */
  readonly rows: readonly GapRow[];
  /** The common domain of both scores, e.g. `[0, 100]`. */
  readonly domain: Domain;
  /** How values and gaps are written. */
  readonly format: NumberFormat;
  /** The chart width in px; default 760. */
  readonly width?: number;
}

/**
 * Draws the gap between law and practice as an SVG string.
 *
 * @param input - the entities with both scores, the common domain and number format.
 * @returns the `<svg>` markup; the same input always gives the same bytes.
 * @throws P10Error `P10_CHART_DATA` for a malformed id, no rows or a value outside the domain.
 * @example
 * ```ts
 * import { gapChart } from "principle10/report";
 * const svg = gapChart({
 *   id: "gap",
 *   title: "Access to information: law and practice (% of maximum)",
 *   rows: [{ label: "Arcadia", law: 80, practice: 55 }],
 *   domain: [0, 100],
 *   format: { decimals: 0 },
 * });
 * ```
 */
export function gapChart(input: GapChartInput): string {
  const [law, practice] = input.names ?? ["Law", "Practice"];
  return dumbbell({
    id: input.id,
    title: input.title,
    description: input.description,
    ends: [law, practice],
    differenceHeader: "Gap",
    directions: {
      up: `${practice} above ${law.toLowerCase()}`,
      down: `${practice} below ${law.toLowerCase()}`,
    },
    fields: ["law", "practice"],
    rows: input.rows.map((row) => ({ label: row.label, first: row.law, second: row.practice })),
    domain: input.domain,
    format: input.format,
    width: input.width ?? 760,
    what: `${law.toLowerCase()} and ${practice.toLowerCase()} scores (gap = ${practice.toLowerCase()} minus ${law.toLowerCase()})`,
  });
}
