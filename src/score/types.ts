/**
 * The ScoreSet: what {@link score} returns and every writer, ranker and explainer reads. It holds, for
 * each unit (entity × period), every node's exact score or the reason it has none, coverage and answer
 * counts, and for every indicator its normalised value, weight and contribution (docs/DESIGN.md, "The pipeline", item 5).
 *
 * Layout: descriptors say once what each index contains ({@link IndexDescriptor}); per-unit results
 * ({@link UnitScores}) hold arrays aligned position by position with those descriptors. Objects inside a
 * ScoreSet are immutable and may be shared between units (two units with the same answer to an indicator
 * share its {@link AnswerRecord}); never mutate them.
 *
 * Order: units follow `dataset.units` (entity, then period, code-point order); nodes follow the
 * framework's pre-order; indicators follow framework order. Nothing else influences any order or value.
 *
 * Exactness: weights, effective weights, linear scores (arithmetic, sum), contributions and gaps between
 * linear indices are computed as exact fractions and rounded once to a 50-digit P10Decimal; the fraction
 * itself is kept as text (`exact`, `exactEffectiveWeight`, `exactContribution`). Equal exact scores are
 * therefore equal decimals (ties stay ties), and the exact contributions add up to the exact score.
 * Non-linear means (geometric, harmonic, generalised) and z-scores are computed to 50 digits.
 */
import type { Ruling } from "./rules.js";
import type { Dataset } from "../assessment/dataset.js";
import type { Dec } from "../decimal.js";
import type { P10Issue } from "../errors.js";
import type { Framework } from "../framework/framework.js";
import type { NormalisationStatistic } from "../method/cohort.js";
import type {
  AggregatingLevel,
  AggregationSpec,
  GapSpec,
  ImputationRule,
  IndexSpec,
  Method,
} from "../method/schema.js";
import type { ImputedCell } from "./imputation.js";

/** Why a node has no score. */
export interface NullReason {
  /**
   * - `not-applicable`: every answer under the node is *not applicable*;
   * - `no-answers`: no child has a score (nothing answered, or every child is itself null);
   * - `coverage`: the weight share of applicable children with a score is below the method's minimum;
   * - `zero-weight`: the children that could count all have weight 0;
   * - `zero-value`: a zero met a geometric-type mean under `zeros: "fail"`;
   * - `negative-value`: a geometric, harmonic or generalised mean met a negative value (z-scores).
   */
  readonly code:
    | "not-applicable"
    | "no-answers"
    | "coverage"
    | "zero-weight"
    | "zero-value"
    | "negative-value";
  /** A readable sentence, e.g. `coverage 0.50 < 0.67`. */
  readonly message: string;
}

/**
 * How many entering indicators under a node were answered. `expected = present + missing + notApplicable`,
 * plus `imputed` under a method with an imputation rule.
 */
export interface AnswerCounts {
  /** Entering indicators under the node (in this index). */
  readonly expected: number;
  /** Answered with a level of the scale. */
  readonly present: number;
  /** No row, an empty cell or a *missing* token (under missing "zero" these count as value 0). */
  readonly missing: number;
  /** Answered *not applicable*. */
  readonly notApplicable: number;
  /**
   * Missing answers filled by the method's imputation rule (scored, but not counted in `present`); present
   * only when the method imputes.
   */
  readonly imputed?: number;
}

/** A child of a node in an index: an internal node or an indicator, by position. */
export interface IndexChild {
  /** `true` when the child is an indicator (`pos` indexes {@link IndexDescriptor.indicators}). */
  readonly indicator: boolean;
  /** Position in {@link IndexDescriptor.nodes} (node) or {@link IndexDescriptor.indicators} (indicator). */
  readonly pos: number;
  readonly id: string;
}

/** An internal node (index root, pillar, group) as it takes part in one index. */
export interface IndexNodeDescriptor {
  /** Position in {@link IndexDescriptor.nodes}; 0 is the root. */
  readonly pos: number;
  /** The framework node id (the root keeps the framework root's id, whatever the index id). */
  readonly id: string;
  readonly title: string;
  readonly level: AggregatingLevel;
  readonly depth: number;
  /** Position of the parent in {@link IndexDescriptor.nodes}; -1 for the root. */
  readonly parent: number;
  /** Children entering this index, in framework order. */
  readonly children: readonly IndexChild[];
  /**
   * Raw weights of the children (relative; the engine normalises them), aligned with `children`. Under
   * `flat-equal` these are nominal (each child's number of entering indicators): per unit the engine weighs
   * a child by its indicators that contribute a value, and by its applicable indicators in the coverage.
   */
  readonly weights: readonly Dec[];
  /** The aggregation function of this node (its level's, or its override). */
  readonly aggregation: AggregationSpec;
  /** `true` when this node and every node below it aggregate linearly (arithmetic or sum). */
  readonly linear: boolean;
  /** The minimum coverage as written in the method, e.g. `"2/3"`. */
  readonly minCoverage: string;
  /** Number of entering indicators under the node. */
  readonly indicatorCount: number;
}

