/**
 * Node shapes: everything about a node's result that depends only on which answers are present, missing
 * or not applicable below it — applicability, answer counts, coverage and its null reason, the exact
 * weights of the children that take part, and for a linear node the integer form of its score. Units
 * with the same pattern share one shape, so the weights are computed once per pattern, not per unit; and
 * shapes whose children are applicable and scored alike share the weighing (`WeightPart`: coverage, null
 * reason, weights), which most index and pillar shapes, new for nearly every unit, repeat.
 * Coverage follows the OECD/JRC Handbook (2008) and COINr's `dat_thresh`: share of applicable weight present.
 * Under `flat-equal` the weights are counts read from the pattern: a child takes part with the number of its
 * indicators that contribute a value, and weighs its number of applicable indicators in the coverage.
 */
import type { Dec, RoundingRule } from "../decimal.js";
import { roundForDisplay } from "../decimal.js";
import {
  addFractions,
  divideFractions,
  FRACTION_ONE,
  FRACTION_ZERO,
  type Fraction,
  fraction,
  fractionToDec,
  gcd,
} from "../base/fraction.js";
import { reachesRatio } from "../method/ratio.js";
import type { ExactCache, ExactResult } from "./exact-cache.js";
import type { PlanNode } from "./plan.js";
import { type StructuralNullReason, structuralNullReason } from "./null-reason.js";
import type { AnswerCounts, NodeScore, NullReason } from "./types.js";

/** An indicator's state in a unit: answered, missing counted as 0, missing, not applicable. */
export const PRESENT = 0;
export const ZERO_IMPUTED = 1;
export const MISSING_STATE = 2;
export const NOT_APPLICABLE_STATE = 3;
/** Filled by the method's imputation rule: scored like an answer, counted apart from answers. */
export const IMPUTED_STATE = 4;

/**
 * A linear node's score as an integer combination of its children's: with each child's score written as
 * numerator / (its weight denominator × the index's value denominator Q) — an indicator's weight
 * denominator is 1 — the node's numerator is Σ multiplierₖ × child numeratorₖ over `weightDenominator × Q`.
 * Exact by construction: every step is integer arithmetic.
 */
export interface LinearForm {
  /** Per child: the integer multiplier (0 for a child that takes no part). */
  readonly multipliers: readonly bigint[];
  /** The multipliers as doubles, when every numerator of the node stays an exact integer below 2^53. */
  readonly small: Float64Array | null;
  /** The node's weight denominator (the lcm of its children's weight denominators × factor denominators). */
  readonly weightDenominator: bigint;
  /** The largest |numerator| the node can reach (`Infinity` beyond exact doubles). */
  readonly bound: number;
  /** `weightDenominator × Q`: the denominator of the score. */
  readonly denominator: bigint;
  /** Results by numerator, shared by every shape with this denominator. */
  readonly results: Map<number | bigint, ExactResult>;
}

/** A node's pattern-dependent result. */
export interface Shape {
  /** Unique within a scoring run; children's ids make up their parent's memo key. */
  readonly id: number;
  readonly applicable: boolean;
  readonly counts: AnswerCounts;
  readonly coverage: Dec | null;
  /** Set when the pattern alone leaves the node without a score. */
  readonly reason: NullReason | null;
  /** The cached result when `reason` is set. */
  readonly nullScore: NodeScore | null;
  /**
   * The number of indicators under the node that contribute a value to its score: Σ over used children of
   * 1 (an indicator) or the child's own `contributing`; 0 when the node has no score from its pattern.
   */
  readonly contributing: number;
  /** Per child: takes part in the aggregation (has a score and a positive weight). */
  readonly used: readonly boolean[];
  /** Per child: its weight as used (normalised over used siblings; raw under `sum`), interned, or `null`. */
  readonly factors: readonly (Fraction | null)[];
  /** `factors` as decimals. */
  readonly factorDecs: readonly (Dec | null)[];
  /** The integer form of the score, for a scored node whose whole subtree is linear. */
  readonly linear: LinearForm | null;
}

