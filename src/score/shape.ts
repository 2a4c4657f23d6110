/**
 * Node shapes: everything about a node's result that depends only on which answers are present, missing
 * or not applicable below it — applicability, answer counts, coverage and its null reason, the exact
 * weights of the children that take part, and the exact effective weight of every indicator below it.
 * Units with the same pattern share one shape, so the weights are computed once per pattern, not per unit.
 * Coverage follows the OECD/JRC Handbook (2008) and COINr's `dat_thresh`: share of applicable weight present.
 */
import type { Dec, RoundingRule } from "../decimal.js";
import { roundForDisplay } from "../decimal.js";
import {
  addFractions,
  divideFractions,
  FRACTION_ZERO,
  type Fraction,
  fractionToDec,
  gcd,
  multiplyFractions,
} from "../method/fraction.js";
import { reachesRatio } from "../method/ratio.js";
import type { ExactCache } from "./exact-cache.js";
import type { PlanNode } from "./plan.js";
import type { AnswerCounts, NodeScore, NullReason } from "./types.js";

/** An indicator's state in a unit: answered, missing counted as 0, missing, not applicable. */
export const PRESENT = 0;
export const ZERO_IMPUTED = 1;
export const MISSING_STATE = 2;
export const NOT_APPLICABLE_STATE = 3;

/** An indicator or node taking part below a node, with its exact effective weight relative to that node. */
export interface Term {
  /** Position of the indicator (in `terms`) or node (in `nodeTerms`) in the index. */
  readonly pos: number;
  readonly eff: Fraction;
}

/**
 * A linear node's score as one integer sum: score = Σₖ weightsₖ × value numerator / denominator, where the
 * value numerators are the index's values × its common value denominator.
 */
export interface LinearForm {
  /** Indicator positions of the terms, in framework order. */
  readonly positions: Int32Array;
  /** Integer weight numerators as bigints. */
  readonly big: readonly bigint[];
  /** The same as doubles, when every partial sum stays an exact integer below 2^53; otherwise `null`. */
  readonly small: Float64Array | null;
  /** Common denominator of the weights × common denominator of the values. */
  readonly denominator: bigint;
  /** Results by integer numerator (number on the small path, bigint otherwise). */
  readonly results: Map<number | bigint, { readonly score: Dec; readonly exact: string }>;
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
  /** Per child: takes part in the aggregation (has a score and a positive weight). */
  readonly used: readonly boolean[];
  /** Per child: its weight as used (normalised over used siblings; raw under `sum`), or `null`. */
  readonly factors: readonly (Fraction | null)[];
  /** `factors` as decimals. */
  readonly factorDecs: readonly (Dec | null)[];
  /** Per child: its shape (internal nodes) or `null` (indicators). */
  readonly childShapes: readonly (Shape | null)[];
  /** Indicators taking part below the node, in framework order, with effective weights relative to it. */
  readonly terms: readonly Term[];
  /** Internal nodes taking part below the node, in pre-order, with effective weights relative to it. */
  readonly nodeTerms: readonly Term[];
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
  readonly cache: ExactCache;
  /** Common denominator of every normalised value of the index's indicators. */
  readonly valueDenominator: bigint;
  /** Largest |value × valueDenominator|, or `Infinity` when some value numerator is not a safe integer. */
  readonly maxValueNumerator: number;
}

/**
 * Builds the shape of a node from its children's states.
 *
 * @param id - the new shape's id.
 * @param node - the plan node.
 * @param view - the children's states in the unit being scored.
 * @param context - rounding rule, caches and the index's value denominator.
 * @returns the shape.
 */