/** An indicator entering one index. */
export interface IndexIndicatorDescriptor {
  /** Position in {@link IndexDescriptor.indicators}. */
  readonly pos: number;
  readonly id: string;
  /** Position in the framework's indicators (and in {@link UnitScores.answers}). */
  readonly ordinal: number;
  /** Position of its parent in {@link IndexDescriptor.nodes}. */
  readonly parent: number;
  /**
   * The nearest node on the path to the root whose aggregation is not linear (geometric, harmonic,
   * generalised, minimum) or which the method normalises across units (`normaliseNodes`), or `null`. When
   * set, the indicator's contribution is always `null`: such a node cannot be split into additive parts.
   */
  readonly nonLinearOnPath: string | null;
}

/** One index of the method: which nodes and indicators it contains and how they combine. */
export interface IndexDescriptor {
  /** The index id from the method (default: the framework root's id). */
  readonly id: string;
  readonly title: string;
  readonly kinds: IndexSpec["kinds"];
  /** Internal nodes whose subtree holds an entering indicator, in framework pre-order; `nodes[0]` is the root. */
  readonly nodes: readonly IndexNodeDescriptor[];
  /** Entering indicators (scored, of a listed kind), in framework order. */
  readonly indicators: readonly IndexIndicatorDescriptor[];
}

/** A gap of the method: minuend − subtrahend for each node present in both indices. */
export interface GapDescriptor {
  readonly id: string;
  readonly title: string;
  readonly minuend: GapSpec["minuend"];
  readonly subtrahend: GapSpec["subtrahend"];
  /** The nodes present in both indices, in framework pre-order, with their positions in each index. */
  readonly nodes: readonly {
    readonly id: string;
    readonly minuendPos: number;
    readonly subtrahendPos: number;
  }[];
}

/** What a unit answered to one framework indicator (scored or not). */
export interface AnswerRecord {
  readonly indicator: string;
  /**
   * `answered`: a level, or a combined value of several assessors' levels; `imputed`: a missing answer
   * filled by the method's imputation rule (`code` is the value, `label` says how it was computed);
   * `missing`: an explicit missing token or empty cell; `absent`: no row; `not-applicable`.
   */
  readonly status: "answered" | "imputed" | "missing" | "absent" | "not-applicable";
  /** The level's position on the scale, or `null` (also for a combined value). */
  readonly level: number | null;
  /**
   * The level's code and label as the scale defines them; for a combined value its exact value (`"2.5"`,
   * `"4/3"`) and what was combined (`"combined (median of 2, 3)"`); `null` when not answered.
   */
  readonly code: string | null;
  readonly label: string | null;
  /** The normalised value of the level (before any missing-data policy), or `null` when not answered. */
  readonly value: Dec | null;
}

/** A node's result for one unit in one index. */
export interface NodeScore {
  /** The framework node id. */
  readonly id: string;
  /**
   * The score, or `null` (then `reason` says why). Under linear aggregation (arithmetic, sum) the score is
   * an exact fraction (see `exact`) rounded once to 50 significant digits, so equal scores are equal
   * decimals and a score such as 2 is exactly 2; non-linear means are computed to 50 digits.
   */
  readonly score: Dec | null;
  /**
   * The exact score as a fraction in lowest terms, `"229/108"` (or an integer, `"2"`), when the node and
   * every node below it aggregate linearly; `null` otherwise or when the score is null.
   */
  readonly exact: string | null;
  /**
   * Only for a node the method normalises across units (`normaliseNodes`): its aggregate before
   * normalisation (`score` is then the normalised value, which enters the parent, ranks and bands; `exact`
   * is `null`). Absent for every other node.
   */
  readonly raw?: Dec;
  /** Why `score` is null; `null` when there is a score. */
  readonly reason: NullReason | null;
  /**
   * Σ weights of applicable children with a score / Σ weights of applicable children (exact to 50
   * digits); `null` when no child is applicable or the applicable children all weigh 0. Under `flat-equal`
   * a child's weight here is its number of applicable indicators.
   */
  readonly coverage: Dec | null;
  readonly answers: AnswerCounts;
  /**
   * The node's weight within its parent as used: normalised over the siblings that take part (the raw
   * weight under `sum`; under `flat-equal`, its number of contributing indicators). `null` for the root and
   * for a node that does not take part (null score).
   */
  readonly weight: Dec | null;
  /** Product of the weights from the root down to this node (1 for a scored root); `null` when it takes no part. */
  readonly effectiveWeight: Dec | null;
}

