/**
 * Aggregation functions over a node's children, in exact decimal arithmetic: weighted arithmetic,
 * geometric, harmonic and generalised means, minimum and sum (OECD/JRC Handbook 2008, §6; COINr's
 * `a_amean`, `a_gmean`, `a_hmean`, `a_genmean`). Zeros under geometric-type means follow the method's
 * explicit `zeros` rule; there is never a silent epsilon. Non-linear means are exact to 50 digits.
 */
import { type Dec, P10Decimal } from "../decimal.js";
import { needsZerosRule } from "./parse.js";
import type { AggregationSpec, ZerosRule } from "./schema.js";

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

const ZERO = new P10Decimal(0);
const ONE = new P10Decimal(1);

/**
 * Tells whether an aggregation function is linear in its children's values (arithmetic mean or sum), so
 * that a node's score can be written as Σ effective weight × indicator value.
 *
 * @param spec - an aggregation function.
 * @returns `true` for `arithmetic` and `sum`.
 * @example
 * ```ts
 * import { isLinearAggregation } from "principle10";
 * isLinearAggregation({ function: "sum" }); // true
 * ```
 */
export function isLinearAggregation(spec: AggregationSpec): boolean {
  return spec.function === "arithmetic" || spec.function === "sum";
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
  switch (spec.function) {
    case "arithmetic":
    case "geometric":
    case "harmonic":
      return `${spec.function} mean`;
    case "generalised":
      return `generalised mean (p = ${spec.p})`;
    case "minimum":
      return "minimum";
    case "sum":
      return "sum";
  }
}

/**
 * Aggregates children's values with their weights.
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
 * @example
 * ```ts
 * import { aggregate } from "principle10";
 * import { dec } from "principle10/advanced";
 * const half = dec("0.5");
 * aggregate({ function: "geometric" }, [dec("1"), dec("4")], [half, half], { rule: "fail", offset: dec("0") });
 * // P10Decimal 2
 * ```
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
  if (spec.function === "arithmetic" || spec.function === "sum") return weightedSum(values, weights);
  if (spec.function === "minimum") return values.reduce((a, b) => (b.lt(a) ? b : a));
  // Under zeros "offset" every value of a geometric-type mean is shifted, for every unit: shifting only
  // the units that have a zero would make scores jump (and fall) as a value leaves zero.
  const shift = needsZerosRule(spec) && zeros.rule === "offset" ? zeros.offset : ZERO;
  const xs = shift.isZero() ? values : values.map((v) => v.plus(shift));
  if (xs.some((v) => v.isNegative() && !v.isZero())) {
    const what = shift.isZero() ? "a negative value" : `a value below −${shift} (the offset)`;
    return { code: "negative-value", message: `a ${describeAggregation(spec)} is undefined for ${what}` };
  }
  if (needsZerosRule(spec) && xs.some((v) => v.isZero())) {
    // The limit of the mean as a value goes to 0 is 0 (zeros "zero", or a value equal to −offset).
    if (zeros.rule === "fail") {
      return {
        code: "zero-value",
        message: `a zero value under a ${describeAggregation(spec)} (zeros: fail)`,
      };
    }
    return ZERO.minus(shift);
  }
  return powerMean(spec, xs, weights).minus(shift);
}

/** Σ wᵢ xᵢ in the given order. */
function weightedSum(values: readonly Dec[], weights: readonly Dec[]): Dec {
  let acc = ZERO;
  values.forEach((v, i) => {
    acc = acc.plus((weights[i] as Dec).times(v));
  });
  return acc;
}

/** Geometric, harmonic or generalised mean of non-negative values (zeros already handled). */
function powerMean(spec: AggregationSpec, xs: readonly Dec[], ws: readonly Dec[]): Dec {
  const w = (i: number): Dec => ws[i] as Dec;
  switch (spec.function) {
    case "geometric":
      return xs.reduce((acc, x, i) => acc.times(x.pow(w(i))), ONE);
    case "harmonic":
      return ONE.div(xs.reduce((acc, x, i) => acc.plus(w(i).div(x)), ZERO));
    case "generalised": {
      const p = new P10Decimal(spec.p);
      const inner = xs.reduce((acc, x, i) => acc.plus(w(i).times(x.pow(p))), ZERO);
      return inner.pow(ONE.div(p));
    }
    default:
      throw new RangeError(`not a power mean: ${spec.function}`);
  }
}