/** What a node's children look like in one unit, read from the scorer's scratch arrays. */
export interface ChildView {
  /** Indicator states by indicator position. */
  readonly states: Uint8Array;
  /** Shapes by node position (children are evaluated before their parent). */
  readonly shapes: readonly Shape[];
  /** 1 where a node with a pattern score lost it to its values (zeros "fail", negative values). */
  readonly valueNull: Uint8Array;
}

/** Index-wide facts a shape needs. */
export interface ShapeContext {
  readonly rounding: RoundingRule;
  /** The method imputes: node counts then carry `imputed`. */
  readonly imputing: boolean;
  readonly cache: ExactCache;
  /** Common denominator of every normalised value of the index's indicators. */
  readonly valueDenominator: bigint;
  /** Largest |value × valueDenominator|, or `Infinity` when some value numerator is not a safe integer. */
  readonly maxValueNumerator: number;
}

/**
 * Builds the shape of a node from its children's states.
 *
 * Weights: a child's raw weight (`node.weightFractions`), normalised over the children that take part
 * (raw under `sum`). Under `flat-equal` (`node.countsIndicators`) a child takes part with its number of
 * contributing indicators instead (1 for an answered indicator, or a missing one counted as 0 under missing
 * "zero"; a child node's `contributing`), so every contributing indicator weighs the same in every
 * ancestor and an arithmetic node is the plain mean of its contributing indicators; its coverage is
 * Σ applicable indicators under the children with a score / Σ applicable indicators under its children.
 *
 * @param id - the new shape's id.
 * @param node - the plan node.
 * @param view - the children's states in the unit being scored.
 * @param context - rounding rule, caches and the index's value denominator.
 * @param parts - the node's memo of weighings by children's applicable and scored masks (the scorer keeps
 *   one per node); without it every shape is weighed afresh.
 * @returns the shape.
 */
export function buildShape(
  id: number,
  node: PlanNode,
  view: ChildView,
  context: ShapeContext,
  parts?: Map<number, WeightPart>,
): Shape {
  const n = node.children.length;
  let expected = 0;
  let present = 0;
  let missing = 0;
  let notApplicable = 0;
  let imputed = 0;
  // Which children are applicable and which have a score, one bit each (used as a memo key).
  let applicableMask = 0;
  let scoredMask = 0;
  for (let k = 0; k < n; k++) {
    const child = node.children[k] as PlanNode["children"][number];
    if (child.indicator) {
      const state = view.states[child.pos] as number;
      expected++;
      if (state === PRESENT) present++;
      else if (state === IMPUTED_STATE) imputed++;
      else if (state === NOT_APPLICABLE_STATE) notApplicable++;
      else missing++;
    } else {
      const c = (view.shapes[child.pos] as Shape).counts;
      expected += c.expected;
      present += c.present;
      missing += c.missing;
      notApplicable += c.notApplicable;
      imputed += c.imputed ?? 0;
    }
    if (k < MASK_CHILDREN) {
      if (isApplicable(child, view)) applicableMask += 2 ** k;
      if (isScored(child, view)) scoredMask += 2 ** k;
    }
  }
  const counts: AnswerCounts = context.imputing
    ? { expected, present, missing, notApplicable, imputed }
    : { expected, present, missing, notApplicable };
  // Unless weights are counts (flat-equal), the weights, coverage and null reason follow from the two
  // masks alone: worked out once per node and masks (an index's pillars are nearly always all scored).
  let part: WeightPart;
  if (parts !== undefined && !node.countsIndicators && n <= MASK_CHILDREN) {
    const key = applicableMask * 2 ** MASK_CHILDREN + scoredMask;
    const known = parts.get(key);
    if (known === undefined) {
      part = weighChildren(node, view, context);
      parts.set(key, part);
    } else part = known;
  } else part = weighChildren(node, view, context);
  if (part.reason !== null) {
    return {
      id,
      applicable: part.anyApplicable,
      counts,
      coverage: part.coverage,
      reason: part.reason,
      contributing: 0,
      nullScore: {
        id: node.id,
        score: null,
        exact: null,
        reason: part.reason,
        coverage: part.coverage,
        answers: counts,
        weight: null,
        effectiveWeight: null,
      },
      used: part.used,
      factors: part.factors,
      factorDecs: part.factorDecs,
      linear: null,
    };
  }
  let contributing = 0;
  for (let k = 0; k < n; k++) {
    if (!part.used[k]) continue;
    const child = node.children[k] as PlanNode["children"][number];
    contributing += child.indicator ? 1 : (view.shapes[child.pos] as Shape).contributing;
  }
  return {
    id,
    applicable: true,
    counts,
    coverage: part.coverage,
    reason: null,
    contributing,
    nullScore: null,
    used: part.used,
    factors: part.factors,
    factorDecs: part.factorDecs,
    linear: node.linear ? linearForm(node, part.factors, view, context) : null,
  };
}

