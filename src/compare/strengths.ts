/**
 * Strengths and weaknesses of one entity: the guidelines (groups) and indicators where its score lies
 * furthest above and below the cohort, the units of the same period. The cohort's centre is its median by
 * default (robust to one outlying country in a small cohort), or its mean; differences are exact.
 */
import { checkArgKind } from "../arguments.js";
import { compareCodePoints } from "../base/code-points.js";
import type { Dec } from "../decimal.js";
import { P10Error } from "../errors.js";
import type { ScoreSet, UnitScores } from "../score/types.js";
import { decimalStatistics } from "./group-summary.js";

/** Options of {@link strengthsAndWeaknesses}. */
export interface StrengthsOptions {
  /** How many strengths and how many weaknesses of each kind; default 3. */
  readonly k?: number;
  /** The index (its id in the method); default the first. */
  readonly index?: string;
  /** The cohort's centre: `median` (default) or `mean`. */
  readonly versus?: "median" | "mean";
}

/** A group or indicator compared with the cohort. */
export interface CohortComparison {
  readonly id: string;
  readonly title: string;
  /** The entity's score (a group) or normalised value (an indicator). */
  readonly score: Dec;
  /** The cohort's median or mean, over the units of the period with a value (the entity included). */
  readonly cohort: Dec;
  /** How many units of the period have a value. */
  readonly cohortSize: number;
  /** `score − cohort`, exact. */
  readonly difference: Dec;
}

/** The furthest above (`strengths`, largest difference first) and below (`weaknesses`, lowest first). */
export interface StrengthsAndWeaknesses {
  readonly entity: string;
  readonly period: string;
  readonly index: string;
  readonly versus: "median" | "mean";
  readonly groups: { readonly strengths: CohortComparison[]; readonly weaknesses: CohortComparison[] };
  readonly indicators: { readonly strengths: CohortComparison[]; readonly weaknesses: CohortComparison[] };
}

/**
 * Finds where one entity stands out from its cohort (same period): the top `k` groups and indicators above
 * the cohort's centre and the bottom `k` below it. Only strictly positive differences are strengths and
 * strictly negative ones weaknesses; ties keep framework order. Items without a value for the entity are
 * left out.
 *
 * @param scoreSet - the scores.
 * @param entity - the entity id.
 * @param period - the period (the cohort is every unit of this period).
 * @param options - `k` (default 3), `index`, `versus` (`median` by default).
 * @returns the strengths and weaknesses.
 * @throws P10Error `P10_UNKNOWN_UNIT` when the entity has no results in the period; `P10_UNKNOWN_INDEX`.
 * @example
 * ```ts
 * import { frameworks, methods, score, strengthsAndWeaknesses } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [
 *   { entity: "AA", period: "2024", indicator: "1.1", code: 3 },
 *   { entity: "BB", period: "2024", indicator: "1.1", code: 1 },
 *   { entity: "CC", period: "2024", indicator: "1.1", code: 2 },
 * ]);
 * const sw = strengthsAndWeaknesses(score(ds, edi, methods.get("edi-2015")), "AA", "2024");
 * sw.groups.strengths[0]?.id; // "G1" (3 against a median of 2)
 * ```
 */
export function strengthsAndWeaknesses(
  scoreSet: ScoreSet,
  entity: string,
  period: string,
  options: StrengthsOptions = {},
): StrengthsAndWeaknesses {
  checkArgKind("scoreSet", scoreSet, "scoreSet");
  const k = options.index === undefined ? 0 : scoreSet.indices.findIndex((ix) => ix.id === options.index);
  const index = scoreSet.indices[k];
  if (index === undefined) {
    throw new P10Error("P10_UNKNOWN_INDEX", `method ${scoreSet.method.id} has no index "${options.index}"`);
  }
  const cohort = scoreSet.units.filter((u) => u.period === period);
  const unit = cohort.find((u) => u.entity === entity);
  if (unit === undefined) {
    const entities = cohort.map((u) => u.entity).sort(compareCodePoints);
    throw new P10Error(
      "P10_UNKNOWN_UNIT",
      `entity "${entity}" has no results in period "${period}"` +
        (entities.length === 0
          ? " (no entity has)"
          : ` (assessed then: ${entities.slice(0, 20).join(", ")})`),
    );
  }
  const versus = options.versus ?? "median";
  const top = options.k ?? 3;
  const groupItems = index.nodes
    .filter((n) => n.level === "group")
    .map((n) => ({
      id: n.id,
      title: n.title,
      value: (u: UnitScores) => u.indices[k]?.nodes[n.pos]?.score ?? null,
    }));
  const indicatorItems = index.indicators.map((i) => ({
    id: i.id,
    title: scoreSet.framework.indicatorById.get(i.id)?.title ?? i.id,
    value: (u: UnitScores) => u.indices[k]?.indicators[i.pos]?.value ?? null,
  }));
  const compare = (items: typeof groupItems) => split(compareAll(items, unit, cohort, versus), top);
  return {
    entity,
    period,
    index: index.id,
    versus,
    groups: compare(groupItems),
    indicators: compare(indicatorItems),
  };
}

interface Item {
  readonly id: string;
  readonly title: string;
  readonly value: (u: UnitScores) => Dec | null;
}

function compareAll(
  items: readonly Item[],
  unit: UnitScores,
  cohort: readonly UnitScores[],
  versus: "median" | "mean",
): CohortComparison[] {
  return items.flatMap((item) => {
    const score = item.value(unit);
    if (score === null) return [];
    const values = cohort.flatMap((u) => {
      const v = item.value(u);
      return v === null ? [] : [v];
    });
    const centre = decimalStatistics(values)[versus] as Dec;
    return [
      {
        id: item.id,
        title: item.title,
        score,
        cohort: centre,
        cohortSize: values.length,
        difference: score.minus(centre),
      },
    ];
  });
}

function split(
  all: readonly CohortComparison[],
  top: number,
): { strengths: CohortComparison[]; weaknesses: CohortComparison[] } {
  // Array.prototype.sort is stable: equal differences keep framework order.
  const strengths = all
    .filter((c) => c.difference.gt(0))
    .sort((a, b) => b.difference.comparedTo(a.difference))
    .slice(0, top);
  const weaknesses = all
    .filter((c) => c.difference.lt(0))
    .sort((a, b) => a.difference.comparedTo(b.difference))
    .slice(0, top);
  return { strengths, weaknesses };
}
