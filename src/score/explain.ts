/**
 * Explanations: for one entity and period, the path from every answer (its CSV line, code and label,
 * normalised value, weight within its parent, effective weight, contribution) up to each index score,
 * read from a ScoreSet without scoring again — the audit trail the OECD/JRC Handbook (2008) asks of a
 * composite indicator.
 */
import type { CellCases } from "../assessment/case-answer.js";
import type { CombineRule } from "../assessment/combine.js";
import { type AnswerNote, MISSING, NOT_APPLICABLE } from "../assessment/dataset.js";
import type { Dec } from "../decimal.js";
import { P10Error } from "../errors.js";
import type { NodeLevel } from "../framework/schema.js";
import { type NormalisationStatistic, recordsStatistics } from "../method/cohort.js";
import { decimalFraction, fractionToDec, parseFraction } from "../base/fraction.js";
import { transformText, transformValue } from "../method/kinds.js";
import { nodeBand } from "../method/presentation.js";
import type { AggregationSpec, Presentation } from "../method/schema.js";
import type {
  AnswerCounts,
  AnswerRecord,
  IndexDescriptor,
  IndexScores,
  NullReason,
  ScoreSet,
  UnitScores,
} from "./types.js";
import type { Ruling } from "./rules.js";
import { checkArgKind, invalidArgument } from "../arguments.js";

/** An answer as the explanation shows it. */
export interface ExplainedAnswer {
  readonly status: AnswerRecord["status"];
  /** The scale code and label given, or `null` when not answered. */
  readonly code: string | null;
  readonly label: string | null;
  /** The 1-based line of the answer in its source file, or `null` when no row gave it. */
  readonly line: number | null;
  /** Assessor, source and comment, when the row carried them. */
  readonly note: AnswerNote | null;
  /** For a cell answered by several assessors and combined: the rule and every assessor's answer. */
  readonly combined: {
    readonly rule: CombineRule;
    readonly answers: readonly {
      readonly assessor: string | null;
      /** The answer as written: the level's code, `not applicable` or `missing`. */
      readonly answer: string;
      readonly line: number | null;
    }[];
  } | null;
  /** For a value combined from cases: the rule, the window and every case with its answer (only then present). */
  readonly cases?: CellCases;
  /** The applicability or evidence rule that fired for this answer (only then present). */
  readonly ruling?: Ruling;
}

/** One node of an explanation tree: an internal node with its children, or an indicator with its answer. */
export interface ExplanationNode {
  readonly id: string;
  readonly title: string;
  readonly level: NodeLevel;
  /** The node's exact score, or for an indicator the value aggregated; `null` with `reason` (nodes). */
  readonly score: Dec | null;
  /** Why an internal node has no score; always `null` for indicators (see `answer.status`). */
  readonly reason: NullReason | null;
  /** The band of the score (internal nodes, when the method has bands). */
  readonly band: string | null;
  /** How the node combines its children; `null` for indicators. */
  readonly aggregation: AggregationSpec | null;
  /** Coverage and answer counts; `null` for indicators. */
  readonly coverage: Dec | null;
  readonly answers: AnswerCounts | null;
  /** The exact score as a fraction (nodes whose subtree is linear), e.g. `"229/108"`. */
  readonly exact: string | null;
  /** Weight within the parent as used, effective weight in the index, contribution (indicators). */
  readonly weight: Dec | null;
  readonly effectiveWeight: Dec | null;
  readonly contribution: Dec | null;
  /** Effective weight and contribution as exact fractions (indicators). */
  readonly exactEffectiveWeight: string | null;
  readonly exactContribution: string | null;
  /** The answer (indicators only). */
  readonly answer: ExplainedAnswer | null;
  /** Children in framework order (internal nodes only). */
  readonly children: readonly ExplanationNode[];
  /**
   * Only under the over-time options (a scope, a reference or `normaliseNodes`): the statistics this
   * answer (indicators) or this node's aggregate (nodes in `normaliseNodes`) was normalised with, and for
   * a node its aggregate before normalisation.
   */
  readonly normalisation?: {
    readonly before: Dec | null;
    readonly statistic: NormalisationStatistic;
  };
  /**
   * Only for an answered indicator whose normalisation transforms values first: the transform, e.g.
   * `log10(x + 1)`, and the transformed value (raw → transformed → normalised).
   */
  readonly transform?: { readonly text: string; readonly value: Dec };
}

/** Everything needed to show how one unit's scores were built. */
export interface Explanation {
  readonly entity: string;
  /** The entity's display name, when the input gave one. */
  readonly entityName: string | null;
  readonly period: string;
  readonly framework: { readonly id: string; readonly version: string; readonly title: string };
  readonly method: { readonly id: string; readonly version: string; readonly title: string };
  /** The assessment file, when known. */
  readonly file: string | null;
  readonly presentation: Presentation;
  /** One tree per index, in method order. */
  readonly indices: readonly {
    readonly id: string;
    readonly title: string;
    readonly root: ExplanationNode;
  }[];
  /** Gap values per node, in method order. */
  readonly gaps: readonly {
    readonly id: string;
    readonly title: string;
    readonly minuend: string;
    readonly subtrahend: string;
    readonly nodes: readonly { readonly id: string; readonly value: Dec | null }[];
  }[];
  /** Answers to indicators that enter no index (reported, never aggregated), in framework order. */
  readonly unscored: readonly ExplanationNode[];
}