/** Whether a child is applicable in the unit being scored (an indicator not "not applicable", a node with some applicable answer). */
function isApplicable(child: PlanNode["children"][number], view: ChildView): boolean {
  return child.indicator
    ? view.states[child.pos] !== NOT_APPLICABLE_STATE
    : (view.shapes[child.pos] as Shape).applicable;
}

/** Whether a child has a value in the unit being scored (answered, imputed or missing counted as 0; a node with a score). */
function isScored(child: PlanNode["children"][number], view: ChildView): boolean {
  if (!child.indicator) {
    return (view.shapes[child.pos] as Shape).reason === null && view.valueNull[child.pos] === 0;
  }
  const state = view.states[child.pos] as number;
  return state === PRESENT || state === ZERO_IMPUTED || state === IMPUTED_STATE;
}

/** Children a node may have for its masks to be a memo key (two masks of this many bits fit a double). */
const MASK_CHILDREN = 26;

/**
 * The part of a shape that weighs the children: coverage, null reason, which children take part and
 * their weights. A node's memo of it (see `buildShape`) is kept by the scorer.
 */
export interface WeightPart {
  readonly anyApplicable: boolean;
  readonly coverage: Dec | null;
  readonly reason: NullReason | null;
  readonly used: readonly boolean[];
  readonly factors: readonly (Fraction | null)[];
  readonly factorDecs: readonly (Dec | null)[];
}

/** Weighs a node's children in the unit being scored (see {@link buildShape}). */
function weighChildren(node: PlanNode, view: ChildView, context: ShapeContext): WeightPart {
  const n = node.children.length;
  let applicableWeight = FRACTION_ZERO;
  let presentWeight = FRACTION_ZERO;
  let anyApplicable = false;
  let anyPresent = false;
  const has = new Array<boolean>(n);
  // Under flat-equal: per child, its contributing indicators (its weight in the aggregation).
  const counted = new Array<number>(n).fill(0);
  node.children.forEach((child, k) => {
    let w = node.weightFractions[k] as Fraction;
    const applicable = isApplicable(child, view);
    const scored = isScored(child, view);
    if (node.countsIndicators) {
      if (child.indicator) {
        counted[k] = scored ? 1 : 0;
        w = applicable ? FRACTION_ONE : FRACTION_ZERO;
      } else {
        const s = view.shapes[child.pos] as Shape;
        counted[k] = scored ? s.contributing : 0;
        w = fraction(BigInt(s.counts.expected - s.counts.notApplicable));
      }
    }
    has[k] = scored;
    if (applicable) {
      anyApplicable = true;
      applicableWeight = addFractions(applicableWeight, w);
    }
    if (scored) {
      anyPresent = true;
      presentWeight = addFractions(presentWeight, w);
    }
  });
  const coverage =
    anyApplicable && applicableWeight.num !== 0n
      ? // Interned: one decimal per distinct coverage, so writers format each once (cached by object).
        context.cache.dec(context.cache.intern(divideFractions(presentWeight, applicableWeight)))
      : null;
  const structural = structuralNullReason(
    anyApplicable,
    applicableWeight.num !== 0n,
    anyPresent,
    // Consulted only with an applicable weight and a scored child (see structuralNullReason).
    anyPresent &&
      applicableWeight.num !== 0n &&
      reachesRatio(presentWeight, applicableWeight, node.coverageRatio),
    presentWeight.num !== 0n,
  );
  if (structural !== null) {
    return {
      anyApplicable,
      coverage,
      reason: {
        code: structural,
        message: nullMessage(structural, node, applicableWeight, coverage, context),
      },
      used: has.map(() => false),
      factors: has.map(() => null),
      factorDecs: has.map(() => null),
    };
  }
  const sum = node.aggregation.function === "sum";
  const weightOf = (k: number): Fraction =>
    node.countsIndicators ? fraction(BigInt(counted[k] as number)) : (node.weightFractions[k] as Fraction);
  const used = node.children.map((_, k) => (has[k] as boolean) && weightOf(k).num !== 0n);
  let usedWeight = FRACTION_ZERO;
  node.children.forEach((_, k) => {
    if (used[k]) usedWeight = addFractions(usedWeight, weightOf(k));
  });
  const factors = node.children.map((_, k) => {
    if (!used[k]) return null;
    const w = weightOf(k);
    return context.cache.intern(sum ? w : divideFractions(w, usedWeight));
  });
  return {
    anyApplicable: true,
    coverage,
    reason: null,
    used,
    factors,
    factorDecs: factors.map((f) => (f === null ? null : context.cache.dec(f))),
  };
}

