/**
 * The reliability data of inter-assessor agreement: units (e.g. entity × period × indicator) × coders
 * (assessors), each cell a numeric value or missing — the "reliability data matrix" of Krippendorff (2011),
 * *Computing Krippendorff's Alpha-Reliability*, University of Pennsylvania, section C.
 */
import { compareCodePoints } from "../base/code-points.js";
import { P10Error, type P10Issue } from "../errors.js";

/** One coder's answer to one unit, as a caller gives it (in any order). */
export interface ReliabilityRecord {
  /** The unit coded, e.g. `"AA|2024|1.1"` for an entity, a period and an indicator. */
  readonly unit: string;
  /** The coder (assessor) who gave the value. */
  readonly coder: string;
  /** A level index or a level value; `null` records that the coder gave no usable answer (missing). */
  readonly value: number | null;
}

/**
 * Units × coders, in a canonical form that does not depend on the order of the records it was built from:
 * units and coders sorted by code points, `values[u][c]` the value coder `coders[c]` gave unit `units[u]`,
 * or `null` when missing.
 */
export interface ReliabilityData {
  /** Unit ids, sorted by code points. */
  readonly units: readonly string[];
  /** Coder ids, sorted by code points. */
  readonly coders: readonly string[];
  /** `values[u][c]`: a finite number, or `null` for missing. */
  readonly values: readonly (readonly (number | null)[])[];
}

function sortedDistinct(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(compareCodePoints);
}

function checkRecord(record: ReliabilityRecord, index: number): P10Issue[] {
  const issues: P10Issue[] = [];
  const at = `records[${index}]`;
  for (const key of ["unit", "coder"] as const) {
    if (typeof record[key] !== "string" || record[key] === "") {
      const message = `${key} must be a non-empty string, found ${JSON.stringify(record[key])}`;
      issues.push({ code: "P10_AGREEMENT_INPUT", message, severity: "error", path: `${at}.${key}` });
    }
  }
  if (record.value !== null && !(typeof record.value === "number" && Number.isFinite(record.value))) {
    const message = `value must be a finite number or null (missing), found ${String(record.value)}`;
    issues.push({ code: "P10_AGREEMENT_INPUT", message, severity: "error", path: `${at}.value` });
  }
  return issues;
}

/**
 * Builds the units × coders matrix from plain records. The order of the records does not matter; a record
 * repeated with the same value is accepted once. A coder absent from a unit is missing there.
 *
 * @param records - one record per (unit, coder).
 * @returns the reliability data in canonical (code-point) order.
 * @throws P10Error `P10_AGREEMENT_INPUT` for an empty id or a non-finite value, and
 *   `P10_AGREEMENT_CONFLICT` when a coder gave one unit two different values (every problem is listed).
 * @example
 * ```ts
 * import { createReliabilityData } from "principle10/advanced";
 * const data = createReliabilityData([
 *   { unit: "u2", coder: "B", value: 1 },
 *   { unit: "u1", coder: "A", value: 3 },
 *   { unit: "u1", coder: "B", value: 2 },
 * ]);
 * data.units; // ["u1", "u2"]
 * data.values; // [[3, 2], [null, 1]]
 * ```
 */
export function createReliabilityData(records: readonly ReliabilityRecord[]): ReliabilityData {
  const issues = records.flatMap(checkRecord);
  if (issues.length > 0)
    throw new P10Error("P10_AGREEMENT_INPUT", `${issues.length} invalid record(s)`, issues);
  const units = sortedDistinct(records.map((r) => r.unit));
  const coders = sortedDistinct(records.map((r) => r.coder));
  const unitIndex = new Map(units.map((id, i) => [id, i]));
  const coderIndex = new Map(coders.map((id, i) => [id, i]));
  const values: (number | null | undefined)[][] = units.map(() => coders.map(() => undefined));
  const conflicts = new Map<string, P10Issue>();
  records.forEach((record, index) => {
    const row = values[unitIndex.get(record.unit)!]!;
    const c = coderIndex.get(record.coder)!;
    const previous = row[c];
    if (previous === undefined || Object.is(previous, record.value)) {
      row[c] = record.value;
      return;
    }
    const key = JSON.stringify([record.unit, record.coder]);
    const message =
      `coder ${JSON.stringify(record.coder)} gave unit ${JSON.stringify(record.unit)} two different values: ` +
      `${String(previous)} and ${String(record.value)} (expected one value per coder and unit)`;
    if (!conflicts.has(key)) {
      conflicts.set(key, {
        code: "P10_AGREEMENT_CONFLICT",
        message,
        severity: "error",
        path: `records[${index}]`,
      });
    }
  });
  if (conflicts.size > 0) {
    const sorted = [...conflicts.entries()]
      .sort(([a], [b]) => compareCodePoints(a, b))
      .map(([, issue]) => issue);
    throw new P10Error("P10_AGREEMENT_CONFLICT", `${sorted.length} conflicting double answer(s)`, sorted);
  }
  return { units, coders, values: values.map((row) => row.map((v) => (v === undefined ? null : v))) };
}

/**
 * The values present in one unit (missing ones left out), in ascending numeric order, so that every
 * statistic sees a unit as a multiset of values, whatever the coders are called.
 *
 * @param data - the reliability data.
 * @param unit - the unit's index in `data.units`.
 * @returns the unit's non-missing values, ascending.
 * @throws never.
 * @example
 * ```ts
 * import { createReliabilityData, unitValues } from "principle10/advanced";
 * const data = createReliabilityData([
 *   { unit: "u", coder: "A", value: 3 },
 *   { unit: "u", coder: "B", value: 1 },
 *   { unit: "u", coder: "C", value: null },
 * ]);
 * unitValues(data, 0); // [1, 3]
 * ```
 */
export function unitValues(data: ReliabilityData, unit: number): number[] {
  const row = data.values[unit] ?? [];
  return row.filter((v): v is number => v !== null).sort((a, b) => a - b);
}

/**
 * Keeps the units a predicate selects (e.g. the units of one pillar, guideline, indicator or entity),
 * with the coders who still have a value in them.
 *
 * @param data - the reliability data.
 * @param keep - called with each unit id; `true` keeps the unit.
 * @returns the sub-data, still in canonical order.
 * @throws never.
 * @example
 * ```ts
 * import { createReliabilityData, selectUnits } from "principle10/advanced";
 * const data = createReliabilityData([
 *   { unit: "AA|1.1", coder: "A", value: 3 },
 *   { unit: "BB|1.1", coder: "B", value: 2 },
 * ]);
 * selectUnits(data, (unit) => unit.startsWith("AA|")).coders; // ["A"]
 * ```
 */
export function selectUnits(data: ReliabilityData, keep: (unit: string) => boolean): ReliabilityData {
  const rows = data.units.flatMap((id, u) => (keep(id) ? [u] : []));
  const coders = data.coders.flatMap((_, c) => (rows.some((u) => data.values[u]?.[c] != null) ? [c] : []));
  return {
    units: rows.map((u) => data.units[u]!),
    coders: coders.map((c) => data.coders[c]!),
    values: rows.map((u) => coders.map((c) => data.values[u]?.[c] ?? null)),
  };
}
