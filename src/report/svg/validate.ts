/**
 * Checks of the plain data handed to the chart builders. A chart never clamps, drops or guesses: a value
 * outside the stated domain, a non-finite number or a malformed id is a `P10_CHART_DATA` error naming
 * the input path (e.g. `rows[3].values[1]`).
 */
import { P10Error } from "../../errors.js";

/**
 * The error code of every chart-input problem.
 *
 * @example
 * ```ts
 * import { CHART_DATA, gapChart } from "principle10/report";
 * CHART_DATA; // "P10_CHART_DATA"
 * const rows = [{ label: "Arcadia", law: 120, practice: 55 }]; // 120 is outside the domain [0, 100]
 * const format = { decimals: 0 };
 * gapChart({ id: "gap", title: "Law, practice", rows, domain: [0, 100], format }); // throws P10_CHART_DATA
 * ```
 */
export const CHART_DATA = "P10_CHART_DATA";

/** A numeric interval `[min, max]` with `min < max`, e.g. `[0, 3]` for EDI scores. */
export type Domain = readonly [number, number];

/**
 * Throws the chart-input error for one path.
 *
 * @param path - where in the input, e.g. `rows[2].label`.
 * @param message - what was found and what was expected.
 * @returns never.
 * @throws P10Error `P10_CHART_DATA`, always.
 * @example
 * ```ts
 * chartDataError("domain", "expected min < max, found [3, 0]");
 * ```
 */
export function chartDataError(path: string, message: string): never {
  throw new P10Error(CHART_DATA, `${path}: ${message}`, [
    { code: CHART_DATA, message, severity: "error", path },
  ]);
}

/** An XML id as the charts and sections use them: ASCII letters, digits, `-` and `_`, a letter first. */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

/**
 * Checks a chart id: it becomes an XML id (and the prefix of the ids of the chart's title and
 * description), so it must be unique in the page and made of ASCII letters, digits, `-` and `_`.
 *
 * @param id - the id, e.g. `"ranking"`.
 * @returns the id.
 * @throws P10Error `P10_CHART_DATA` for an empty or malformed id.
 * @example
 * ```ts
 * checkId("edi-ranking"); // "edi-ranking"
 * ```
 */
export function checkId(id: string): string {
  if (!ID_PATTERN.test(id)) {
    chartDataError("id", `expected a letter then letters, digits, "-" or "_", found ${JSON.stringify(id)}`);
  }
  return id;
}

/**
 * Checks a domain: two finite numbers, the first smaller.
 *
 * @param domain - the domain.
 * @param path - the input path for messages.
 * @returns the domain.
 * @throws P10Error `P10_CHART_DATA` otherwise.
 * @example
 * ```ts
 * checkDomain([0, 3], "domain"); // [0, 3]
 * ```
 */
export function checkDomain(domain: Domain, path: string): Domain {
  const [min, max] = domain;
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(min < max)) {
    chartDataError(path, `expected two finite numbers [min, max] with min < max, found [${min}, ${max}]`);
  }
  return domain;
}

/**
 * Checks a value against a domain; `null` (no score) passes.
 *
 * @param value - the value or `null`.
 * @param domain - the checked domain.
 * @param path - the input path for messages.
 * @returns the value.
 * @throws P10Error `P10_CHART_DATA` for a non-finite value or one outside the domain.
 * @example
 * ```ts
 * checkValue(2.5, [0, 3], "rows[0].values[0]"); // 2.5
 * ```
 */
export function checkValue<V extends number | null>(value: V, domain: Domain, path: string): V {
  if (value === null) return value;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    chartDataError(path, `expected a finite number or null, found ${String(value)}`);
  }
  if (value < domain[0] || value > domain[1]) {
    chartDataError(path, `${value} is outside the chart domain [${domain[0]}, ${domain[1]}]`);
  }
  return value;
}

/**
 * Checks that a list has at least one item.
 *
 * @param items - the list.
 * @param path - the input path for messages.
 * @returns the list.
 * @throws P10Error `P10_CHART_DATA` for an empty list.
 * @example
 * ```ts
 * checkNonEmpty(["a"], "rows"); // ["a"]
 * ```
 */
export function checkNonEmpty<T>(items: readonly T[], path: string): readonly T[] {
  if (items.length === 0) chartDataError(path, "expected at least one item, found none");
  return items;
}

/** The narrowest and widest chart the layouts are made for, in px. */
export const WIDTH_RANGE = [320, 4000] as const;

/**
 * Checks a chart width.
 *
 * @param width - the width in px.
 * @returns the width.
 * @throws P10Error `P10_CHART_DATA` for a width that is not a number from 320 to 4000.
 * @example
 * ```ts
 * checkWidth(760); // 760
 * ```
 */
export function checkWidth(width: number): number {
  if (!Number.isFinite(width) || width < WIDTH_RANGE[0] || width > WIDTH_RANGE[1]) {
    chartDataError(
      "width",
      `expected a number of px from ${WIDTH_RANGE[0]} to ${WIDTH_RANGE[1]}, found ${width}`,
    );
  }
  return width;
}

/**
 * Checks that the labels and columns leave a plot wide enough to read (at least 60 px).
 *
 * @param plotWidth - the width left for the plot, in px.
 * @param width - the chart width, for the message.
 * @returns the plot width.
 * @throws P10Error `P10_CHART_DATA` when the plot would be narrower than 60 px.
 * @example
 * ```ts
 * checkPlotWidth(420, 760); // 420
 * ```
 */
export function checkPlotWidth(plotWidth: number, width: number): number {
  if (!(plotWidth >= 60)) {
    chartDataError(
      "width",
      `${width} px leaves ${Math.floor(plotWidth)} px for the plot (60 needed); give a larger width`,
    );
  }
  return plotWidth;
}