/** The integer multipliers of a linear node's children over one weight denominator. */
function linearForm(
  node: PlanNode,
  factors: readonly (Fraction | null)[],
  view: ChildView,
  context: ShapeContext,
): LinearForm {
  // Child k contributes f = a/b times its numerator over (D_k × Q); over D = lcm(b × D_k) its multiplier
  // is a × D / (b × D_k).
  const childDenominator = (k: number): bigint => {
    const child = node.children[k] as PlanNode["children"][number];
    return child.indicator ? 1n : ((view.shapes[child.pos] as Shape).linear as LinearForm).weightDenominator;
  };
  const childBound = (k: number): number => {
    const child = node.children[k] as PlanNode["children"][number];
    return child.indicator
      ? context.maxValueNumerator
      : ((view.shapes[child.pos] as Shape).linear as LinearForm).bound;
  };
  let common = 1n;
  factors.forEach((f, k) => {
    if (f === null) return;
    const d = f.den * childDenominator(k);
    common = (common / gcd(common, d)) * d;
  });
  const multipliers = factors.map((f, k) =>
    f === null ? 0n : (f.num * common) / (f.den * childDenominator(k)),
  );
  let bound = 0;
  multipliers.forEach((m, k) => {
    if (m !== 0n) bound += Math.abs(Number(m)) * childBound(k);
  });
  const denominator = common * context.valueDenominator;
  return {
    multipliers,
    small: bound <= Number.MAX_SAFE_INTEGER ? Float64Array.from(multipliers, Number) : null,
    weightDenominator: common,
    bound: bound <= Number.MAX_SAFE_INTEGER ? bound : Number.POSITIVE_INFINITY,
    denominator,
    results: context.cache.resultsFor(denominator),
  };
}

/** The message of a structural null reason (which `zero-weight` it is: the applicable or the scored children). */
function nullMessage(
  code: StructuralNullReason,
  node: PlanNode,
  applicableWeight: Fraction,
  coverage: Dec | null,
  context: ShapeContext,
): string {
  switch (code) {
    case "not-applicable":
      return `every answer under ${node.id} is not applicable`;
    case "no-answers":
      return `no answers under ${node.id}`;
    case "coverage":
      return coverageMessage(coverage as Dec, node, context.rounding);
    case "zero-weight":
      return applicableWeight.num === 0n
        ? `every applicable child of ${node.id} has weight 0`
        : `the children of ${node.id} with a score all have weight 0`;
  }
}

/** `coverage 0.50 < 0.67 (minimum 2/3)`, with more places when two would show equal numbers. */
function coverageMessage(coverage: Dec, node: PlanNode, rounding: RoundingRule): string {
  const min = fractionToDec(node.coverageRatio.value);
  let places = 2;
  while (places < 6 && roundForDisplay(coverage, places, rounding) === roundForDisplay(min, places, rounding))
    places++;
  return `coverage ${roundForDisplay(coverage, places, rounding)} < ${roundForDisplay(min, places, rounding)} (minimum ${node.minCoverage})`;
}
