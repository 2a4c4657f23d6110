/**
 * Every agreement statistic of one set of reliability data at once, for the whole file or per group (pillar,
 * guideline, indicator, entity): percent agreement, Krippendorff's alpha, Cohen's kappa and the disagreements.
 */
import { compareCodePoints } from "../base/code-points.js";
import { type Disagreement, listDisagreements } from "./disagreements.js";
import { type KappaResult, type KappaWeights, cohenKappa } from "./kappa.js";
import { type AlphaResult, krippendorffAlpha } from "./krippendorff.js";
import type { AlphaMetric } from "./metric.js";
import { type PercentAgreement, percentAgreement } from "./percent.js";
import { type ReliabilityData, selectUnits } from "./reliability-data.js";

/** Options of {@link agreementSummary}. */
export interface AgreementOptions {
  /** The metric of alpha: `ordinal` for answer levels, `interval` for points, `nominal` for codes. */
  readonly metric: AlphaMetric;
  /** The weights of kappa; default `quadratic`. */
  readonly kappaWeights?: KappaWeights;
}

/** The agreement statistics of one set of reliability data. */
export interface AgreementSummary {
  /** Units in the data (pairable or not). */
  readonly units: number;
  /** Coders in the data. */
  readonly coders: number;
  readonly percent: PercentAgreement;
  readonly alpha: AlphaResult;
  /** Defined only when the data have exactly two coders (otherwise `kappa: null` with a reason). */
  readonly kappa: KappaResult;
  /** Units whose coders differ, largest difference first. */
  readonly disagreements: readonly Disagreement[];
}

/**
 * Computes percent agreement, alpha, kappa and the disagreements of the data.
 *
 * @param data - the reliability data.
 * @param options - `metric` of alpha; `kappaWeights` (default `quadratic`).
 * @returns the summary.
 * @throws P10Error `P10_AGREEMENT_OPTION` for an unknown metric or weights; `P10_AGREEMENT_INPUT` for a
 *   negative value under the ratio metric.
 * @example
 * ```ts
 * import { agreementSummary, createReliabilityData } from "principle10/advanced";
 * const data = createReliabilityData([
 *   { unit: "u1", coder: "A", value: 3 }, { unit: "u1", coder: "B", value: 3 },
 *   { unit: "u2", coder: "A", value: 1 }, { unit: "u2", coder: "B", value: 2 },
 * ]);
 * agreementSummary(data, { metric: "ordinal" }).percent.proportion; // 0.5
 * ```
 */
export function agreementSummary(data: ReliabilityData, options: AgreementOptions): AgreementSummary {
  const kappaOptions = options.kappaWeights === undefined ? {} : { weights: options.kappaWeights };
  return {
    units: data.units.length,
    coders: data.coders.length,
    percent: percentAgreement(data),
    alpha: krippendorffAlpha(data, { metric: options.metric }),
    kappa: cohenKappa(data, kappaOptions),
    disagreements: listDisagreements(data),
  };
}

/** The summary of one group of units. */
export interface GroupAgreement {
  /** The group key, as `groupOf` returned it. */
  readonly group: string;
  readonly summary: AgreementSummary;
}

/**
 * Splits the units into groups and summarises each one: e.g. `groupOf` maps a unit id to its pillar, its
 * guideline, its indicator or its entity. Within a group only the coders who gave it a value count, so a
 * per-entity group of double-scored EDI data has exactly its two lawyers and gets a kappa.
 *
 * @param data - the reliability data.
 * @param groupOf - the group key of a unit id.
 * @param options - as for {@link agreementSummary}.
 * @returns one entry per group, in code-point order of the keys.
 * @throws P10Error as {@link agreementSummary}.
 * @example
 * ```ts
 * import { agreementByGroup, createReliabilityData } from "principle10/advanced";
 * const data = createReliabilityData([
 *   { unit: "AA|1.1", coder: "A1", value: 3 }, { unit: "AA|1.1", coder: "A2", value: 2 },
 *   { unit: "BB|1.1", coder: "B1", value: 0 }, { unit: "BB|1.1", coder: "B2", value: 0 },
 * ]);
 * agreementByGroup(data, (unit) => unit.split("|")[0]!, { metric: "ordinal" }).map((g) => g.group); // ["AA", "BB"]
 * ```
 */
export function agreementByGroup(
  data: ReliabilityData,
  groupOf: (unit: string) => string,
  options: AgreementOptions,
): GroupAgreement[] {
  const keyOf = new Map(data.units.map((unit) => [unit, groupOf(unit)]));
  const groups = [...new Set(keyOf.values())].sort(compareCodePoints);
  return groups.map((group) => ({
    group,
    summary: agreementSummary(
      selectUnits(data, (unit) => keyOf.get(unit) === group),
      options,
    ),
  }));
}
