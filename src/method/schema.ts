/**
 * The method file format as zod schemas: the single source of truth for how answers become scores
 * (normalisation, weighting, aggregation per level and per node, missing data, coverage, presentation).
 * Vocabulary after the OECD/JRC Handbook on Constructing Composite Indicators (2008) and COINr.
 */
import { CaseCombineSchema } from "../framework/case-schema.js";
import * as z from "zod/mini";
import { DecimalStringSchema, IdSchema } from "../framework/schema.js";

/** A non-negative plain decimal string such as `"0"`, `"1"` or `"2.5"` (weights, allocations, offsets). */
export const NonNegativeDecimalSchema = /* @__PURE__ */ z
  .string()
  .check(
    /* @__PURE__ */ z.regex(
      /^\d+(?:\.\d+)?$/,
      'expected a non-negative plain decimal string such as "1" or "0.5"',
    ),
  );

/** A ratio: a decimal string (`"0.5"`) or a fraction of decimal strings (`"2/3"`). */
export const RatioSchema = /* @__PURE__ */ z
  .string()
  .check(
    /* @__PURE__ */ z.regex(
      /^\d+(?:\.\d+)?(?:\/\d+(?:\.\d+)?)?$/,
      'expected a decimal such as "0.5" or a fraction such as "2/3"',
    ),
  );

/** A sub-index computed over the framework tree from the scored indicators of the listed kinds. */
export const IndexSpecSchema = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ IdSchema.check(),
  title: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  kinds: /* @__PURE__ */ z
    .array(/* @__PURE__ */ z.enum(["legal", "practice"]))
    .check(/* @__PURE__ */ z.minLength(1)),
});

/** A gap between two indices: minuend − subtrahend for each node present in both. */
export const GapSpecSchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  title: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  minuend: /* @__PURE__ */ IdSchema.check(),
  subtrahend: /* @__PURE__ */ IdSchema.check(),
});

/** Goalposts of one scale, overriding the scale's own `min`/`max`. */
export const GoalpostsSchema = /* @__PURE__ */ z.strictObject({
  min: DecimalStringSchema,
  max: DecimalStringSchema,
});

/** The target range of goalposts and min–max normalisation. */
export const RangeSchema = /* @__PURE__ */ z._default(/* @__PURE__ */ z.enum(["0-100", "0-1"]), "0-100");

/**
 * Whose statistics a cohort normalisation uses when it states no reference: `pooled` (every unit of the
 * data, all periods together; the default) or `period` (the units of each period separately).
 */
export const ScopeSchema = /* @__PURE__ */ z.enum(["pooled", "period"]);

/** Statistics of the reference period's units, applied to every period. */
const ReferencePeriodSchema = /* @__PURE__ */ z.strictObject({
  period: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
});

/** A z-score reference: a period of the data, or stated means and standard deviations per id. */
export const ZScoreReferenceSchema = /* @__PURE__ */ z.union([
  ReferencePeriodSchema,
  /* @__PURE__ */ z.strictObject({
    stats: /* @__PURE__ */ z.record(
      IdSchema,
      /* @__PURE__ */ z.strictObject({ mean: DecimalStringSchema, sd: DecimalStringSchema }),
    ),
  }),
]);

/** A min–max reference: a period of the data, or stated minima and maxima per id. */
export const MinMaxReferenceSchema = /* @__PURE__ */ z.union([
  ReferencePeriodSchema,
  /* @__PURE__ */ z.strictObject({
    stats: /* @__PURE__ */ z.record(
      IdSchema,
      /* @__PURE__ */ z.strictObject({ min: DecimalStringSchema, max: DecimalStringSchema }),
    ),
  }),
]);

/**
 * A transform applied to values before normalisation (skewed quantities: the HDI's income, the TAI's
 * telephones and electricity): `log10(x + offset)`, `ln(x + offset)` or `sqrt(x + offset)`, to 50 digits.
 */
export const TransformSchema = /* @__PURE__ */ z.strictObject({
  function: /* @__PURE__ */ z.enum(["log10", "ln", "sqrt"]),
  offset: /* @__PURE__ */ z.optional(DecimalStringSchema),
});

/** The reference value of `ratio` and `relative-difference`. */
export const DistanceTargetSchema = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.enum(["mean", "best", "worst"]),
  /* @__PURE__ */ z.strictObject({
    entity: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  }),
]);

/**
 * Outlier treatment of numeric indicators before normalisation, COINr's default `Treat()` (see
 * `outliers.ts`): winsorise up to `winmax` points while |skewness| ≥ `skew` and kurtosis ≥ `kurtosis`,
 * else log-transform the original values.
 */
