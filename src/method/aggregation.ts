/**
 * Aggregation functions over a node's children: one table, {@link AGGREGATIONS}, holding for each function
 * of the method schema its exact implementation (decimal arithmetic, for official scores) beside its float
 * one (the uncertainty analysis's fast path, src/uncertainty/fast-scorer.ts), so the two cannot drift apart:
 * weighted arithmetic, geometric, harmonic and generalised means, minimum and sum (OECD/JRC Handbook 2008,
 * §6; COINr's `a_amean`, `a_gmean`, `a_hmean`, `a_genmean`). What both do before computing a mean — refuse
 * a negative value, apply the method's explicit `zeros` rule (there is never a silent epsilon) — is decided
 * once, by {@link valueRule}. Non-linear exact means are exact to 50 digits.
 */
import { type Dec, P10Decimal } from "../decimal.js";
import type { AggregationSpec, ZerosRule } from "./schema.js";

/** An aggregation function of the method schema. */
export type AggregationFunction = AggregationSpec["function"];

/** Why an aggregation gave no value. */
export interface AggregationFailure {
  /** `zero-value`: a zero under zeros "fail"; `negative-value`: a power mean met a negative value. */
  readonly code: "zero-value" | "negative-value";
  readonly message: string;
}

/** The zeros rule in force, with its offset as a decimal. */
export interface ZerosPolicy {
  readonly rule: ZerosRule;
  /** The constant added before and subtracted after, under `offset`; zero otherwise. */
  readonly offset: Dec;
}

/** One aggregation function: its properties, and its exact and float implementations side by side. */
export interface AggregationRule {
  /** Linear in the children's values (a score is Σ effective weight × indicator value). */
  readonly linear: boolean;
  /**
   * Which values it cannot take: `none`; `negative` (a power mean: undefined for a negative value);
   * `negative-and-zero` (also undefined at zero, so a zero follows the method's `zeros` rule). For the
   * generalised mean it depends on p: see {@link domainOf}.
   */
  readonly domain: "none" | "negative" | "negative-and-zero";
  /** A few words, e.g. `geometric mean`. */
  describe(spec: AggregationSpec): string;
  /**
   * The exact aggregate of checked values: weights normalised to sum to 1 for means, raw for `sum`.
   *
   * @param xs - the children's values (shifted by the zeros offset where it applies).
   * @param ws - their weights, aligned with `xs`.
   * @param spec - the function (the generalised mean's p).
   */
  exact(xs: readonly Dec[], ws: readonly Dec[], spec: AggregationSpec): Dec;
  /**
   * The float aggregate over child slots `start … end − 1`: the slots whose value (in `cv`) is not NaN and
   * whose weight is positive take part; `total` is the sum of those weights (means divide by it, `sum`
   * does not), `shift` is added to every value (the zeros offset) and `p` is the generalised mean's exponent.
   */
  float(
    cv: Float64Array,
    weights: Float64Array,
    start: number,
    end: number,
    total: number,
    p: number,
    shift: number,
  ): number;
}

const ZERO = new P10Decimal(0);
const ONE = new P10Decimal(1);

/** Σ wᵢ xᵢ in the given order. */
function weightedSum(values: readonly Dec[], weights: readonly Dec[]): Dec {
  let acc = ZERO;
  values.forEach((v, i) => {
    acc = acc.plus((weights[i] as Dec).times(v));
  });
  return acc;
}

/** Σ wᵢ xᵢ over the taking-part slots, as doubles. */
function floatWeightedSum(cv: Float64Array, weights: Float64Array, start: number, end: number): number {
  let sum = 0;
  for (let c = start; c < end; c++) {
    const v = cv[c] as number;
    const w = weights[c] as number;
    if (!Number.isNaN(v) && w > 0) sum += w * v;
  }
  return sum;
}

/** Σ wᵢ f(xᵢ + shift) over the taking-part slots, as doubles. */
function floatWeightedTerms(
  cv: Float64Array,
  weights: Float64Array,
  start: number,
  end: number,
  shift: number,
  term: (x: number, w: number) => number,
): number {
  let acc = 0;
  for (let c = start; c < end; c++) {
    const v = cv[c] as number;
    const w = weights[c] as number;
    if (!Number.isNaN(v) && w > 0) acc += term(v + shift, w);
  }
  return acc;
}

const mean = (spec: AggregationSpec): string => `${spec.function} mean`;

/**
 * Every aggregation function of the method schema, exact and float side by side. Typed to cover the
 * schema: a new function fails to compile here until it has both implementations. The key order is the
 * fast path's numbering (`FAST_AGGREGATION`). test/method/aggregation.test.ts checks both paths on
 * hand-computed values and against each other (values, zeros and negatives under every zeros rule).
 */
