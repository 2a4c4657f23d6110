/**
 * Reliability data used by several agreement tests, with their sources, and a builder from coder columns.
 */
import fc from "fast-check";
import type { ReliabilityRecord } from "../../src/agreement/reliability-data.js";

/** Turns `{ coder: [value of unit 1, value of unit 2, …] }` into records for units `u01`, `u02`, … */
export function recordsFromColumns(columns: Record<string, readonly (number | null)[]>): ReliabilityRecord[] {
  return Object.entries(columns).flatMap(([coder, values]) =>
    values.map((value, u) => ({ unit: `u${String(u + 1).padStart(2, "0")}`, coder, value })),
  );
}

const _ = null;

/**
 * Krippendorff (2011), *Computing Krippendorff's Alpha-Reliability*, University of Pennsylvania, section C
 * ("nominal data, any number of observers, missing data"): 4 observers, 12 units, values 1–5, `null` missing.
 * Published: α_nominal = 0.743, α_ordinal = 0.815, α_interval = 0.849, α_ratio = 0.797.
 */
export const KRIPPENDORFF_C = {
  A: [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  C: [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
};

/**
 * Krippendorff (2011), section A ("binary or dichotomous data, two observers, no missing data"):
 * 10 units. Published: α_nominal = 0.095.
 */
export const KRIPPENDORFF_A = {
  A: [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
  B: [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
};

/** Values on a scale: level indices 0–4, or "points" k/7 (0–4) whose float sums depend on their order. */
const arbitraryScale = fc.oneof(
  fc.constant(fc.integer({ min: 0, max: 4 })),
  fc.constant(fc.integer({ min: 0, max: 28 }).map((k) => k / 7)),
);

/**
 * Arbitrary reliability records: up to 10 units × up to 4 coders, values on one scale or missing (`null`, or
 * no record at all), in a random order. Unit and coder ids are short strings, some non-ASCII.
 */
export const arbitraryRecords: fc.Arbitrary<ReliabilityRecord[]> = fc
  .record({
    units: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 0, maxLength: 10 }),
    coders: fc.uniqueArray(fc.constantFrom("A", "B", "C", "é", "Ω", "z1"), { minLength: 1, maxLength: 4 }),
    scale: arbitraryScale,
  })
  .chain(({ units, coders, scale }) =>
    fc
      .array(fc.option(fc.option(scale, { nil: null }), { nil: undefined }), {
        minLength: units.length * coders.length,
        maxLength: units.length * coders.length,
      })
      .map((cells) =>
        cells.flatMap((value, i) =>
          value === undefined
            ? []
            : [{ unit: units[Math.floor(i / coders.length)]!, coder: coders[i % coders.length]!, value }],
        ),
      ),
  );

/** Reorders records by a list of random sort keys (a permutation drawn by fast-check). */
export function permuteRecords<T>(records: readonly T[], keys: readonly number[]): T[] {
  return records
    .map((record, i) => ({ record, key: keys[i] ?? 0, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map(({ record }) => record);
}