export const OutlierTreatmentSchema = /* @__PURE__ */ z.strictObject({
  rule: /* @__PURE__ */ z.literal("coinr"),
  winmax: /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
    5,
  ),
  skew: /* @__PURE__ */ z._default(NonNegativeDecimalSchema.check(), "2"),
  kurtosis: /* @__PURE__ */ z._default(DecimalStringSchema.check(), "3.5"),
});

/** Min–max over a cohort of units. */
export const CohortMinMaxSchema = /* @__PURE__ */ z.strictObject({
  method: /* @__PURE__ */ z.literal("cohort-minmax"),
  range: RangeSchema,
  scope: /* @__PURE__ */ z.optional(ScopeSchema),
  reference: /* @__PURE__ */ z.optional(MinMaxReferenceSchema),
  transform: /* @__PURE__ */ z.optional(TransformSchema),
  outliers: /* @__PURE__ */ z.optional(OutlierTreatmentSchema),
});

/** z-scores over a cohort of units. */
export const ZScoreSchema = /* @__PURE__ */ z.strictObject({
  method: /* @__PURE__ */ z.literal("z-score"),
  scope: /* @__PURE__ */ z.optional(ScopeSchema),
  reference: /* @__PURE__ */ z.optional(ZScoreReferenceSchema),
  transform: /* @__PURE__ */ z.optional(TransformSchema),
  outliers: /* @__PURE__ */ z.optional(OutlierTreatmentSchema),
});

/** A kind of the rank family, distances or mean thresholds, with its own fields and the cohort's. */
function cohortKind<M extends string, F extends Record<string, z.core.SomeType>>(method: M, fields: F) {
  return /* @__PURE__ */ z.strictObject({
    method: /* @__PURE__ */ z.literal(method),
    ...fields,
    scope: /* @__PURE__ */ z.optional(ScopeSchema),
    reference: /* @__PURE__ */ z.optional(ReferencePeriodSchema),
    transform: /* @__PURE__ */ z.optional(TransformSchema),
    outliers: /* @__PURE__ */ z.optional(OutlierTreatmentSchema),
  });
}

/** The rank family, distances and mean thresholds (OECD/JRC Handbook 2008, Table 3; COINr). */
export const RankNormalisationSchema = /* @__PURE__ */ cohortKind("rank", {});
export const PercentileNormalisationSchema = /* @__PURE__ */ cohortKind("percentile", {});
export const BordaNormalisationSchema = /* @__PURE__ */ cohortKind("borda", {});
export const RatioNormalisationSchema = /* @__PURE__ */ cohortKind("ratio", { to: DistanceTargetSchema });
export const RelativeDifferenceNormalisationSchema = /* @__PURE__ */ cohortKind("relative-difference", {
  to: DistanceTargetSchema,
});
export const AboveBelowMeanNormalisationSchema = /* @__PURE__ */ cohortKind("above-below-mean", {
  threshold: /* @__PURE__ */ NonNegativeDecimalSchema.check(),
});
export const CategoricalNormalisationSchema = /* @__PURE__ */ z.strictObject({
  method: /* @__PURE__ */ z.literal("categorical"),
  thresholds: /* @__PURE__ */ z.array(DecimalStringSchema).check(/* @__PURE__ */ z.minLength(1)),
  scores: /* @__PURE__ */ z.array(DecimalStringSchema).check(/* @__PURE__ */ z.minLength(2)),
  transform: /* @__PURE__ */ z.optional(TransformSchema),
});

/** How an answer's scale value becomes the number that is aggregated. */
export const NormalisationSchema = /* @__PURE__ */ z.discriminatedUnion("method", [
  /* @__PURE__ */ z.strictObject({ method: /* @__PURE__ */ z.literal("native") }),
  /* @__PURE__ */ z.strictObject({
    method: /* @__PURE__ */ z.literal("goalposts"),
    range: RangeSchema,
    posts: /* @__PURE__ */ z._default(/* @__PURE__ */ z.record(IdSchema, GoalpostsSchema), {}),
    clamp: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    transform: /* @__PURE__ */ z.optional(TransformSchema),
  }),
  CohortMinMaxSchema,
  ZScoreSchema,
  RankNormalisationSchema,
  PercentileNormalisationSchema,
  BordaNormalisationSchema,
  RatioNormalisationSchema,
  RelativeDifferenceNormalisationSchema,
  AboveBelowMeanNormalisationSchema,
  CategoricalNormalisationSchema,
]);

/** How a node's aggregate is normalised across units before it enters its parent. */
export const NodeNormalisationSchema = /* @__PURE__ */ z.discriminatedUnion("method", [
  CohortMinMaxSchema,
  ZScoreSchema,
]);

