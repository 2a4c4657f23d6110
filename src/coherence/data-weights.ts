/**
 * Data-driven weights, written out as an explicit-weights method so the choice is reviewable and
 * reproducible (OECD/JRC Handbook 2008, §6.1–6.2). Two schemes, both as COINr 1.1.14 computes them:
 *
 * - `pca` (`get_PCA(by_groups = TRUE)`, `R/PCA.R`): within each parent, the children's weights are the
 *   loadings of the first principal component of the children, on complete cases, centred and scaled.
 *   Caveats (Handbook §6.1): the first component maximises explained variance, not relevance; loadings
 *   depend on the cohort; signs are arbitrary, so they are fixed (loadings summing ≥ 0) and a negative
 *   loading left after that is refused, since a weight cannot be negative.
 * - `balance` (`get_opt_weights(optype = "balance", itarg = "equal")`, `R/weights.R`): the weights of every
 *   element of a level chosen so that their Pearson correlations with the index are as equal as possible:
 *   Nelder–Mead (as R's `optim`, `reltol` 0.1, `maxit` 500) from equal weights on
 *   log(Σ (1/n − rᵢ/Σr)² / n), where weights are normalised to sum to 1 at each step. The index is
 *   re-aggregated at each step by the float fast path (checked against the exact engine to 1e-9).
 */
import { P10Error, type P10Issue } from "../errors.js";
import type { Method } from "../method/schema.js";
import type { ScoreSet } from "../score/types.js";
import { compileFastModel, FastScorer, nominalRunState } from "../uncertainty/fast-scorer.js";
import { type CoherenceElement, indexColumns, periodsOf } from "./columns.js";
import { plainDecimal, withExplicitWeights } from "./explicit-weights.js";
import { pairMoments, pearsonFromMoments } from "./moments.js";
import { nelderMead } from "./nelder-mead.js";
import { principalComponents } from "./pca.js";

/** The levels whose weights can be derived. */
export type WeightLevel = "pillar" | "group" | "indicator";

/** Options of {@link pcaWeights} and {@link balanceWeights}. */
export interface DataWeightsOptions {
  /** The level whose elements get the new weights. */
  readonly level: WeightLevel;
  /** The index the data come from (default: the method's first). The weights apply wherever the nodes enter. */
  readonly index?: string;
  /** The period whose units are used (default: the last in code-point order). */
  readonly period?: string;
  /** Balance only: Nelder–Mead's relative tolerance (default 0.1, COINr's) and evaluation limit (500). */
  readonly reltol?: number;
  readonly maxit?: number;
}

/** One derived weight. */
export interface DerivedWeight {
  readonly id: string;
  readonly parent: string;
  /** The weight as a float, and as written into the method (15 decimals). */
  readonly weight: number;
  readonly written: string;
}

/** The result: the new method and what was derived. */
export interface DataWeightsResult {
  readonly scheme: "pca" | "balance";
  readonly method: Method;
  readonly level: WeightLevel;
  readonly index: string;
  readonly period: string;
  readonly weights: readonly DerivedWeight[];
  /** Parents whose children kept their weights, and why (PCA: a single child, too few complete units, a constant child, mixed levels). */
  readonly kept: readonly { readonly parent: string; readonly reason: string }[];
  /** Balance: each element's correlation with the index under the new weights, Nelder–Mead's evaluations and convergence code. */
  readonly balance?: {
    readonly correlations: readonly (number | null)[];
    readonly evaluations: number;
    readonly convergence: number;
  };
}

const PLACES = 15;