export function buildShape(id: number, node: PlanNode, view: ChildView, context: ShapeContext): Shape {
  const n = node.children.length;
  let expected = 0;
  let present = 0;
  let missing = 0;
  let notApplicable = 0;
  let applicableWeight = FRACTION_ZERO;
  let presentWeight = FRACTION_ZERO;
  let anyApplicable = false;
  let anyPresent = false;
  const has = new Array<boolean>(n);
  const childShapes = new Array<Shape | null>(n);
  node.children.forEach((child, k) => {
    const w = node.weightFractions[k] as Fraction;
    let applicable: boolean;
    let scored: boolean;
    if (child.indicator) {
      const state = view.states[child.pos] as number;
      expected++;
      if (state === PRESENT) present++;
      else if (state === NOT_APPLICABLE_STATE) notApplicable++;
      else missing++;
      applicable = state !== NOT_APPLICABLE_STATE;
      scored = state === PRESENT || state === ZERO_IMPUTED;
      childShapes[k] = null;
    } else {
      const s = view.shapes[child.pos] as Shape;
      expected += s.counts.expected;
      present += s.counts.present;
      missing += s.counts.missing;
      notApplicable += s.counts.notApplicable;
      applicable = s.applicable;
      scored = s.reason === null && view.valueNull[child.pos] === 0;
      childShapes[k] = s;
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
  const counts: AnswerCounts = { expected, present, missing, notApplicable };
  const coverage =
    anyApplicable && applicableWeight.num !== 0n
      ? context.cache.dec(divideFractions(presentWeight, applicableWeight))
      : null;
  const nullShape = (reason: NullReason): Shape => ({
    id,
    applicable: anyApplicable,
    counts,
    coverage,
    reason,
    nullScore: {
      id: node.id,
      score: null,
      exact: null,
      reason,
      coverage,
      answers: counts,
      weight: null,
      effectiveWeight: null,
    },
    used: has.map(() => false),
    factors: has.map(() => null),
    factorDecs: has.map(() => null),
    childShapes,
    terms: [],
    nodeTerms: [],
    linear: null,
  });

  if (!anyApplicable) {
    return nullShape({ code: "not-applicable", message: `every answer under ${node.id} is not applicable` });
  }
  if (applicableWeight.num === 0n) {
    return nullShape({ code: "zero-weight", message: `every applicable child of ${node.id} has weight 0` });
  }
  if (!anyPresent) return nullShape({ code: "no-answers", message: `no answers under ${node.id}` });
  if (!reachesRatio(presentWeight, applicableWeight, node.coverageRatio)) {
    return nullShape({ code: "coverage", message: coverageMessage(coverage as Dec, node, context.rounding) });
  }
  if (presentWeight.num === 0n) {
    return nullShape({
      code: "zero-weight",
      message: `the children of ${node.id} with a score all have weight 0`,
    });
  }

  const sum = node.aggregation.function === "sum";
  const used = node.children.map(
    (_, k) => (has[k] as boolean) && (node.weightFractions[k] as Fraction).num !== 0n,
  );
  const factors = node.children.map((_, k) => {
    if (!used[k]) return null;
    const w = node.weightFractions[k] as Fraction;
    return sum ? w : divideFractions(w, presentWeight);
  });
  const terms: Term[] = [];
  const nodeTerms: Term[] = [];
  node.children.forEach((child, k) => {
    const f = factors[k];
    if (f === null || f === undefined) return;
    if (child.indicator) {
      terms.push({ pos: child.pos, eff: f });
      return;
    }
    const s = childShapes[k] as Shape;
    nodeTerms.push({ pos: child.pos, eff: f });
    for (const t of s.nodeTerms) nodeTerms.push({ pos: t.pos, eff: multiplyFractions(f, t.eff) });
    for (const t of s.terms) terms.push({ pos: t.pos, eff: multiplyFractions(f, t.eff) });
  });
  return {
    id,
    applicable: true,
    counts,
    coverage,
    reason: null,
    nullScore: null,
    used,
    factors,
    factorDecs: factors.map((f) => (f === null ? null : context.cache.dec(f))),
    childShapes,
    terms,
    nodeTerms,
    linear: node.linear ? linearForm(terms, context) : null,
  };
}

/** Puts the terms' weights over one denominator and decides whether doubles can add them exactly. */
function linearForm(terms: readonly Term[], context: ShapeContext): LinearForm {
  let common = 1n;
  for (const t of terms) common = (common / gcd(common, t.eff.den)) * t.eff.den;
  const big = terms.map((t) => t.eff.num * (common / t.eff.den));
  let bound = 0;
  for (const b of big) bound += Math.abs(Number(b)) * context.maxValueNumerator;
  const small = bound <= Number.MAX_SAFE_INTEGER ? Float64Array.from(big, Number) : null;
  return {
    positions: Int32Array.from(terms, (t) => t.pos),
    big,
    small,
    denominator: common * context.valueDenominator,
    results: new Map(),
  };
}

/** `coverage 0.50 < 0.67 (minimum 2/3)`, with more places when two would show equal numbers. */
function coverageMessage(coverage: Dec, node: PlanNode, rounding: RoundingRule): string {
  const min = fractionToDec(node.coverageRatio.value);
  let places = 2;
  while (places < 6 && roundForDisplay(coverage, places, rounding) === roundForDisplay(min, places, rounding))
    places++;
  return `coverage ${roundForDisplay(coverage, places, rounding)} < ${roundForDisplay(min, places, rounding)} (minimum ${node.minCoverage})`;
}
