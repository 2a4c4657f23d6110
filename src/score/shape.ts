/**
 * Node shapes: everything about a node's result that depends only on which answers are present, missing
 * or not applicable below it — applicability, answer counts, coverage and its null reason, the weights of
 * the children that take part, and the effective weight of every indicator below it. Units with the same
 * pattern share one shape, so the exact weights are computed once per pattern, not once per unit.
 * Coverage follows the OECD/JRC Handbook (2008) and COINr's `dat_thresh`: share of applicable weight present.
 */
import { type Dec, P10Decimal, type RoundingRule, roundForDisplay } from "../decimal.js";
import { reachesRatio } from "../method/ratio.js";
import type { DecCache } from "./dec-cache.js";
import type { PlanNode } from "./plan.js";
import type { AnswerCounts, NodeScore, NullReason } from "./types.js";

/** An indicator's state in a unit: answered, missing counted as 0, missing, not applicable. */
export const PRESENT = 0;
export const ZERO_IMPUTED = 1;
export const MISSING_STATE = 2;
export const NOT_APPLICABLE_STATE = 3;

const ZERO = new P10Decimal(0);
const ONE = new P10Decimal(1);

/** An indicator taking part below a node, with its effective weight relative to that node. */
export interface Term {
  /** The indicator's position in the index. */
  readonly pos: number;
  /** Product of the weights from the node down to the indicator. */
  readonly eff: Dec;
  /** `eff × value` by value slot, filled on first use; an exact zero is stored as the shared ZERO. */
  readonly products: (Dec | undefined)[];
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
  readonly factors: readonly (Dec | null)[];
  /** Per child: its shape (internal nodes) or `null` (indicators). */
  readonly childShapes: readonly (Shape | null)[];
  /** Indicators taking part below the node, in framework order, with effective weights relative to it. */
  readonly terms: readonly Term[];
  /** Internal nodes taking part below the node, in pre-order, with effective weights relative to it. */
  readonly nodeTerms: readonly { readonly pos: number; readonly eff: Dec }[];
  /** Memo of exact sums by value-slot key, for linear nodes whose children are all indicators. */
  readonly sums: Map<string, Dec> | null;
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

/**
 * Builds the shape of a node from its children's states.
 *
 * @param id - the new shape's id.
 * @param node - the plan node.
 * @param view - the children's states in the unit being scored.
 * @param rounding - the method's rounding rule (for coverage in reason messages).
 * @param cache - the run's shared weights and products.
 * @returns the shape.
 * @example
 * ```ts
 * // Internal to the engine: see score().
 * ```
 */
export function buildShape(
  id: number,
  node: PlanNode,
  view: ChildView,
  rounding: RoundingRule,
  cache: DecCache,
): Shape {
  const n = node.children.length;
  let expected = 0;
  let present = 0;
  let missing = 0;
  let notApplicable = 0;
  let applicableWeight = ZERO;
  let presentWeight = ZERO;
  let anyApplicable = false;
  let anyPresent = false;
  const has = new Array<boolean>(n);
  const childShapes = new Array<Shape | null>(n);
  node.children.forEach((child, k) => {
    const w = node.weights[k] as Dec;
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
      applicableWeight = applicableWeight.plus(w);
    }
    if (scored) {
      anyPresent = true;
      presentWeight = presentWeight.plus(w);
    }
  });
  const counts: AnswerCounts = { expected, present, missing, notApplicable };
  const coverage = anyApplicable && !applicableWeight.isZero() ? presentWeight.div(applicableWeight) : null;
  const nullShape = (reason: NullReason): Shape => ({
    id,
    applicable: anyApplicable,
    counts,
    coverage,
    reason,
    nullScore: {
      id: node.id,
      score: null,
      reason,
      coverage,
      answers: counts,
      weight: null,
      effectiveWeight: null,
    },
    used: has.map(() => false),
    factors: has.map(() => null),
    childShapes,
    terms: [],
    nodeTerms: [],
    sums: null,
  });

