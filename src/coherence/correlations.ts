/**
 * Correlations of every element of an index with its parent, with the index, and between siblings, with
 * the flags a statistical audit looks at (OECD/JRC Handbook 2008, §5; the JRC audits of the GII and EPI):
 * an element that correlates negatively or insignificantly with its parent does not measure what its
 * parent measures; two siblings that correlate very highly measure the same thing twice.
 *
 * Definitions follow COINr 1.1.14 (`R/correlations.R`): `get_corr` correlates with
 * `stats::cor(use = "pairwise.complete.obs", method = cortype)` and treats a correlation as insignificant
 * when `cor.test`'s p-value exceeds `pval` (default 0.05); `get_corr_flags` flags pairs of siblings whose
 * correlation exceeds `cor_thresh` (default 0.9, strictly greater). Unlike `get_corr`, which blanks an
 * insignificant correlation, the value is kept and flagged. The p-value is Student's t approximation for
 * both coefficients; for Spearman's ρ on data without ties R's `cor.test` uses the exact AS 89 distribution
 * instead (answers on ordinal scales nearly always tie).
 */
import type { IndexColumns } from "./columns.js";
import { pairMoments, pairRanks, pearsonFromMoments } from "./moments.js";
import { correlationPValue } from "./student-t.js";

/** Pearson's r and Spearman's ρ of two columns over their pairwise-complete units. */
export interface CorrelationPair {
  readonly pearson: number | null;
  readonly spearman: number | null;
  /** The number of units where both values are present. */
  readonly n: number;
}

/**
 * Pearson's r and Spearman's ρ over pairwise-complete units (ρ is Pearson's r of the mid-ranks of those
 * units, as R's `cor(method = "spearman", use = "pairwise.complete.obs")`).
 *
 * @param x - a column, `NaN` where missing.
 * @param y - another column.
 * @returns both coefficients (`null` when a column is constant or fewer than two units pair up).
 */
export function correlate(x: ArrayLike<number>, y: ArrayLike<number>): CorrelationPair {
  const m = pairMoments(x, y);
  const [rx, ry] = pairRanks(x, y);
  return { pearson: pearsonFromMoments(m), spearman: pearsonFromMoments(pairMoments(rx, ry)), n: m.n };
}

/** Which coefficient the flags read. */
export type CorrelationType = "pearson" | "spearman";

/** Thresholds of the correlation flags. */
export interface CorrelationThresholds {
  /** The coefficient flags are based on (COINr's `cortype`; default `pearson`). */
  readonly type: CorrelationType;
  /** A correlation with the parent whose p-value exceeds this is insignificant (COINr's `pval`; 0.05). */
  readonly pValue: number;
  /** Siblings correlating above this are collinear (COINr's `get_corr_flags(cor_thresh)`; 0.9). */
  readonly collinear: number;
}

/** The default thresholds, COINr 1.1.14's defaults. */
export const DEFAULT_THRESHOLDS: CorrelationThresholds = { type: "pearson", pValue: 0.05, collinear: 0.9 };

/** A flag raised on an element's correlation with its parent. */
export type ParentFlag = "negative" | "insignificant";

/** One element's correlations with its parent and with the index. */
export interface ElementCorrelation {
  readonly id: string;
  readonly level: string;
  readonly parent: string;
  /** With the parent. */
  readonly withParent: CorrelationPair;
  /** The two-sided p-value of the flagged coefficient with the parent (t with n − 2 df); `null` below 3 units. */
  readonly pValue: number | null;
  /** With the index root (the same as `withParent` for a pillar). */
  readonly withIndex: CorrelationPair;
  /** `negative`: the flagged coefficient is below 0; `insignificant`: its p-value exceeds the threshold. */
  readonly flags: readonly ParentFlag[];
}

/** Two siblings' correlation. */
export interface SiblingCorrelation {
  readonly parent: string;
  readonly a: string;
  readonly b: string;
  readonly correlation: CorrelationPair;
  /** The flagged coefficient exceeds the collinearity threshold. */
  readonly collinear: boolean;
}

/**
 * Every non-root element's correlation with its parent and with the index, with flags.
 *
 * @param data - the columns of one index and period.
 * @param thresholds - the flag thresholds.
 * @returns one row per element, nodes in pre-order then indicators in framework order.
 */
export function parentCorrelations(
  data: IndexColumns,
  thresholds: CorrelationThresholds,
): ElementCorrelation[] {
  const root = data.columns[0] as Float64Array;
  return data.elements.flatMap((e): ElementCorrelation[] => {
    if (e.parent === null) return [];
    const own = data.columns[e.column] as Float64Array;
    const parent = data.byId.get(e.parent);
    if (parent === undefined) return [];
    const withParent = correlate(own, data.columns[parent.column] as Float64Array);
    const withIndex = parent.column === 0 ? withParent : correlate(own, root);
    const r = withParent[thresholds.type];
    const pValue = r === null ? null : correlationPValue(r, withParent.n);
    const flags: ParentFlag[] = [];
    if (r !== null && r < 0) flags.push("negative");
    if (pValue !== null && pValue > thresholds.pValue) flags.push("insignificant");
    return [{ id: e.id, level: e.level, parent: e.parent, withParent, pValue, withIndex, flags }];
  });
}

/**
 * The correlation of every pair of siblings (children of the same node), each pair once in framework
 * order, with the collinearity flag.
 *
 * @param data - the columns of one index and period.
 * @param thresholds - the flag thresholds.
 * @returns one row per pair.
 */
export function siblingCorrelations(
  data: IndexColumns,
  thresholds: CorrelationThresholds,
): SiblingCorrelation[] {
  const out: SiblingCorrelation[] = [];
  for (const [parent, kids] of data.children) {
    for (let i = 0; i < kids.length; i++) {
      for (let j = i + 1; j < kids.length; j++) {
        const a = kids[i] as (typeof kids)[number];
        const b = kids[j] as (typeof kids)[number];
        const correlation = correlate(
          data.columns[a.column] as Float64Array,
          data.columns[b.column] as Float64Array,
        );
        const r = correlation[thresholds.type];
        out.push({
          parent,
          a: a.id,
          b: b.id,
          correlation,
          collinear: r !== null && r > thresholds.collinear,
        });
      }
    }
  }
  return out;
}
