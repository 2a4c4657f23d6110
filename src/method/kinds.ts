/**
 * Transforms and the normalisations of the OECD/JRC Handbook (2008, §5 and Table 3) beyond min–max and
 * z-scores: ranking, percentiles, Borda scores (COINr `n_borda`: rank − 1), the ratio and the relative
 * difference to the mean, the best, the worst or a reference entity, indicators above or below the mean,
 * and categorical scales. Each works on one indicator's distinct values (levels, then combined values)
 * with the number of the cohort's units holding each, so a value table is computed once per cohort.
 *
 * Direction: under `lower-is-better` every kind is reversed so that a higher normalised value always means
 * better — ranks count from the highest value, the best is the lowest value, ratios and differences are
 * taken the other way round, above/below the mean is negated. Categorical scores are stated by the method,
 * so direction does not apply to them. Exact fractions throughout, except the transforms (50 digits).
 */
import { type Dec, P10Decimal } from "../decimal.js";
import { P10Error } from "../errors.js";
import {
  addFractions,
  compareFractions,
  decimalFraction,
  divideFractions,
  FRACTION_ONE,
  FRACTION_ZERO,
  type Fraction,
  fraction,
  fractionToDec,
  multiplyFractions,
  subtractFractions,
} from "../base/fraction.js";
import type { NormalisationSpec, TransformSpec } from "./schema.js";

/** The kinds computed here. */
export type DistanceKind = Extract<
  NormalisationSpec,
  {
    method:
      | "rank"
      | "percentile"
      | "borda"
      | "ratio"
      | "relative-difference"
      | "above-below-mean"
      | "categorical";
  }
>;

/** `true` for the kinds of this module. */
export function isDistanceKind(spec: NormalisationSpec): spec is DistanceKind {
  return [
    "rank",
    "percentile",
    "borda",
    "ratio",
    "relative-difference",
    "above-below-mean",
    "categorical",
  ].includes(spec.method);
}

/**
 * Applies a transform to one value, to 50 digits.
 *
 * @param v - the value.
 * @param t - the transform.
 * @returns f(v + offset), or `null` when v + offset is outside the function's domain.
 */
export function transformValue(v: Fraction, t: TransformSpec): Fraction | null {
  const x = fractionToDec(v).plus(new P10Decimal(t.offset ?? "0"));
  let y: Dec;
  switch (t.function) {
    case "log10":
      if (!x.gt(0)) return null;
      y = x.log(10);
      break;
    case "ln":
      if (!x.gt(0)) return null;
      y = x.ln();
      break;
    case "sqrt":
      if (x.lt(0)) return null;
      y = x.sqrt();
      break;
  }
  return decimalFraction(y);
}

/** How a transform is written: `log10(x + 1)`. */
export function transformText(t: TransformSpec): string {
  const offset = t.offset === undefined || new P10Decimal(t.offset).isZero() ? "" : ` + ${t.offset}`;
  return `${t.function}(x${offset})`;
}

/** What a kind needs besides the values: the indicator (for errors) and a reference entity's value. */
export interface KindContext {
  readonly indicator: string;
  readonly lowerIsBetter: boolean;
  /** The reference entity's value in the cohort (`to: { entity }`); throws when it has none. */
  readonly entityValue: (entity: string) => Fraction;
}

const HUNDRED = fraction(100n);

/**
 * Normalises one indicator's distinct values by a kind of this module.
 *
 * @param spec - the normalisation.
 * @param values - the (transformed) distinct values.
 * @param counts - how many of the cohort's units hold each value.
 * @param ctx - indicator id, direction, reference entity lookup.
 * @returns the normalised value of each distinct value (0 for an unanswered value where it is undefined).
 * @throws P10Error `P10_NORMALISATION_ZERO` when a ratio or difference divides by 0.
 */
