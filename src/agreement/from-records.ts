/**
 * Assessor agreement of an assessment file: turns double-scored answers into reliability data for the whole
 * file and per pillar, group, indicator and entity, and summarises each one (percent agreement,
 * Krippendorff's alpha, Cohen's kappa), as the EDI did when two lawyers scored each country.
 */
import { checkArgKind, checkKind } from "../arguments.js";
import type { AssessmentRecords } from "../assessment/records.js";
import { compareCodePoints } from "../base/code-points.js";
import type { Framework, FrameworkIndicator } from "../framework/framework.js";
import { type AssessmentCell, assessmentCells, type CellAnswer, cellStatus } from "./cells.js";
import { cohenKappa, type KappaWeights } from "./kappa.js";
import type { AlphaMetric } from "./metric.js";
import { createReliabilityData, type ReliabilityRecord } from "./reliability-data.js";
import { type AgreementOptions, type AgreementSummary, agreementSummary } from "./summary.js";
import { maxOf, minOf } from "../base/extent.js";

/** The levels at which agreement is reported, from the whole file down to one entity. */
export type AgreementLevel = "file" | "pillar" | "group" | "indicator" | "entity";

/**
 * Every {@link AgreementLevel}, in report order.
 *
 * @example
 * ```ts
 * import { assessorAgreement, frameworks, validateAssessments } from "principle10";
 * import { AGREEMENT_LEVELS } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const csv = "entity,period,indicator,response,assessor\nA,2024,1.1,3,Ann\nA,2024,1.1,2,Bob\n";
 * const result = assessorAgreement(validateAssessments(csv, edi).records, edi);
 * AGREEMENT_LEVELS; // ["file", "pillar", "group", "indicator", "entity"]
 * result.groups.every((g) => AGREEMENT_LEVELS.includes(g.level)); // true
 * ```
 */
export const AGREEMENT_LEVELS: readonly AgreementLevel[] = ["file", "pillar", "group", "indicator", "entity"];

/** Options of {@link assessorAgreement}. */
export interface AssessorAgreementOptions {
  /** The metric of alpha for every group; default: chosen per group by {@link metricForIndicators}. */
  readonly metric?: AlphaMetric;
  /** The weights of Cohen's kappa; default `quadratic`. */
  readonly kappaWeights?: KappaWeights;
}

/** The statistics of one group of cells. */
export interface GroupStatistics {
  readonly level: AgreementLevel;
  /** `"all"` for the file; a pillar, group or indicator id; an entity id. */
  readonly group: string;
  /** The node's title, or the entity's name; `""` when none is known. */
  readonly title: string;
  /** The metric alpha was computed with. */
  readonly metric: AlphaMetric;
  /** Units are the group's cells; coders are the assessors who gave them a level. */
  readonly summary: AgreementSummary;
}

/** A cell whose assessors gave different answers. */
export interface CellDisagreement {
  readonly entity: string;
  readonly period: string;
  readonly indicator: string;
  readonly pillar: string;
  readonly group: string | null;
  /** Highest minus lowest level, in scale steps; `null` when an answer is *not applicable* or *missing*. */
  readonly steps: number | null;
  /** Every assessor's answer, with its line (code-point order of the assessors). */
  readonly answers: readonly CellAnswer[];
}

/** What {@link assessorAgreement} reports. */
export interface AssessorAgreement {
  /** Cells (entity × period × indicator) answered at least once. */
  readonly cells: number;
  /** Cells answered by one assessor only (left out of every statistic). */
  readonly single: number;
  /** Cells whose assessors all gave the same answer. */
  readonly agreed: number;
  /** Cells whose assessors gave different answers. */
  readonly disagreed: number;
  /** Every assessor, in code-point order. */
  readonly assessors: readonly string[];
  /** The file, then each pillar, group and indicator (framework order), then each entity (code points). */
  readonly groups: readonly GroupStatistics[];
  /** The disputed cells, largest difference first, then those where an answer is not on the scale. */
  readonly disagreements: readonly CellDisagreement[];
}

/**
 * Chooses the metric of alpha from the indicators' scales: `ordinal` when every scale is ordered (answer
 * levels such as 0–3 or no/limited/yes, where the ranks matter but not the distances), `nominal` as soon as
 * one scale is unordered. `interval` is never chosen by itself: the values are level positions (0, 1, 2, …),
 * so it would assume equal steps; ask for it (e.g. for points) with the `metric` option.
 *
 * @param indicators - the indicators whose answers are pooled.
 * @returns `ordinal` or `nominal`.
 * @throws never.
 * @example
 * ```ts
 * import { frameworks } from "principle10";
 * import { metricForIndicators } from "./from-records.js";
 * metricForIndicators(frameworks.get("edi-2015").indicators); // "ordinal"
 * ```
 */