function choose(scoreSet: ScoreSet, options: DataWeightsOptions): { k: number; period: string } {
  const k = options.index === undefined ? 0 : scoreSet.indices.findIndex((x) => x.id === options.index);
  if (k < 0) {
    throw new P10Error(
      "P10_INVALID_ARGUMENT",
      `no index "${options.index}" in method ${scoreSet.method.id} (indices: ${scoreSet.indices.map((x) => x.id).join(", ")})`,
    );
  }
  const periods = periodsOf(scoreSet);
  const period = options.period ?? periods[periods.length - 1];
  if (period === undefined || !periods.includes(period)) {
    throw new P10Error(
      "P10_INVALID_ARGUMENT",
      `no period "${options.period ?? ""}" in the data (periods: ${periods.join(", ") || "none"})`,
    );
  }
  return { k, period };
}

function finish(
  scoreSet: ScoreSet,
  scheme: DataWeightsResult["scheme"],
  options: DataWeightsOptions,
  k: number,
  period: string,
  derived: { id: string; parent: string; weight: number }[],
  kept: DataWeightsResult["kept"],
  balance?: DataWeightsResult["balance"],
): DataWeightsResult {
  const negative = derived.filter((d) => d.weight < 0);
  if (negative.length > 0) {
    const issues: P10Issue[] = negative.map((d) => ({
      code: "P10_WEIGHTS_NEGATIVE",
      severity: "error",
      path: d.id,
      message: `${scheme} weight of ${d.id} (in ${d.parent}) is ${plainDecimal(d.weight, 6)}: a weight cannot be negative`,
    }));
    throw new P10Error(
      "P10_WEIGHTS_NEGATIVE",
      `${negative.length} ${scheme} weight${negative.length === 1 ? " is" : "s are"} negative (first: ${issues[0]?.message}); these data do not support ${scheme} weights at level ${options.level}`,
      issues,
    );
  }
  const weights = derived.map((d) => ({ ...d, written: plainDecimal(d.weight, PLACES) }));
  const index = scoreSet.indices[k]?.id ?? "";
  const base = withExplicitWeights(
    scoreSet.method,
    Object.fromEntries(weights.map((w) => [w.id, w.written])),
  );
  const what =
    scheme === "pca"
      ? "the loadings of the first principal component of each parent's children (complete cases, centred and scaled; COINr get_PCA)"
      : "balanced so that each element's Pearson correlation with the index is as equal as possible (COINr get_opt_weights, optype balance)";
  const method: Method = {
    ...base,
    description: `${scoreSet.method.description} Data-driven weights (${scheme}) at the ${options.level} level: ${what}, from index ${index}, period ${period}, ${scoreSet.units.filter((u) => u.period === period).length} units.`,
  };
  return {
    scheme,
    method,
    level: options.level,
    index,
    period,
    weights,
    kept,
    ...(balance === undefined ? {} : { balance }),
  };
}

/**
 * PCA weights: within each parent whose children are all of the level, the first principal component's
 * loadings (see the module comment for the definition and caveats).
 *
 * @param scoreSet - the scores under the current method.
 * @param options - level, index, period.
 * @returns the new method and the derived weights.
 * @throws P10Error `P10_WEIGHTS_NEGATIVE` when a loading is negative; `P10_COHERENCE_WEIGHTING` for a
 *   method not weighted nested-equal or explicit; `P10_INVALID_ARGUMENT` for an unknown index or period.
 */
export function pcaWeights(scoreSet: ScoreSet, options: DataWeightsOptions): DataWeightsResult {
  const { k, period } = choose(scoreSet, options);
  const data = indexColumns(scoreSet, k, period);
  const derived: { id: string; parent: string; weight: number }[] = [];
  const kept: { parent: string; reason: string }[] = [];
  for (const [parent, kids] of data.children) {
    if (!kids.some((c) => c.level === options.level)) continue;
    if (!kids.every((c) => c.level === options.level)) {
      kept.push({ parent, reason: "children of mixed levels" });
      continue;
    }
    const pca = principalComponents(kids.map((c) => data.columns[c.column] as Float64Array));
    if ("reason" in pca) {
      kept.push({ parent, reason: `${pca.reason} (${pca.n} complete units)` });
      continue;
    }
    kids.forEach((c, i) => derived.push({ id: c.id, parent, weight: pca.loadings[i] as number }));
  }
  return finish(scoreSet, "pca", options, k, period, derived, kept);
}