export const AGGREGATIONS = {
  arithmetic: {
    linear: true,
    domain: "none",
    describe: mean,
    exact: (xs, ws) => weightedSum(xs, ws),
    float: (cv, weights, start, end, total) => floatWeightedSum(cv, weights, start, end) / total,
  },
  geometric: {
    linear: false,
    domain: "negative-and-zero",
    describe: mean,
    exact: (xs, ws) => xs.reduce((acc, x, i) => acc.times(x.pow(ws[i] as Dec)), ONE),
    float: (cv, weights, start, end, total, _p, shift) =>
      Math.exp(floatWeightedTerms(cv, weights, start, end, shift, (x, w) => w * Math.log(x)) / total) - shift,
  },
  harmonic: {
    linear: false,
    domain: "negative-and-zero",
    describe: mean,
    exact: (xs, ws) => ONE.div(xs.reduce((acc, x, i) => acc.plus((ws[i] as Dec).div(x)), ZERO)),
    float: (cv, weights, start, end, total, _p, shift) =>
      total / floatWeightedTerms(cv, weights, start, end, shift, (x, w) => w / x) - shift,
  },
  generalised: {
    linear: false,
    // p ≥ 0 takes a zero; p < 0 does not (see domainOf).
    domain: "negative",
    describe: (spec) => `generalised mean (p = ${spec.function === "generalised" ? spec.p : "?"})`,
    exact: (xs, ws, spec) => {
      const p = new P10Decimal(spec.function === "generalised" ? spec.p : 1);
      const inner = xs.reduce((acc, x, i) => acc.plus((ws[i] as Dec).times(x.pow(p))), ZERO);
      return inner.pow(ONE.div(p));
    },
    float: (cv, weights, start, end, total, p, shift) =>
      (floatWeightedTerms(cv, weights, start, end, shift, (x, w) => w * x ** p) / total) ** (1 / p) - shift,
  },
  minimum: {
    linear: false,
    domain: "none",
    describe: () => "minimum",
    exact: (xs) => xs.reduce((a, b) => (b.lt(a) ? b : a)),
    float: (cv, weights, start, end) => {
      let min = Number.POSITIVE_INFINITY;
      for (let c = start; c < end; c++) {
        const v = cv[c] as number;
        if (!Number.isNaN(v) && (weights[c] as number) > 0 && v < min) min = v;
      }
      return min;
    },
  },
  sum: {
    linear: true,
    domain: "none",
    describe: () => "sum",
    exact: (xs, ws) => weightedSum(xs, ws),
    float: (cv, weights, start, end) => floatWeightedSum(cv, weights, start, end),
  },
} as const satisfies Record<AggregationFunction, AggregationRule>;

/** The aggregation functions in the table's order (the fast path's codes are positions in it). */
export const AGGREGATION_FUNCTIONS = Object.keys(AGGREGATIONS) as readonly AggregationFunction[];

/**
 * Which values an aggregation cannot take, with the generalised mean's exponent: `p < 0` cannot take a zero.
 *
 * @param rule - the function's table entry.
 * @param negativeExponent - the generalised mean's exponent is negative (ignored for the other functions).
 * @returns `none`, `negative` or `negative-and-zero`.
 */
export function domainOf(rule: AggregationRule, negativeExponent: boolean): AggregationRule["domain"] {
  return rule === AGGREGATIONS.generalised && negativeExponent ? "negative-and-zero" : rule.domain;
}

/** The domain of an aggregation function as written in a method (its exponent read exactly). */
const domainOfSpec = (spec: AggregationSpec): AggregationRule["domain"] =>
  domainOf(
    AGGREGATIONS[spec.function],
    spec.function === "generalised" && new P10Decimal(spec.p).isNegative(),
  );

/**
 * What a mean does with its values before computing, decided once for the exact and the float path:
 * `negative-value` (a value below zero — after the offset — under a power mean: no score),
 * `zero-value` (a zero under a function that cannot take one, with zeros "fail": no score),
 * `zero-limit` (such a zero under zeros "zero" or "offset": the mean's limit, 0 − offset), or `compute`.
 *
 * @param domain - what the function cannot take ({@link domainOf}).
 * @param anyNegative - some value (plus the offset) is below zero.
 * @param anyZero - some value (plus the offset) is zero.
 * @param zeros - the method's zeros rule.
 * @returns the verdict.
 */
export function valueRule(
  domain: AggregationRule["domain"],
  anyNegative: boolean,
  anyZero: boolean,
  zeros: ZerosRule,
): "negative-value" | "zero-value" | "zero-limit" | "compute" {
  if (domain === "none") return "compute";
  if (anyNegative) return "negative-value";
  if (domain === "negative-and-zero" && anyZero) return zeros === "fail" ? "zero-value" : "zero-limit";
  return "compute";
}

/**
 * Tells whether an aggregation function is linear in its children's values (arithmetic mean or sum), so
 * that a node's score can be written as Σ effective weight × indicator value.
 *
 * @param spec - an aggregation function.
 * @returns `true` for `arithmetic` and `sum`.
 */
export function isLinearAggregation(spec: AggregationSpec): boolean {
  return AGGREGATIONS[spec.function].linear;
}

/**
 * Tells whether an aggregation function cannot take a zero (geometric, harmonic, generalised with p < 0).
 *
 * @param spec - an aggregation function.
 * @returns `true` when a zero needs the method's `zeros` rule.
 */