export function normaliseKind(
  spec: DistanceKind,
  values: readonly Fraction[],
  counts: readonly number[],
  ctx: KindContext,
): Fraction[] {
  const lib = ctx.lowerIsBetter;
  const better = (a: Fraction, b: Fraction): number =>
    lib ? -compareFractions(a, b) : compareFractions(a, b);
  const n = counts.reduce((a, b) => a + b, 0);
  switch (spec.method) {
    case "rank":
    case "percentile":
    case "borda":
      return values.map((v) => {
        let below = 0;
        values.forEach((x, k) => {
          if (better(x, v) < 0) below += counts[k] as number;
        });
        if (spec.method === "borda") return fraction(BigInt(below));
        const rank = fraction(BigInt(below + 1));
        return spec.method === "rank"
          ? rank
          : n === 0
            ? FRACTION_ZERO
            : divideFractions(multiplyFractions(rank, HUNDRED), fraction(BigInt(n)));
      });
    case "categorical": {
      const cuts = spec.thresholds.map((t) => decimalFraction(t));
      const scores = spec.scores.map((s) => decimalFraction(s));
      return values.map((v) => {
        const k = cuts.filter((c) => compareFractions(v, c) >= 0).length;
        return scores[k] as Fraction;
      });
    }
    case "above-below-mean": {
      if (n === 0) return values.map(() => FRACTION_ZERO);
      const mean = meanOf(values, counts, n);
      const p = decimalFraction(spec.threshold);
      const up = multiplyFractions(addFractions(FRACTION_ONE, p), mean);
      const down = multiplyFractions(subtractFractions(FRACTION_ONE, p), mean);
      const sign = lib ? -1n : 1n;
      return values.map((v) =>
        compareFractions(v, up) > 0
          ? fraction(sign)
          : compareFractions(v, down) < 0
            ? fraction(-sign)
            : FRACTION_ZERO,
      );
    }
    case "ratio":
    case "relative-difference": {
      if (n === 0) return values.map(() => FRACTION_ZERO);
      const ref = referenceValue(spec.to, values, counts, n, better, ctx);
      const zero = (what: string): never => {
        throw new P10Error(
          "P10_NORMALISATION_ZERO",
          `indicator ${ctx.indicator}: ${spec.method} divides by ${what}, which is 0`,
          [
            {
              code: "P10_NORMALISATION_ZERO",
              severity: "error",
              path: ctx.indicator,
              message: `${what} is 0`,
            },
          ],
        );
      };
      return values.map((v, k) => {
        if (spec.method === "relative-difference") {
          if (ref.num === 0n) zero("the reference value");
          const d = lib ? subtractFractions(ref, v) : subtractFractions(v, ref);
          return divideFractions(d, ref);
        }
        if (!lib) return ref.num === 0n ? zero("the reference value") : divideFractions(v, ref);
        if (v.num === 0n)
          return (counts[k] as number) > 0
            ? zero("an answer (lower-is-better ratio: reference / x)")
            : FRACTION_ZERO;
        return divideFractions(ref, v);
      });
    }
  }
}

function meanOf(values: readonly Fraction[], counts: readonly number[], n: number): Fraction {
  let total = FRACTION_ZERO;
  values.forEach((v, k) => {
    total = addFractions(total, multiplyFractions(v, fraction(BigInt(counts[k] as number))));
  });
  return divideFractions(total, fraction(BigInt(n)));
}

function referenceValue(
  to: Extract<DistanceKind, { method: "ratio" }>["to"],
  values: readonly Fraction[],
  counts: readonly number[],
  n: number,
  better: (a: Fraction, b: Fraction) => number,
  ctx: KindContext,
): Fraction {
  if (typeof to === "object") return ctx.entityValue(to.entity);
  if (to === "mean") return meanOf(values, counts, n);
  let pick: Fraction | null = null;
  values.forEach((v, k) => {
    if ((counts[k] as number) === 0) return;
    if (pick === null || (to === "best" ? better(v, pick) > 0 : better(v, pick) < 0)) pick = v;
  });
  return pick ?? FRACTION_ZERO;
}
