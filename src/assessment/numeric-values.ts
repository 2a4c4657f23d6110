/**
 * The values of numeric indicators in a dataset. Ordinal answers are level indices; a numeric indicator has
 * no levels, so its answer code `k` stands for entry `k` of the dataset's `combinedValues` for the
 * indicator (the table that already carries combined and imputed values beyond a scale's levels). The
 * entries are the distinct values the records hold, sorted ascending by exact value, so that a dataset does
 * not depend on the order of the rows it was read from. The ordinal answers' 16-bit codes stay as they are.
 */
import { decimalFraction, formatFraction } from "../base/fraction.js";
import { P10Decimal } from "../decimal.js";
import type { Framework, FrameworkIndicator } from "../framework/framework.js";
import type { CombinedValue } from "./combine.js";
import { NO_ID, type AssessmentRecords } from "./records.js";

/** How record codes of numeric indicators become dataset codes. */
export interface NumericCodes {
  /** Per indicator ordinal: record code → dataset code (`undefined` for ordinal indicators). */
  readonly remap: readonly (Int32Array | undefined)[];
  /** Per indicator ordinal: the values dataset codes stand for (empty for ordinal indicators). */
  readonly values: readonly CombinedValue[][];
}

/**
 * A numeric value as a dataset carries it: the exact fraction, the canonical decimal as its code, and the
 * value with its unit as its label.
 *
 * @param indicator - the numeric indicator.
 * @param value - the canonical exact decimal.
 * @returns the entry for `Dataset.combinedValues`.
 * @throws never.
 */
export function measuredValue(indicator: FrameworkIndicator, value: string): CombinedValue {
  const unit = indicator.scale.unit;
  return {
    value: formatFraction(decimalFraction(value)),
    code: value,
    label: unit === undefined ? value : `${value} ${unit}`,
    measured: true,
  };
}

/**
 * The codes of the numeric values used by the records (those of one assessor when `selected` is given).
 *
 * @param framework - the framework of the records.
 * @param records - the records; their `numeric` tables give the values of record codes.
 * @param selected - the assessor whose records are used, or `undefined` for all.
 * @returns the remapping and the values, or `undefined` when the records hold no numeric value.
 * @throws never.
 */
export function numericCodes(
  framework: Framework,
  records: AssessmentRecords,
  selected: number | undefined,
): NumericCodes | undefined {
  const tables = records.numeric;
  if (tables === undefined) return undefined;
  const used = tables.map((t) => new Uint8Array(t.length));
  for (let r = 0; r < records.length; r++) {
    if (selected !== undefined && records.assessor[r] !== selected) continue;
    const marks = used[records.indicator[r]!];
    const code = records.code[r]!;
    if (marks !== undefined && marks.length > 0 && code >= 0) marks[code] = 1;
  }
  const remap: (Int32Array | undefined)[] = [];
  const values: CombinedValue[][] = [];
  framework.indicators.forEach((indicator, ordinal) => {
    const table = tables[ordinal] ?? [];
    if (indicator.scale.kind !== "numeric" || table.length === 0) {
      remap.push(undefined);
      values.push([]);
      return;
    }
    const marks = used[ordinal]!;
    const exact = table.map((v) => new P10Decimal(v));
    const order = table.map((_, k) => k).filter((k) => marks[k] === 1);
    order.sort((a, b) => exact[a]!.comparedTo(exact[b]!));
    const map = new Int32Array(table.length).fill(NO_ID);
    order.forEach((k, position) => {
      map[k] = position;
    });
    remap.push(map);
    values.push(order.map((k) => measuredValue(indicator, table[k]!)));
  });
  return { remap, values };
}