/** Weights per node id (explicit scheme, budget allocations). */
const WeightMapSchema = /* @__PURE__ */ z.record(IdSchema, NonNegativeDecimalSchema);

/** How children are weighted within their parent. Weights are always normalised within each parent. */
export const WeightingSchema = /* @__PURE__ */ z.discriminatedUnion("scheme", [
  /* @__PURE__ */ z.strictObject({ scheme: /* @__PURE__ */ z.literal("nested-equal") }),
  /* @__PURE__ */ z.strictObject({ scheme: /* @__PURE__ */ z.literal("flat-equal") }),
  /* @__PURE__ */ z.strictObject({
    scheme: /* @__PURE__ */ z.literal("explicit"),
    weights: /* @__PURE__ */ WeightMapSchema.check(),
  }),
  /* @__PURE__ */ z.strictObject({ scheme: /* @__PURE__ */ z.literal("points") }),
  /* @__PURE__ */ z.strictObject({
    scheme: /* @__PURE__ */ z.literal("budget"),
    experts: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z.strictObject({
          id: /* @__PURE__ */ IdSchema.check(),
          allocations: /* @__PURE__ */ WeightMapSchema.check(),
        }),
      )
      .check(/* @__PURE__ */ z.minLength(1)),
  }),
]);

/** One aggregation function. */
export const AggregationSpecSchema = /* @__PURE__ */ z.discriminatedUnion("function", [
  /* @__PURE__ */ z.strictObject({ function: /* @__PURE__ */ z.literal("arithmetic") }),
  /* @__PURE__ */ z.strictObject({ function: /* @__PURE__ */ z.literal("geometric") }),
  /* @__PURE__ */ z.strictObject({ function: /* @__PURE__ */ z.literal("harmonic") }),
  /* @__PURE__ */ z.strictObject({
    function: /* @__PURE__ */ z.literal("generalised"),
    p: /* @__PURE__ */ DecimalStringSchema.check(),
  }),
  /* @__PURE__ */ z.strictObject({ function: /* @__PURE__ */ z.literal("minimum") }),
  /* @__PURE__ */ z.strictObject({ function: /* @__PURE__ */ z.literal("sum") }),
]);

/** Aggregation per level, with per-node overrides, and the rule for zeros under geometric-type means. */
export const AggregationSchema = /* @__PURE__ */ z.strictObject({
  index: /* @__PURE__ */ z.optional(AggregationSpecSchema),
  pillar: /* @__PURE__ */ z.optional(AggregationSpecSchema),
  group: /* @__PURE__ */ z.optional(AggregationSpecSchema),
  overrides: /* @__PURE__ */ z._default(/* @__PURE__ */ z.record(IdSchema, AggregationSpecSchema), {}),
  zeros: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["zero", "offset", "fail"])),
  offset: /* @__PURE__ */ z.optional(NonNegativeDecimalSchema),
});

/** How missing answers are filled before the missing policy applies (COINr 1.1.14's rules, see `imputeDataset`). */
export const ImputationSchema = /* @__PURE__ */ z.strictObject({
  rule: /* @__PURE__ */ z.enum(["cohort-mean", "cohort-median", "group-mean", "previous-period"]),
});

/** One display band: scores ≤ `max` (and above the previous band's `max`) fall in it; the last has no `max`. */
export const BandSchema = /* @__PURE__ */ z.strictObject({
  label: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  max: /* @__PURE__ */ z.optional(DecimalStringSchema),
});

/** Bands in ascending order, the last unbounded. */
export const BandListSchema = /* @__PURE__ */ z.array(BandSchema);

/**
 * Bands as publishers define them: decided on the exact or on the displayed score, one list for every node
 * (`default`) and lists of their own for named nodes. The plain array form means `{ on: "exact", default }`.
 */
export const BandsObjectSchema = /* @__PURE__ */ z.strictObject({
  on: /* @__PURE__ */ z._default(/* @__PURE__ */ z.enum(["exact", "rounded"]), "exact"),
  default: /* @__PURE__ */ z._default(BandListSchema, []),
  nodes: /* @__PURE__ */ z._default(/* @__PURE__ */ z.record(IdSchema, BandListSchema), {}),
});