/**
 * Explains one unit's scores.
 *
 * @param scoreSet - the scores.
 * @param entity - the entity id.
 * @param period - the period.
 * @returns the explanation (render it with `formatExplanation`).
 * @throws P10Error `P10_UNKNOWN_UNIT` when the ScoreSet has no such entity and period (the message lists
 *   the periods of the entity, or says the entity is unknown).
 * @example
 * ```ts
 * import { explain, formatExplanation, frameworks, methods, score } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * const text = formatExplanation(explain(score(ds, edi, methods.get("edi-2015")), "AA", "2024"));
 * text.includes("1.1"); // true
 * ```
 */
export function explain(scoreSet: ScoreSet, entity: string, period: string): Explanation {
  checkArgKind("scoreSet", scoreSet, "scoreSet");
  if (typeof entity !== "string") throw invalidArgument("entity", "a string", entity);
  if (typeof period !== "string") throw invalidArgument("period", "a string", period);
  return explainUnit(scoreSet, findUnit(scoreSet, entity, period));
}

/**
 * Explains every unit of a ScoreSet, one after another, in the ScoreSet's order (entity, then period), made
 * as they are read: `p10 explain --all` streams them without holding more than one.
 *
 * @param scoreSet - the scores.
 * @param period - only the units of this period (default: every unit).
 * @returns the explanations, as `explain` gives each.
 */
export function* explainEach(scoreSet: ScoreSet, period?: string): Generator<Explanation, void, undefined> {
  checkArgKind("scoreSet", scoreSet, "scoreSet");
  for (const unit of scoreSet.units) {
    if (period === undefined || unit.period === period) yield explainUnit(scoreSet, unit);
  }
}

/** The explanation of one unit of the set. */
function explainUnit(scoreSet: ScoreSet, unit: UnitScores): Explanation {
  const { entity, period } = unit;
  const { framework, method, dataset } = scoreSet;
  const width = framework.indicators.length;
  const answerOf = (ordinal: number): ExplainedAnswer => {
    const record = unit.answers[ordinal] as AnswerRecord;
    const cell = unit.unit * width + ordinal;
    const line = dataset.lines[cell] ?? 0;
    const combination = dataset.combinations?.get(cell);
    const cases = dataset.cases?.get(cell);
    const ruling = scoreSet.rulings?.get(cell);
    const levels = framework.indicators[ordinal]?.scale.levels ?? [];
    const written = (code: number): string =>
      code === NOT_APPLICABLE ? "not applicable" : code === MISSING ? "missing" : (levels[code]?.code ?? "?");
    return {
      status: record.status,
      code: record.code,
      label: record.label,
      line: line > 0 ? line : null,
      note: dataset.notes.get(cell) ?? null,
      combined:
        combination === undefined
          ? null
          : {
              rule: combination.rule,
              answers: combination.answers.map((a) => ({
                assessor: a.assessor,
                answer: written(a.code),
                line: a.line > 0 ? a.line : null,
              })),
            },
      ...(cases === undefined ? {} : { cases }),
      ...(ruling === undefined ? {} : { ruling }),
    };
  };
  const statisticOf = statisticFinder(scoreSet, period);
  const indices = scoreSet.indices.map((index, k) => ({
    id: index.id,
    title: index.title,
    root: indexTree(scoreSet, index, unit.indices[k] as IndexScores, answerOf, statisticOf, unit.answers),
  }));
  const entering = new Set(scoreSet.indices.flatMap((x) => x.indicators.map((i) => i.ordinal)));
  const unscored = framework.indicators
    .filter((i) => !entering.has(i.ordinal))
    .map(
      (i): ExplanationNode => ({
        ...leafBase(i.id, i.title),
        score: unit.answers[i.ordinal]?.value ?? null,
        answer: answerOf(i.ordinal),
      }),
    );
  const gaps = scoreSet.gaps.map((gap, g) => ({
    id: gap.id,
    title: gap.title,
    minuend: gap.minuend,
    subtrahend: gap.subtrahend,
    nodes: gap.nodes.map((n, j) => ({ id: n.id, value: unit.gaps[g]?.values[j] ?? null })),
  }));
  return {
    entity,
    entityName: dataset.entityNames.get(entity) ?? null,
    period,
    framework: { id: framework.id, version: framework.version, title: framework.title },
    method: { id: method.id, version: method.version, title: method.title },
    file: dataset.file ?? null,
    presentation: method.presentation,
    indices,
    gaps,
    unscored,
  };
}