/**
 * Balanced weights: every element of the level weighted so that the elements' Pearson correlations with
 * the index are as equal as possible (see the module comment).
 *
 * @param scoreSet - the scores under the current method.
 * @param options - level, index, period, and Nelder–Mead's `reltol` and `maxit`.
 * @returns the new method, the weights (normalised to sum to 1 over the level) and the correlations reached.
 * @throws P10Error `P10_WEIGHTS_BALANCE` when a correlation cannot be formed under the starting weights;
 *   `P10_WEIGHTS_NEGATIVE`, `P10_COHERENCE_WEIGHTING`, `P10_INVALID_ARGUMENT` as {@link pcaWeights}.
 */
export function balanceWeights(scoreSet: ScoreSet, options: DataWeightsOptions): DataWeightsResult {
  const { k, period } = choose(scoreSet, options);
  withExplicitWeights(scoreSet.method, {}); // refuses other schemes before any work
  const data = indexColumns(scoreSet, k, period);
  const elements = data.elements.filter((e) => e.level === options.level);
  const model = compileFastModel(scoreSet.dataset, scoreSet.framework, scoreSet.method);
  const fast = model.indices[k];
  if (fast === undefined || elements.length < 2) {
    throw new P10Error(
      "P10_WEIGHTS_BALANCE",
      `balancing needs at least two elements at the ${options.level} level of index ${data.index}; found ${elements.length}`,
    );
  }
  const slots = elements.map((e) => fast.childIds.indexOf(e.id));
  const state = nominalRunState(model);
  const scorer = new FastScorer(model);
  const nodes = fast.nodeIds.length;
  const out = new Float64Array(model.unitCount * nodes);
  const indexColumn = new Float64Array(data.units.length);
  const correlationsAt = (w: readonly number[]): (number | null)[] => {
    let sum = 0;
    for (const x of w) sum += x;
    const weights = state.weights[k] as Float64Array;
    slots.forEach((slot, j) => {
      weights[slot] = (w[j] as number) / sum;
    });
    scorer.scoreIndex(state, k, out);
    data.units.forEach((u, row) => {
      indexColumn[row] = out[u * nodes] as number;
    });
    return elements.map((e: CoherenceElement) =>
      pearsonFromMoments(pairMoments(data.columns[e.column] as Float64Array, indexColumn)),
    );
  };
  const n = elements.length;
  const objective = (w: readonly number[]): number => {
    const crs = correlationsAt(w);
    if (crs.some((r) => r === null)) return Number.NaN;
    let total = 0;
    for (const r of crs) total += r as number;
    let squares = 0;
    for (const r of crs) squares += (1 / n - (r as number) / total) ** 2;
    return Math.log(squares / n);
  };
  let result: ReturnType<typeof nelderMead>;
  try {
    result = nelderMead(
      objective,
      elements.map(() => 1 / n),
      {
        reltol: options.reltol ?? 0.1,
        maxit: options.maxit ?? 500,
      },
    );
  } catch {
    throw new P10Error(
      "P10_WEIGHTS_BALANCE",
      `cannot balance the ${options.level} weights of index ${data.index}: some element's correlation with the index cannot be formed under equal weights (a constant element, or fewer than two units)`,
    );
  }
  let sum = 0;
  for (const x of result.par) sum += x;
  const weights = result.par.map((x) => x / sum);
  const correlations = correlationsAt(weights);
  const derived = elements.map((e, j) => ({
    id: e.id,
    parent: e.parent ?? "",
    weight: weights[j] as number,
  }));
  return finish(scoreSet, "balance", options, k, period, derived, [], {
    correlations,
    evaluations: result.evaluations,
    convergence: result.convergence,
  });
}