export function metricForIndicators(indicators: Iterable<FrameworkIndicator>): AlphaMetric {
  for (const indicator of indicators) if (!indicator.scale.ordered) return "nominal";
  return "ordinal";
}

/**
 * Turns cells into reliability records: one unit per cell (its id the JSON array `[entity, period,
 * indicator]`), one coder per assessor, the value the level position (0 = the scale's lowest level). Answers
 * *not applicable* or *missing* are left out, as Krippendorff's missing values.
 *
 * @param cells - cells from {@link assessmentCells}.
 * @returns the records, for `createReliabilityData`.
 * @throws never.
 * @example
 * ```ts
 * import { frameworks, validateAssessments } from "principle10";
 * import { cellReliabilityRecords } from "./from-records.js";
 * import { assessmentCells } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const csv = "entity,period,indicator,response,assessor\nA,2024,1.1,3,Ann\nA,2024,1.1,n/a,Bob\n";
 * cellReliabilityRecords(assessmentCells(validateAssessments(csv, edi).records, edi));
 * // [{ unit: '["A","2024","1.1"]', coder: "Ann", value: 3 }]
 * ```
 */
export function cellReliabilityRecords(cells: readonly AssessmentCell[]): ReliabilityRecord[] {
  return cells.flatMap((cell) => {
    const unit = JSON.stringify([cell.entity, cell.period, cell.indicator.id]);
    return cell.answers.flatMap((a) => (a.code >= 0 ? [{ unit, coder: a.assessor, value: a.code }] : []));
  });
}

/**
 * Measures how far the assessors of an assessment file agree, for the whole file and per pillar, group,
 * indicator and entity: percent exact agreement, Krippendorff's alpha with the metric that fits the scales
 * (or `options.metric`), Cohen's kappa where a group has exactly two assessors (e.g. the two lawyers of one
 * country; elsewhere kappa is `null`, because deciding who is the "first" and who the "second" assessor of
 * each cell would be arbitrary), and the list of disputed cells with every answer and its line.
 *
 * Every statistic depends only on the set of answers: reordering the rows or renaming the assessors
 * changes no number.
 *
 * @param records - accepted records, e.g. `validateAssessments(…).records`.
 * @param framework - the framework the records were read against.
 * @param options - `metric` of alpha (default per group from the scales), `kappaWeights` (default quadratic).
 * @returns the counts, the statistics of every group and the disagreements.
 * @throws P10Error `P10_AGREEMENT_CONFLICT` as {@link assessmentCells}; `P10_AGREEMENT_OPTION` for an unknown
 *   metric or kappa weights.
 * @example
 * ```ts
 * import { assessorAgreement, frameworks, validateAssessments } from "principle10";
 * const edi = frameworks.get("edi-2015");
 * const csv = [
 *   "entity,period,indicator,response,assessor",
 *   "A,2024,1.1,3,Ann", "A,2024,1.1,2,Bob", "A,2024,1.2,1,Ann", "A,2024,1.2,1,Bob",
 * ].join("\n");
 * const result = assessorAgreement(validateAssessments(csv, edi).records, edi);
 * result.groups[0]?.summary.percent.proportion; // 0.5
 * result.disagreements[0]?.steps; // 1
 * ```
 */