/** How scores are shown and ranked. */
export const PresentationSchema = /* @__PURE__ */ z.strictObject({
  places: /* @__PURE__ */ z._default(
    /* @__PURE__ */ z
      .number()
      .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(20)),
    2,
  ),
  rounding: /* @__PURE__ */ z._default(/* @__PURE__ */ z.enum(["half-even", "half-up"]), "half-even"),
  bands: /* @__PURE__ */ z._default(/* @__PURE__ */ z.union([BandListSchema, BandsObjectSchema]), []),
  ranks: /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.strictObject({
      ties: /* @__PURE__ */ z._default(
        /* @__PURE__ */ z.enum(["competition", "dense", "ordinal"]),
        "competition",
      ),
      on: /* @__PURE__ */ z._default(/* @__PURE__ */ z.enum(["exact", "rounded"]), "exact"),
    }),
    { ties: "competition", on: "exact" },
  ),
  change: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["exact", "displayed"])),
});

/**
 * A whole method document.
 *
 * @example
 * ```ts
 * import { MethodSchema } from "principle10/advanced";
 * import { readJsonFile } from "principle10/node";
 * const json = await readJsonFile("data/methods/edi-2015.json");
 * MethodSchema.safeParse(json).success; // true
 * MethodSchema.safeParse({ ...(json as object), minCoverage: "3/2 of them" }).success; // false
 * ```
 */
export const MethodSchema = /* @__PURE__ */ z.strictObject({
  $schema: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  id: IdSchema,
  version: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  title: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  description: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  framework: /* @__PURE__ */ z.optional(IdSchema),
  indices: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(IndexSpecSchema).check(/* @__PURE__ */ z.minLength(1)),
  ),
  gaps: /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(GapSpecSchema), []),
  normalisation: /* @__PURE__ */ z._default(NormalisationSchema, { method: "native" }),
  normaliseScales: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(IdSchema, NormalisationSchema)),
  normaliseNodes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(IdSchema, NodeNormalisationSchema)),
  weighting: /* @__PURE__ */ z._default(WeightingSchema, { scheme: "nested-equal" }),
  aggregation: /* @__PURE__ */ z._default(AggregationSchema, { overrides: {} }),
  missing: /* @__PURE__ */ z._default(/* @__PURE__ */ z.enum(["drop", "zero", "fail"]), "drop"),
  imputation: /* @__PURE__ */ z.optional(ImputationSchema),
  minCoverage: /* @__PURE__ */ z._default(RatioSchema, "2/3"),
  minCoverageByNode: /* @__PURE__ */ z._default(/* @__PURE__ */ z.record(IdSchema, RatioSchema), {}),
  caseCombine: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.record(
      IdSchema,
      /* @__PURE__ */ z.strictObject({
        combine: CaseCombineSchema,
        level: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))),
      }),
    ),
  ),
  evidence: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["flag", "missing"])),
  presentation: /* @__PURE__ */ z._default(PresentationSchema, {
    places: 2,
    rounding: "half-even",
    bands: [],
    ranks: { ties: "competition", on: "exact" },
  }),
});

/** A method as parsed (defaults applied). */
export type Method = z.output<typeof MethodSchema>;
/** A method as written by its author (defaults not yet applied). */
export type MethodInput = z.input<typeof MethodSchema>;
/** One aggregation function as parsed. */
export type AggregationSpec = z.output<typeof AggregationSpecSchema>;
/** The aggregation section as parsed. */
export type AggregationSettings = z.output<typeof AggregationSchema>;
/** The weighting section as parsed. */
export type WeightingSpec = z.output<typeof WeightingSchema>;
/** The normalisation section as parsed. */
export type NormalisationSpec = z.output<typeof NormalisationSchema>;
/** A transform as parsed. */
export type TransformSpec = z.output<typeof TransformSchema>;
/** A node normalisation as parsed. */
export type NodeNormalisationSpec = z.output<typeof NodeNormalisationSchema>;
/** A cohort normalisation (of answers or of a node) as parsed. */
export type CohortNormalisationSpec = NodeNormalisationSpec;
/** A sub-index as parsed. */
export type IndexSpec = z.output<typeof IndexSpecSchema>;
/** A gap as parsed. */
export type GapSpec = z.output<typeof GapSpecSchema>;
/** A display band. */
export type Band = z.output<typeof BandSchema>;
/** The bands setting as parsed: a list (every node, exact score) or the object form. */
export type BandsSetting = z.output<typeof PresentationSchema>["bands"];
/** The presentation section as parsed. */
export type Presentation = z.output<typeof PresentationSchema>;
/** The imputation rules. */
export type ImputationRule = z.output<typeof ImputationSchema>["rule"];
/** How a change between periods is shown (`presentation.change`). */
export type ChangeConvention = NonNullable<Presentation["change"]>;
/** The missing-data policies. */
export type MissingPolicy = Method["missing"];
/** The rules for zeros under geometric-type means. */
export type ZerosRule = NonNullable<AggregationSettings["zeros"]>;
/** The levels whose nodes aggregate children. */
export type AggregatingLevel = "index" | "pillar" | "group";
