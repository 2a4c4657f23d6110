/**
 * The statistical coherence of an index on its data, as the JRC audits composite indices (OECD/JRC
 * Handbook 2008, §5 and §7; COINr 1.1.14): correlations with the parent and the index with flags,
 * sibling collinearity, Cronbach's alpha, PCA of every node's children, nominal against effective
 * weights, and the rank shifts when one element is removed.
 */
import { checkArgKind } from "../arguments.js";
import { P10Error } from "../errors.js";
import type { ScoreSet } from "../score/types.js";
import { type AlphaRow, alphaRows } from "./alpha.js";
import { indexColumns, periodsOf } from "./columns.js";
import {
  type CorrelationThresholds,
  DEFAULT_THRESHOLDS,
  type ElementCorrelation,
  parentCorrelations,
  type SiblingCorrelation,
  siblingCorrelations,
} from "./correlations.js";
import { type WeightRow, weightRows } from "./effective-weights.js";
import { type PcaRow, pcaRows } from "./pca.js";
import { type RemovalLevel, type RemovalResult, removeOneElement } from "./remove-one.js";

/** Options of {@link analyseCoherence}. */
export interface CoherenceOptions {
  /** The coefficient the flags read: `pearson` (default, as COINr) or `spearman`. */
  readonly correlation?: CorrelationThresholds["type"];
  /** Significance level of the correlation with the parent (default 0.05, COINr's `pval`). */
  readonly pValue?: number;
  /** Siblings correlating above this are flagged collinear (default 0.9, COINr's `cor_thresh`). */
  readonly collinear?: number;
  /**
   * The level whose elements are removed one at a time; `none` skips the analysis. Default `pillar` under
   * nested-equal or explicit weights, `none` under other schemes (whose weights cannot be zeroed one by one).
   */
  readonly remove?: RemovalLevel | "none";
}

/** The coherence of one index in one period. */
export interface IndexCoherence {
  readonly index: string;
  readonly period: string;
  /** The number of units of the period. */
  readonly units: number;
  readonly correlations: readonly ElementCorrelation[];
  readonly siblings: readonly SiblingCorrelation[];
  readonly alpha: readonly AlphaRow[];
  readonly pca: readonly PcaRow[];
  readonly weights: readonly WeightRow[];
  /** The remove-one analysis, `null` under `remove: "none"`. */
  readonly removal: RemovalResult | null;
}

/** The whole analysis. */
export interface CoherenceReport {
  readonly framework: string;
  readonly method: string;
  readonly thresholds: CorrelationThresholds;
  readonly remove: RemovalLevel | "none";
  /** One entry per index (method order) and period (code-point order). */
  readonly results: readonly IndexCoherence[];
}

/**
 * Analyses the statistical coherence of every index of a ScoreSet, per period: each element's Pearson
 * and Spearman correlation with its parent and with the index (flagged when negative or insignificant),
 * collinear siblings, Cronbach's alpha per node, PCA of every node's children on complete cases, nominal
 * against effective weights, and (unless `remove: "none"`) every unit's rank shift when one pillar, group
 * or indicator is removed. Statistics are floats (they describe the scores, they are not scores); the
 * rank shifts come from the exact engine. Definitions follow COINr 1.1.14, cited in each module.
 *
 * @param scoreSet - the scores (from `score`).
 * @param options - flag thresholds and the remove-one level.
 * @returns the report.
 * @throws P10Error `P10_INVALID_ARGUMENT` for a threshold outside its range; `P10_COHERENCE_WEIGHTING`
 *   when elements are to be removed under a weighting scheme other than nested-equal or explicit.
 * @example
 * ```ts
 * import { analyseCoherence, frameworks, methods, score } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [
 *   { entity: "AA", period: "2024", indicator: "1.1", code: 1 },
 *   { entity: "AA", period: "2024", indicator: "1.2", code: 0 },
 *   { entity: "BB", period: "2024", indicator: "1.1", code: 2 },
 *   { entity: "BB", period: "2024", indicator: "1.2", code: 3 },
 *   { entity: "CC", period: "2024", indicator: "1.1", code: 3 },
 *   { entity: "CC", period: "2024", indicator: "1.2", code: 2 },
 * ]);
 * const report = analyseCoherence(score(ds, edi, methods.get("edi-2015")), { remove: "none" });
 * const r = report.results[0]?.siblings.find((s) => s.a === "1.1" && s.b === "1.2");
 * r?.correlation.pearson; // 0.6546536707079772 (= √3/√7: x = 1, 2, 3 against y = 0, 3, 2)
 * ```
 */
export function analyseCoherence(scoreSet: ScoreSet, options: CoherenceOptions = {}): CoherenceReport {
  checkArgKind("scoreSet", scoreSet, "scoreSet");
  const thresholds: CorrelationThresholds = {
    type: options.correlation ?? DEFAULT_THRESHOLDS.type,
    pValue: options.pValue ?? DEFAULT_THRESHOLDS.pValue,
    collinear: options.collinear ?? DEFAULT_THRESHOLDS.collinear,
  };
  if (!(thresholds.pValue >= 0 && thresholds.pValue <= 1)) {
    throw new P10Error("P10_INVALID_ARGUMENT", `pValue must lie in [0, 1], got ${thresholds.pValue}`);
  }
  if (!(thresholds.collinear >= -1 && thresholds.collinear <= 1)) {
    throw new P10Error("P10_INVALID_ARGUMENT", `collinear must lie in [−1, 1], got ${thresholds.collinear}`);
  }
  const scheme = scoreSet.method.weighting.scheme;
  const remove = options.remove ?? (scheme === "nested-equal" || scheme === "explicit" ? "pillar" : "none");
  const removals = remove === "none" ? [] : removeOneElement(scoreSet, remove);
  const periods = periodsOf(scoreSet);
  const results = scoreSet.indices.flatMap((descriptor, k) =>
    periods.map((period): IndexCoherence => {
      const data = indexColumns(scoreSet, k, period);
      return {
        index: descriptor.id,
        period,
        units: data.units.length,
        correlations: parentCorrelations(data, thresholds),
        siblings: siblingCorrelations(data, thresholds),
        alpha: alphaRows(data),
        pca: pcaRows(data),
        weights: weightRows(data, descriptor),
        removal: removals.find((r) => r.index === descriptor.id && r.period === period) ?? null,
      };
    }),
  );
  return {
    framework: scoreSet.framework.id,
    method: scoreSet.method.id,
    thresholds,
    remove,
    results,
  };
}