export function assessorAgreement(
  records: AssessmentRecords,
  framework: Framework,
  options: AssessorAgreementOptions = {},
): AssessorAgreement {
  checkKind("records", records, "assessment records (parseAssessments(…).records)", ["length"]);
  checkArgKind("framework", framework, "framework");
  const cells = assessmentCells(records, framework);
  const buckets = new Map<AgreementLevel, Map<string, AssessmentCell[]>>(
    AGREEMENT_LEVELS.map((level) => [level, new Map()]),
  );
  const add = (level: AgreementLevel, group: string | null, cell: AssessmentCell): void => {
    if (group === null) return;
    const groups = buckets.get(level)!;
    const list = groups.get(group);
    if (list === undefined) groups.set(group, [cell]);
    else list.push(cell);
  };
  const counts = { single: 0, agreed: 0, disagreed: 0 };
  for (const cell of cells) {
    counts[cellStatus(cell)] += 1;
    add("file", "all", cell);
    add("pillar", cell.pillar, cell);
    add("group", cell.group, cell);
    add("indicator", cell.indicator.id, cell);
    add("entity", cell.entity, cell);
  }
  const nodeOrder = framework.order;
  const keysIn = (level: AgreementLevel): string[] => {
    const keys = [...buckets.get(level)!.keys()];
    if (level === "entity" || level === "file") return keys.sort(compareCodePoints);
    return nodeOrder.filter((id) => buckets.get(level)!.has(id));
  };
  const summaryOptions = options.kappaWeights === undefined ? {} : { kappaWeights: options.kappaWeights };
  const groups = AGREEMENT_LEVELS.flatMap((level) =>
    keysIn(level).map((group): GroupStatistics => {
      const members = buckets.get(level)!.get(group)!;
      const metric = options.metric ?? metricForIndicators(members.map((c) => c.indicator));
      const title =
        level === "file"
          ? framework.title
          : level === "entity"
            ? (records.entityNames.get(group) ?? "")
            : (framework.nodes.get(group)?.title ?? "");
      const summary = groupSummary(cellReliabilityRecords(members), { metric, ...summaryOptions });
      return { level, group, title, metric, summary };
    }),
  );
  const assessors = [...new Set(cells.flatMap((c) => c.answers.map((a) => a.assessor)))].sort(
    compareCodePoints,
  );
  return { cells: cells.length, ...counts, assessors, groups, disagreements: listCellDisagreements(cells) };
}

/**
 * {@link agreementSummary} of the records, without a units × assessors matrix when there are more than two
 * assessors: kappa is then undefined whatever the answers, and every other statistic depends only on the
 * values within each unit (Krippendorff 2011, section C). So each unit's values are given slot names (its
 * assessors in code-point order become "1", "2", …) and the matrix is units × the most answers in one unit;
 * the real number of assessors, the kappa result and the assessors of each disagreement are put back. The
 * result equals the summary of the full matrix exactly; the full matrix would cost time in units × assessors,
 * which in EDI-like files (two lawyers per country) grows with the square of the number of countries.
 */
function groupSummary(records: readonly ReliabilityRecord[], options: AgreementOptions): AgreementSummary {
  const assessors = [...new Set(records.map((r) => r.coder))].sort(compareCodePoints);
  if (assessors.length <= 2) return agreementSummary(createReliabilityData(records), options);
  const assessorOf = new Map<string, string>(); // JSON [unit, slot] → assessor
  const slotted: ReliabilityRecord[] = [];
  let first = 0;
  records.forEach((r, i) => {
    // cellReliabilityRecords lists each unit's records together, assessors in code-point order.
    if (i > 0 && records[i - 1]!.unit !== r.unit) first = i;
    const slot = String(i - first + 1);
    assessorOf.set(JSON.stringify([r.unit, slot]), r.coder);
    slotted.push({ unit: r.unit, coder: slot, value: r.value });
  });
  const summary = agreementSummary(createReliabilityData(slotted), options);
  const disagreements = summary.disagreements.map((d) => ({
    ...d,
    values: d.values
      .map((v) => ({ coder: assessorOf.get(JSON.stringify([d.unit, v.coder]))!, value: v.value }))
      .sort((a, b) => compareCodePoints(a.coder, b.coder)),
  }));
  const kappaOptions = options.kappaWeights === undefined ? {} : { weights: options.kappaWeights };
  // With more than two coders cohenKappa answers "needs exactly two coders" from the unit and coder lists.
  const all = { units: [...new Set(records.map((r) => r.unit))], coders: assessors, values: [] };
  return { ...summary, coders: assessors.length, kappa: cohenKappa(all, kappaOptions), disagreements };
}

/** The disputed cells, largest spread first (`null` spreads last); ties keep the cells' canonical order. */
function listCellDisagreements(cells: readonly AssessmentCell[]): CellDisagreement[] {
  const found = cells
    .filter((cell) => cellStatus(cell) === "disagreed")
    .map((cell): CellDisagreement => {
      const codes = cell.answers.map((a) => a.code);
      const steps = codes.every((c) => c >= 0) ? maxOf(codes) - minOf(codes) : null;
      const { entity, period, pillar, group, answers } = cell;
      return { entity, period, indicator: cell.indicator.id, pillar, group, steps, answers };
    });
  return found.sort((a, b) => (b.steps ?? -1) - (a.steps ?? -1));
}