/** An indicator's part in one index for one unit. */
export interface IndicatorScore {
  readonly id: string;
  /**
   * The value aggregated: the normalised answer, 0 for a missing answer under missing "zero", `null`
   * when missing (drop) or not applicable.
   */
  readonly value: Dec | null;
  /** Weight within its parent as used (see {@link NodeScore.weight}); `null` when it takes no part. */
  readonly weight: Dec | null;
  /** Weight in the index root: product of the weights on its path; `null` when it takes no part. */
  readonly effectiveWeight: Dec | null;
  /** `effectiveWeight` as an exact fraction, e.g. `"1/27"`. */
  readonly exactEffectiveWeight: string | null;
  /**
   * `effectiveWeight × value`: what the indicator adds to the root score, rounded once from the exact
   * `exactContribution`. `null` when the indicator takes no part, or when a non-linear aggregation lies on
   * its path (see {@link IndexIndicatorDescriptor.nonLinearOnPath}): a non-linear mean cannot be split
   * into additive parts.
   */
  readonly contribution: Dec | null;
  /**
   * The exact contribution as a fraction. When the whole index is linear, the exact contributions add up
   * to the root's `exact` score exactly (in exact arithmetic Σ effective weight × value and the nested
   * means are the same number). The rounded `contribution`s add up to the rounded score to within a few
   * units of the 50th digit.
   */
  readonly exactContribution: string | null;
}

/** One unit's results in one index, aligned with the {@link IndexDescriptor}. */
export interface IndexScores {
  /** The index id. */
  readonly id: string;
  /** Aligned with {@link IndexDescriptor.nodes}: `nodes[0]` is the index score. */
  readonly nodes: readonly NodeScore[];
  /** Aligned with {@link IndexDescriptor.indicators}. */
  readonly indicators: readonly IndicatorScore[];
}

/**
 * One unit's gap values, aligned with {@link GapDescriptor.nodes}; `null` where either side is null.
 * Exact (the difference of the exact fractions, rounded once) when both sides are linear.
 */
export interface GapScores {
  readonly id: string;
  readonly values: readonly (Dec | null)[];
}

/** Everything computed for one entity × period. */
export interface UnitScores {
  readonly entity: string;
  readonly period: string;
  /** Position of the unit in `dataset.units` (and in {@link ScoreSet.units}). */
  readonly unit: number;
  /** Every framework indicator's answer, scored or not, in framework order (by ordinal). */
  readonly answers: readonly AnswerRecord[];
  /** Aligned with {@link ScoreSet.indices}. */
  readonly indices: readonly IndexScores[];
  /** Aligned with {@link ScoreSet.gaps}. */
  readonly gaps: readonly GapScores[];
}

/**
 * The result of scoring a dataset. `framework`, `method` and `dataset` are the inputs themselves (not
 * copies), kept so that ranks, explanations and writers need nothing else; serialisers pick the fields
 * they need.
 */
export interface ScoreSet {
  readonly framework: Framework;
  readonly method: Method;
  readonly dataset: Dataset;
  /** The method's indices (or the default one), in method order. */
  readonly indices: readonly IndexDescriptor[];
  /** The method's gaps, in method order. */
  readonly gaps: readonly GapDescriptor[];
  /** One entry per dataset unit, in `dataset.units` order. */
  readonly units: readonly UnitScores[];
  /**
   * Under a method with an imputation rule: the rule and every imputed cell (unit position, indicator,
   * exact value, how it was computed), in cell order. Absent when the method does not impute.
   */
  readonly imputation?: {
    readonly rule: ImputationRule;
    readonly cells: readonly ImputedCell[];
  };
  /** Warnings raised while scoring (e.g. `P10_SCORE_CONSTANT_INDICATOR`), in framework order. */
  readonly warnings: readonly P10Issue[];
  /**
   * The statistics of cohort normalisations (z-score, cohort min–max) of answers and of nodes: per
   * cohort, indicator or node, the mean and sd or the min and max used and where they came from. Absent
   * when the method normalises no cohort.
   */
  readonly statistics?: readonly NormalisationStatistic[];
  /** The applicability and evidence rules that fired, by cell index; absent when none did. */
  readonly rulings?: ReadonlyMap<number, Ruling>;
}