export function needsZerosRule(spec: AggregationSpec): boolean {
  return domainOfSpec(spec) === "negative-and-zero";
}

/**
 * Describes an aggregation function in a few words, e.g. `generalised mean (p = 2)`.
 *
 * @param spec - an aggregation function.
 * @returns the description.
 * @example
 * ```ts
 * import { describeAggregation } from "principle10/advanced";
 * describeAggregation({ function: "geometric" }); // "geometric mean"
 * ```
 */
export function describeAggregation(spec: AggregationSpec): string {
  return AGGREGATIONS[spec.function].describe(spec);
}

/**
 * Aggregates children's values with their weights, exactly.
 * Means take weights normalised to sum to 1 over the children given; `sum` takes the raw weights
 * (Σ wᵢ xᵢ); `minimum` ignores the weights. Children of weight 0 must not be passed (they have no influence).
 * Geometric, harmonic and power means refuse negative values. Geometric, harmonic and negative-exponent
 * means follow `zeros`: `zero` → a zero makes the mean 0 (its limit); `offset` c → every value is
 * shifted, whether or not it is zero: mean(x + c) − c; `fail` → a zero leaves no value.
 *
 * @param spec - the aggregation function.
 * @param values - the children's values (at least one).
 * @param weights - the children's weights, aligned with `values`.
 * @param zeros - the zeros rule (only consulted for geometric-type means).
 * @returns the value, or the reason there is none.
 * @throws RangeError when `values` is empty or the arrays differ in length (an engine bug, not user input).
 */
export function aggregate(
  spec: AggregationSpec,
  values: readonly Dec[],
  weights: readonly Dec[],
  zeros: ZerosPolicy,
): Dec | AggregationFailure {
  if (values.length === 0 || values.length !== weights.length) {
    throw new RangeError(
      `aggregate needs one weight per value and at least one value (${values.length}, ${weights.length})`,
    );
  }
  const rule = AGGREGATIONS[spec.function];
  const domain = domainOfSpec(spec);
  if (domain === "none") return rule.exact(values, weights, spec);
  // Under zeros "offset" every value of a geometric-type mean is shifted, for every unit: shifting only
  // the units that have a zero would make scores jump (and fall) as a value leaves zero.
  const shift = domain === "negative-and-zero" && zeros.rule === "offset" ? zeros.offset : ZERO;
  const xs = shift.isZero() ? values : values.map((v) => v.plus(shift));
  const verdict = valueRule(
    domain,
    xs.some((v) => v.isNegative() && !v.isZero()),
    xs.some((v) => v.isZero()),
    zeros.rule,
  );
  if (verdict === "negative-value") {
    const what = shift.isZero() ? "a negative value" : `a value below −${shift} (the offset)`;
    return { code: "negative-value", message: `a ${describeAggregation(spec)} is undefined for ${what}` };
  }
  if (verdict === "zero-value") {
    return { code: "zero-value", message: `a zero value under a ${describeAggregation(spec)} (zeros: fail)` };
  }
  // The limit of the mean as a value goes to 0 is 0 (zeros "zero", or a value equal to −offset).
  if (verdict === "zero-limit") return ZERO.minus(shift);
  return rule.exact(xs, weights, spec).minus(shift);
}

/**
 * Aggregates child slots with doubles, by the same rules as {@link aggregate}: the float path's counterpart
 * (see {@link AggregationRule.float} for the slots that take part).
 *
 * @param rule - the function's table entry.
 * @param p - the generalised mean's exponent (0 for the others).
 * @param cv - the children's values, NaN where a child has none.
 * @param weights - the children's weights.
 * @param start - the first slot.
 * @param end - one past the last slot.
 * @param total - the sum of the taking-part weights.
 * @param zeros - the zeros rule.
 * @param offset - the offset under zeros "offset".
 * @returns the aggregate, or the reason there is none (`zero-value`, `negative-value`), as {@link aggregate}.
 */
export function aggregateFloat(
  rule: AggregationRule,
  p: number,
  cv: Float64Array,
  weights: Float64Array,
  start: number,
  end: number,
  total: number,
  zeros: ZerosRule,
  offset: number,
): number | AggregationFailure["code"] {
  const domain = domainOf(rule, p < 0);
  if (domain === "none") return rule.float(cv, weights, start, end, total, p, 0);
  const shift = domain === "negative-and-zero" && zeros === "offset" ? offset : 0;
  let anyNegative = false;
  let anyZero = false;
  for (let c = start; c < end; c++) {
    const v = cv[c] as number;
    if (Number.isNaN(v) || !((weights[c] as number) > 0)) continue;
    const x = v + shift;
    if (x < 0) anyNegative = true;
    else if (x === 0) anyZero = true;
  }
  const verdict = valueRule(domain, anyNegative, anyZero, zeros);
  if (verdict === "negative-value" || verdict === "zero-value") return verdict;
  if (verdict === "zero-limit") return -shift;
  return rule.float(cv, weights, start, end, total, p, shift);
}
