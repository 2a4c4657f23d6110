/**
 * Presentation of exact scores as the method says: fixed decimal places with the method's rounding rule
 * (through `roundForDisplay`, the only place rounding happens) and display bands such as the EDI's
 * poor ≤ 0.75 < fair ≤ 1.5 < good ≤ 2.25 < very good.
 */
import { checkKind } from "../arguments.js";
import { compareDecimals, type Dec, P10Decimal, roundForDisplay } from "../decimal.js";
import type { Band, BandsSetting, Presentation } from "./schema.js";

/**
 * Shows an exact score with the method's places and rounding rule.
 *
 * @param value - the exact score, or `null`.
 * @param presentation - the method's presentation settings.
 * @returns the rounded text such as `"1.83"`, or `null` for a null score.
 * @example
 * ```ts
 * import { displayScore, methods } from "principle10";
 * import { dec } from "principle10/advanced";
 * displayScore(dec("1.825"), methods.get("edi-2015").presentation); // "1.83" (half-up)
 * ```
 */
export function displayScore(
  value: Dec | null,
  presentation: Pick<Presentation, "places" | "rounding">,
): string | null {
  if (value !== null) checkKind("value", value, "a decimal score or null", ["toFixed"]);
  checkKind("presentation", presentation, "a presentation ({ places, rounding })", ["places", "rounding"]);
  return value === null ? null : roundForDisplay(value, presentation.places, presentation.rounding);
}

/**
 * Finds the band of an exact score: the first band whose `max` is ≥ the score, else the last band.
 * Bands are decided on the exact score, not on the displayed one.
 *
 * @param value - the exact score, or `null`.
 * @param setting - a band list, ascending, the last without `max` (or a method's `presentation.bands`;
 *   in the object form its `default` list, on the exact score — {@link nodeBand} applies the node lists and
 *   `on: "rounded"`).
 * @returns the band's label, or `null` for a null score or when the method has no bands.
 * @example
 * ```ts
 * import { methods } from "principle10";
 * import { bandOf, dec } from "principle10/advanced";
 * const bands = methods.get("edi-2015").presentation.bands;
 * bandOf(dec("0.75"), bands); // "poor"
 * bandOf(dec("0.7501"), bands); // "fair"
 * ```
 */
export function bandOf(value: Dec | null, setting: readonly Band[] | BandsSetting): string | null {
  const bands = Array.isArray(setting)
    ? setting
    : (setting as Exclude<BandsSetting, readonly Band[]>).default;
  if (value === null || bands.length === 0) return null;
  return bandIn(compileBands(bands), value);
}

/** A band list with its upper limits read as decimals once (a limit is text in the method). */
interface CompiledBands {
  readonly labels: readonly string[];
  readonly maxes: readonly (Dec | undefined)[];
}

function compileBands(bands: readonly Band[]): CompiledBands {
  return {
    labels: bands.map((b) => b.label),
    maxes: bands.map((b) => (b.max === undefined ? undefined : new P10Decimal(b.max))),
  };
}

/** The first band whose limit is ≥ the value, else the last (`bands` is not empty). */
function bandIn(bands: CompiledBands, value: Dec): string {
  const { labels, maxes } = bands;
  for (let i = 0; i < labels.length; i++) {
    const max = maxes[i];
    if (max === undefined || compareDecimals(value, max) <= 0) return labels[i] as string;
  }
  return labels[labels.length - 1] as string;
}

/** The bands setting in its object form: the plain list means `{ on: "exact", default: list, nodes: {} }`. */
export interface ResolvedBands {
  readonly on: "exact" | "rounded";
  readonly default: readonly Band[];
  readonly nodes: Readonly<Record<string, readonly Band[]>>;
}

/**
 * Reads the method's bands in their object form (the list form means the same list for every node, on
 * the exact score).
 *
 * @param presentation - the method's presentation settings.
 * @returns `on`, the default list and the lists per node.
 */
export function resolveBands(presentation: Pick<Presentation, "bands">): ResolvedBands {
  const b = presentation.bands;
  return Array.isArray(b) ? { on: "exact", default: b, nodes: {} } : b;
}

/**
 * The bands that apply to one node: its own list when the method names it, else the default list.
 *
 * @param presentation - the method's presentation settings.
 * @param nodeId - a framework node id.
 * @returns the node's bands (empty: the node has none).
 */
export function bandsOfNode(presentation: Pick<Presentation, "bands">, nodeId: string): readonly Band[] {
  const bands = resolveBands(presentation);
  return Object.hasOwn(bands.nodes, nodeId) ? (bands.nodes[nodeId] as readonly Band[]) : bands.default;
}

/** `true` when some node of the method has bands. */
export function hasAnyBands(presentation: Pick<Presentation, "bands">): boolean {
  const bands = resolveBands(presentation);
  return bands.default.length > 0 || Object.values(bands.nodes).some((list) => list.length > 0);
}

/**
 * The band of a node's score as the method defines it: the node's list (or the default), decided on the
 * exact score or, under `on: "rounded"`, on the displayed score, so that a published 60 is banded as 60
 * even when the exact score is 60.49.
 *
 * @param value - the exact score, or `null`.
 * @param presentation - the method's presentation settings.
 * @param nodeId - the node the score belongs to.
 * @returns the band's label, or `null` for a null score or a node without bands.
 */
export function nodeBand(value: Dec | null, presentation: Presentation, nodeId: string): string | null {
  return value === null ? null : (nodeBander(presentation, nodeId)?.(value) ?? null);
}

/**
 * {@link nodeBand} of one node as a function, its bands' limits read once: for writers that band a
 * node's score in every unit.
 *
 * @param presentation - the method's presentation settings.
 * @param nodeId - the node.
 * @returns the node's band of an exact score, or `null` when the node has no bands.
 * @example
 * ```ts
 * import { methods } from "principle10";
 * import { dec } from "principle10/advanced";
 * import { nodeBander } from "./presentation.js"; // internal
 * const band = nodeBander(methods.get("edi-2015").presentation, "edi");
 * band?.(dec("0.75")); // "poor"
 * ```
 */
export function nodeBander(presentation: Presentation, nodeId: string): ((value: Dec) => string) | null {
  const bands = bandsOfNode(presentation, nodeId);
  if (bands.length === 0) return null;
  const compiled = compileBands(bands);
  const exact = resolveBands(presentation).on === "exact";
  return (value) =>
    bandIn(compiled, exact ? value : new P10Decimal(displayScore(value, presentation) as string));
}