function findUnit(scoreSet: ScoreSet, entity: string, period: string): UnitScores {
  const unit = scoreSet.units.find((u) => u.entity === entity && u.period === period);
  if (unit !== undefined) return unit;
  const periods = scoreSet.units.filter((u) => u.entity === entity).map((u) => u.period);
  throw new P10Error(
    "P10_UNKNOWN_UNIT",
    periods.length === 0
      ? `no entity "${entity}" in the scores`
      : `entity "${entity}" has no period "${period}" (periods: ${periods.join(", ")})`,
  );
}

function leafBase(id: string, title: string): Omit<ExplanationNode, "score" | "answer"> {
  return {
    id,
    title,
    level: "indicator",
    reason: null,
    band: null,
    aggregation: null,
    coverage: null,
    answers: null,
    weight: null,
    effectiveWeight: null,
    contribution: null,
    exact: null,
    exactEffectiveWeight: null,
    exactContribution: null,
    children: [],
  };
}

type StatisticFinder = (
  target: NormalisationStatistic["target"],
  id: string,
  index: string | null,
) => NormalisationStatistic | undefined;

/** Finds the statistic a value of the unit's period was normalised with (none without the over-time options). */
function statisticFinder(scoreSet: ScoreSet, period: string): StatisticFinder {
  if (!recordsStatistics(scoreSet.method)) return () => undefined;
  const all = scoreSet.statistics ?? [];
  return (target, id, index) =>
    all.find(
      (s) =>
        s.target === target &&
        s.id === id &&
        s.index === index &&
        (s.source !== "period" || s.period === period),
    );
}

/** The transform of an answered indicator's value, when its normalisation has one. */
function transformOf(
  scoreSet: ScoreSet,
  ordinal: number,
  answer: AnswerRecord | undefined,
): { text: string; value: Dec } | undefined {
  if (answer === undefined || answer.status !== "answered") return undefined;
  const indicator = scoreSet.framework.indicators[ordinal];
  if (indicator === undefined) return undefined;
  const own = scoreSet.method.normaliseScales ?? {};
  const spec = Object.hasOwn(own, indicator.scale.id)
    ? own[indicator.scale.id]
    : scoreSet.method.normalisation;
  const t = spec !== undefined && "transform" in spec ? spec.transform : undefined;
  if (t === undefined) return undefined;
  const level = answer.level === null ? undefined : indicator.scale.values[answer.level];
  const raw =
    level !== undefined
      ? decimalFraction(level)
      : answer.code === null
        ? undefined
        : parseFraction(answer.code);
  if (raw === undefined) return undefined;
  const y = transformValue(raw, t);
  return y === null ? undefined : { text: transformText(t), value: fractionToDec(y) };
}

/** Builds the explanation tree of one index for one unit. */
function indexTree(
  scoreSet: ScoreSet,
  index: IndexDescriptor,
  scores: IndexScores,
  answerOf: (ordinal: number) => ExplainedAnswer,
  statisticOf: StatisticFinder,
  unitAnswers: readonly AnswerRecord[],
): ExplanationNode {
  const build = (pos: number): ExplanationNode => {
    const node = index.nodes[pos] as IndexDescriptor["nodes"][number];
    const s = scores.nodes[pos] as IndexScores["nodes"][number];
    const statistic = s.raw === undefined ? undefined : statisticOf("node", node.id, index.id);
    const children = node.children.map((child): ExplanationNode => {
      if (!child.indicator) return build(child.pos);
      const d = index.indicators[child.pos] as IndexDescriptor["indicators"][number];
      const r = scores.indicators[child.pos] as IndexScores["indicators"][number];
      const title = scoreSet.framework.indicatorById.get(d.id)?.title ?? d.id;
      const statistic = r.value === null ? undefined : statisticOf("indicator", d.id, null);
      const transform = transformOf(scoreSet, d.ordinal, unitAnswers[d.ordinal]);
      return {
        ...(statistic === undefined ? {} : { normalisation: { before: null, statistic } }),
        ...(transform === undefined ? {} : { transform }),
        ...leafBase(d.id, title),
        score: r.value,
        weight: r.weight,
        effectiveWeight: r.effectiveWeight,
        contribution: r.contribution,
        exactEffectiveWeight: r.exactEffectiveWeight,
        exactContribution: r.exactContribution,
        answer: answerOf(d.ordinal),
      };
    });
    return {
      id: node.id,
      title: node.title,
      level: node.level,
      score: s.score,
      reason: s.reason,
      band: nodeBand(s.score, scoreSet.method.presentation, node.id),
      aggregation: node.aggregation,
      coverage: s.coverage,
      answers: s.answers,
      weight: s.weight,
      effectiveWeight: s.effectiveWeight,
      contribution: null,
      exact: s.exact,
      exactEffectiveWeight: null,
      exactContribution: null,
      answer: null,
      children,
      ...(statistic === undefined ? {} : { normalisation: { before: s.raw ?? null, statistic } }),
    };
  };
  return build(0);
}
