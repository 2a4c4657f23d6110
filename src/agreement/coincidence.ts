/**
 * The coincidence matrix of reliability data: how often value c was paired with value k inside a unit.
 * Krippendorff (2011), *Computing Krippendorff's Alpha-Reliability*, University of Pennsylvania, section C.
 */
import { type ReliabilityData, unitValues } from "./reliability-data.js";

/** The coincidences of the pairable values, with the counts they were computed from. */
export interface Coincidences {
  /** The distinct pairable values, ascending; row and column c of `matrix` is `values[c]`. */
  readonly values: readonly number[];
  /** `matrix[c][k]` = o_ck = Σ_u (number of c–k pairs in unit u) / (m_u − 1); symmetric. */
  readonly matrix: readonly (readonly number[])[];
  /** n_c = Σ_k o_ck: how many pairable values equal `values[c]`. */
  readonly marginals: readonly number[];
  /** n = Σ_c n_c, the number of pairable values. */
  readonly pairableValues: number;
  /** Units with at least two values (the pairable units). */
  readonly units: number;
  /** Units with fewer than two values, left out as Krippendorff prescribes. */
  readonly droppedUnits: number;
}

/** Counts how often each distinct value occurs in a sorted list. */
function valueCounts(sorted: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const v of sorted) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/**
 * Builds the coincidence matrix. Each unit u with m_u ≥ 2 values contributes n_uc · n_uk pairs to cell
 * (c, k) (n_uc · (n_uc − 1) on the diagonal), weighted 1 / (m_u − 1). To make the result independent of the
 * order and the names of units and coders, the integer pair counts are first summed per m_u (exactly), and
 * the divisions by m_u − 1 are then added in ascending m_u — the floats depend only on the multiset of units.
 *
 * @param data - the reliability data.
 * @returns the coincidences; all-empty when no unit has two values.
 * @throws never.
 * @example
 * ```ts
 * import { coincidences, createReliabilityData } from "principle10/advanced";
 * const data = createReliabilityData([
 *   { unit: "u1", coder: "A", value: 0 }, { unit: "u1", coder: "B", value: 1 },
 *   { unit: "u2", coder: "A", value: 0 }, { unit: "u2", coder: "B", value: 0 },
 * ]);
 * coincidences(data).matrix; // [[2, 1], [1, 0]]
 * ```
 */
export function coincidences(data: ReliabilityData): Coincidences {
  const units = data.units.map((_, u) => unitValues(data, u));
  const pairable = units.filter((values) => values.length >= 2);
  const values = [...new Set(pairable.flat())].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  // pairsBySize.get(m)[c][k]: integer number of ordered c–k pairs in the units with m values.
  const pairsBySize = new Map<number, number[][]>();
  for (const unit of pairable) {
    let pairs = pairsBySize.get(unit.length);
    if (!pairs) pairsBySize.set(unit.length, (pairs = values.map(() => values.map(() => 0))));
    const counts = [...valueCounts(unit)];
    for (const [c, nc] of counts) {
      for (const [k, nk] of counts)
        pairs[index.get(c)!]![index.get(k)!]! += c === k ? nc * (nc - 1) : nc * nk;
    }
  }
  const matrix = values.map(() => values.map(() => 0));
  for (const m of [...pairsBySize.keys()].sort((a, b) => a - b)) {
    const pairs = pairsBySize.get(m)!;
    for (let c = 0; c < values.length; c++) {
      for (let k = 0; k < values.length; k++) matrix[c]![k]! += pairs[c]![k]! / (m - 1);
    }
  }
  const marginals = values.map(() => 0);
  for (const unit of pairable) for (const v of unit) marginals[index.get(v)!]! += 1;
  return {
    values,
    matrix,
    marginals,
    pairableValues: pairable.reduce((n, unit) => n + unit.length, 0),
    units: pairable.length,
    droppedUnits: units.length - pairable.length,
  };
}
