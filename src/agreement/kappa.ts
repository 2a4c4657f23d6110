/**
 * Cohen's kappa for two coders, unweighted or with linear or quadratic disagreement weights: Cohen (1960),
 * *A coefficient of agreement for nominal scales*; Cohen (1968), *Weighted kappa*, Psychological Bulletin 70(4).
 * Computed as κ_w = 1 − N · Σ d_ij n_ij / Σ d_ij r_i c_j over integer counts, with a single final division.
 */
import { P10Error } from "../errors.js";
import type { ReliabilityData } from "./reliability-data.js";

/** Disagreement weights d(x, y): `quadratic` (x − y)², `linear` |x − y|, `unweighted` 1 when x ≠ y. */
export type KappaWeights = "quadratic" | "linear" | "unweighted";

const KAPPA_WEIGHTS: readonly KappaWeights[] = ["quadratic", "linear", "unweighted"];

/** Options of {@link cohenKappa}. */
export interface KappaOptions {
  /** The disagreement weights; default `quadratic`. */
  readonly weights?: KappaWeights;
}

/** Why kappa is undefined. */
export type KappaUndefinedReason = "needs exactly two coders" | "no paired units" | "no variation";

/** Cohen's kappa with the counts it was computed from. */
export interface KappaResult {
  /** The weights used. */
  readonly weights: KappaWeights;
  /** κ in [−1, 1] for the quadratic and unweighted forms; `null` when undefined (see `reason`). */
  readonly kappa: number | null;
  /** `null` when kappa is defined. */
  readonly reason: KappaUndefinedReason | null;
  /** The two coders (code-point order), or `null` when the data do not have exactly two. */
  readonly coders: readonly [string, string] | null;
  /** N, the units where both coders gave a value. */
  readonly pairedUnits: number;
  /** Units skipped because at least one coder's value is missing. */
  readonly skippedUnits: number;
  /** Mean weighted disagreement observed, Σ d_ij n_ij / N; `null` without paired units. */
  readonly observedDisagreement: number | null;
  /** Mean weighted disagreement expected from the margins, Σ d_ij r_i c_j / N²; `null` without paired units. */
  readonly expectedDisagreement: number | null;
}

function weight(kind: KappaWeights, x: number, y: number): number {
  if (kind === "quadratic") return (x - y) ** 2;
  if (kind === "linear") return Math.abs(x - y);
  return x === y ? 0 : 1;
}

/**
 * Computes Cohen's kappa between the two coders of the data. The values themselves are the category
 * positions of the weights, so pass level indices (0, 1, 2, …) to weigh one step of the scale as 1; the usual
 * normalisation of the weights by (k − 1)² or k − 1 cancels out of κ. The sums run over unordered category
 * pairs, so swapping the two coders gives exactly the same κ.
 *
 * @param data - reliability data with exactly two coders (otherwise kappa is `null`).
 * @param options - `weights`: `quadratic` (default), `linear` or `unweighted`.
 * @returns kappa, the mean observed and expected disagreements and the counts used.
 * @throws P10Error `P10_AGREEMENT_OPTION` for unknown weights.
 * @example
 * ```ts
 * import { cohenKappa, createReliabilityData } from "principle10/advanced";
 * const a = [0, 1, 2, 2];
 * const b = [0, 2, 2, 1];
 * const records = a.flatMap((value, u) => [
 *   { unit: `u${u}`, coder: "A", value },
 *   { unit: `u${u}`, coder: "B", value: b[u]! },
 * ]);
 * cohenKappa(createReliabilityData(records)).kappa; // 0.6363… (= 1 − 4 · 2 / 22 = 7/11)
 * ```
 */
export function cohenKappa(data: ReliabilityData, options: KappaOptions = {}): KappaResult {
  const weights = options.weights ?? "quadratic";
  if (!KAPPA_WEIGHTS.includes(weights)) {
    const message = `unknown kappa weights ${JSON.stringify(weights)} (expected ${KAPPA_WEIGHTS.join(", ")})`;
    throw new P10Error("P10_AGREEMENT_OPTION", message);
  }
  const none = { observedDisagreement: null, expectedDisagreement: null, kappa: null };
  const [first, second] = data.coders;
  if (data.coders.length !== 2 || first === undefined || second === undefined) {
    const counts = { coders: null, pairedUnits: 0, skippedUnits: data.units.length };
    return { weights, ...counts, ...none, reason: "needs exactly two coders" };
  }
  const pairs = data.values.flatMap(([x, y]) => (x != null && y != null ? [[x, y] as const] : []));
  const n = pairs.length;
  const counts = { coders: [first, second] as const, pairedUnits: n, skippedUnits: data.units.length - n };
  if (n === 0) return { weights, ...counts, ...none, reason: "no paired units" };

  const categories = [...new Set(pairs.flat())].sort((a, b) => a - b);
  const index = new Map(categories.map((v, i) => [v, i]));
  const table = categories.map(() => categories.map(() => 0)); // n_ij: first coder i, second coder j
  for (const [x, y] of pairs) table[index.get(x)!]![index.get(y)!]! += 1;
  const rows = table.map((row) => row.reduce((s, v) => s + v, 0)); // r_i
  const cols = categories.map((_, j) => table.reduce((s, row) => s + row[j]!, 0)); // c_j

  let observed = 0; // Σ d_ij n_ij
  let expected = 0; // Σ d_ij r_i c_j
  categories.forEach((x, i) => {
    for (let j = i + 1; j < categories.length; j++) {
      const d = weight(weights, x, categories[j]!);
      observed += d * (table[i]![j]! + table[j]![i]!);
      expected += d * (rows[i]! * cols[j]! + rows[j]! * cols[i]!);
    }
  });
  const disagreements = { observedDisagreement: observed / n, expectedDisagreement: expected / (n * n) };
  if (expected === 0) return { weights, ...counts, ...disagreements, kappa: null, reason: "no variation" };
  return { weights, ...counts, ...disagreements, kappa: 1 - (n * observed) / expected, reason: null };
}