  if (!anyApplicable)
    return nullShape({ code: "not-applicable", message: `every answer under ${node.id} is not applicable` });
  if (applicableWeight.isZero()) {
    return nullShape({ code: "zero-weight", message: `every applicable child of ${node.id} has weight 0` });
  }
  if (!anyPresent) return nullShape({ code: "no-answers", message: `no answers under ${node.id}` });
  if (!reachesRatio(presentWeight, applicableWeight, node.coverageRatio)) {
    return nullShape({ code: "coverage", message: coverageMessage(coverage as Dec, node, rounding) });
  }
  if (presentWeight.isZero()) {
    return nullShape({
      code: "zero-weight",
      message: `the children of ${node.id} with a score all have weight 0`,
    });
  }

  const sum = node.aggregation.function === "sum";
  const used = node.children.map((_, k) => (has[k] as boolean) && !(node.weights[k] as Dec).isZero());
  const factors = node.children.map((_, k) => {
    if (!used[k]) return null;
    const w = node.weights[k] as Dec;
    return sum ? w : cache.intern(w.div(presentWeight));
  });
  const terms: Term[] = [];
  const nodeTerms: { pos: number; eff: Dec }[] = [];
  node.children.forEach((child, k) => {
    const f = factors[k];
    if (f === null || f === undefined) return;
    if (child.indicator) {
      terms.push({ pos: child.pos, eff: f, products: [] });
      return;
    }
    const s = childShapes[k] as Shape;
    nodeTerms.push({ pos: child.pos, eff: f });
    for (const t of s.nodeTerms) nodeTerms.push({ pos: t.pos, eff: cache.times(f, t.eff) });
    for (const t of s.terms) terms.push({ pos: t.pos, eff: cache.times(f, t.eff), products: [] });
  });
  const leafLinear = node.linear && node.children.every((c) => c.indicator);
  return {
    id,
    applicable: true,
    counts,
    coverage,
    reason: null,
    nullScore: null,
    used,
    factors,
    childShapes,
    terms,
    nodeTerms,
    sums: leafLinear ? new Map() : null,
  };
}

/** `coverage 0.50 < 0.67`, with more places when two decimals would show equal numbers. */
function coverageMessage(coverage: Dec, node: PlanNode, rounding: RoundingRule): string {
  const min = node.coverageRatio.num.div(node.coverageRatio.den);
  let places = 2;
  while (places < 6 && roundForDisplay(coverage, places, rounding) === roundForDisplay(min, places, rounding))
    places++;
  return `coverage ${roundForDisplay(coverage, places, rounding)} < ${roundForDisplay(min, places, rounding)} (minimum ${node.minCoverage})`;
}

/**
 * Adds `eff × value` over the terms, in framework order — the node's exact score under linear
 * aggregation. Zero products are skipped (adding an exact zero changes nothing).
 *
 * @param terms - the terms of a shape.
 * @param slots - value slot by indicator position.
 * @param values - normalised value by indicator position, then slot.
 * @param cache - the run's shared products.
 * @returns the exact sum.
 * @example
 * ```ts
 * // Internal to the engine: see score().
 * ```
 */
export function sumTerms(
  terms: readonly Term[],
  slots: Int32Array,
  values: readonly (readonly Dec[])[],
  cache: DecCache,
): Dec {
  let acc: Dec | null = null;
  for (const t of terms) {
    const p = t.products[slots[t.pos] as number] ?? productOf(t, slots[t.pos] as number, values, cache);
    if (p === ZERO) continue;
    acc = acc === null ? p : acc.plus(p);
  }
  return acc ?? ZERO;
}

/**
 * The product `eff × value` of a term for a value slot, computed once and kept.
 *
 * @param t - the term.
 * @param slot - the value slot.
 * @param values - normalised value by indicator position, then slot.
 * @param cache - the run's shared products.
 * @returns the product (the shared ZERO when it is zero).
 * @example
 * ```ts
 * // Internal to the engine: see score().
 * ```
 */
export function productOf(t: Term, slot: number, values: readonly (readonly Dec[])[], cache: DecCache): Dec {
  const cached = t.products[slot];
  if (cached !== undefined) return cached;
  const p = cache.times(t.eff, (values[t.pos] as readonly Dec[])[slot] as Dec);
  const kept = p.isZero() ? ZERO : p;
  t.products[slot] = kept;
  return kept;
}

/** The exact zero shared by every product and empty sum (compared by identity). */
export const SHARED_ZERO = ZERO;
/** The exact one (the effective weight of a scored root). */
export const SHARED_ONE = ONE;
