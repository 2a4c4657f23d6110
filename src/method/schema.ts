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
    /* @__PURE__ */ z.describe('A non-negative exact decimal written as a string, e.g. "1" or "0.5".'),
  );

/** A ratio: a decimal string (`"0.5"`) or a fraction of decimal strings (`"2/3"`). */
export const RatioSchema = /* @__PURE__ */ z
  .string()
  .check(
    /* @__PURE__ */ z.regex(
      /^\d+(?:\.\d+)?(?:\/\d+(?:\.\d+)?)?$/,
      'expected a decimal such as "0.5" or a fraction such as "2/3"',
    ),
    /* @__PURE__ */ z.describe(
      'A share between 0 and 1: a decimal string such as "0.5" or a fraction such as "2/3".',
    ),
  );

/** A sub-index computed over the framework tree from the scored indicators of the listed kinds. */
export const IndexSpecSchema = /* @__PURE__ */ z
  .strictObject({
    id: /* @__PURE__ */ IdSchema.check(
      /* @__PURE__ */ z.describe('The index id, e.g. "law"; its root node keeps the framework root\'s id.'),
    ),
    title: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
    kinds: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.enum(["legal", "practice"]))
      .check(
        /* @__PURE__ */ z.minLength(1),
        /* @__PURE__ */ z.describe(
          "Indicator kinds that enter this index (only indicators with scored: true).",
        ),
      ),
  })
  .check(
    /* @__PURE__ */ z.describe(
      "A sub-index: nodes whose subtree has no entering indicator are absent from it.",
    ),
  );

/** A gap between two indices: minuend − subtrahend for each node present in both. */
export const GapSpecSchema = /* @__PURE__ */ z
  .strictObject({
    id: IdSchema,
    title: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
    minuend: /* @__PURE__ */ IdSchema.check(
      /* @__PURE__ */ z.describe('The id of the index subtracted from, e.g. "law".'),
    ),
    subtrahend: /* @__PURE__ */ IdSchema.check(
      /* @__PURE__ */ z.describe('The id of the index subtracted, e.g. "practice".'),
    ),
  })
  .check(
    /* @__PURE__ */ z.describe(
      "The gap minuend − subtrahend of every node present in both indices (null when either is null).",
    ),
  );

/** Goalposts of one scale, overriding the scale's own `min`/`max`. */
export const GoalpostsSchema = /* @__PURE__ */ z.strictObject({
  min: DecimalStringSchema,
  max: DecimalStringSchema,
});

/** The target range of goalposts and min–max normalisation. */
export const RangeSchema = /* @__PURE__ */ z
  ._default(/* @__PURE__ */ z.enum(["0-100", "0-1"]), "0-100")
  .check(/* @__PURE__ */ z.describe("The normalised range: 0–100 or 0–1."));

/**
 * Whose statistics a cohort normalisation uses when it states no reference: `pooled` (every unit of the
 * data, all periods together; the default) or `period` (the units of each period separately).
 */
export const ScopeSchema = /* @__PURE__ */ z
  .enum(["pooled", "period"])
  .check(
    /* @__PURE__ */ z.describe(
      "pooled: statistics over every unit of the data, all periods together (the default); period: over the units of each period separately.",
    ),
  );

/** Statistics of the reference period's units, applied to every period. */
const ReferencePeriodSchema = /* @__PURE__ */ z.strictObject({
  period: /* @__PURE__ */ z
    .string()
    .check(
      /* @__PURE__ */ z.minLength(1),
      /* @__PURE__ */ z.describe("The period whose units' statistics normalise every period."),
    ),
});

/** A z-score reference: a period of the data, or stated means and standard deviations per id. */
export const ZScoreReferenceSchema = /* @__PURE__ */ z
  .union([
    ReferencePeriodSchema,
    /* @__PURE__ */ z.strictObject({
      stats: /* @__PURE__ */ z
        .record(
          IdSchema,
          /* @__PURE__ */ z.strictObject({ mean: DecimalStringSchema, sd: DecimalStringSchema }),
        )
        .check(
          /* @__PURE__ */ z.describe(
            "Stated mean and standard deviation per indicator (or node) id, as published: every indicator entering an index needs them (one entering none keeps its scale values).",
          ),
        ),
    }),
  ])
  .check(
    /* @__PURE__ */ z.describe(
      "Fixed statistics applied to every period: a reference period, or stated constants.",
    ),
  );

/** A min–max reference: a period of the data, or stated minima and maxima per id. */
export const MinMaxReferenceSchema = /* @__PURE__ */ z
  .union([
    ReferencePeriodSchema,
    /* @__PURE__ */ z.strictObject({
      stats: /* @__PURE__ */ z
        .record(
          IdSchema,
          /* @__PURE__ */ z.strictObject({ min: DecimalStringSchema, max: DecimalStringSchema }),
        )
        .check(
          /* @__PURE__ */ z.describe(
            "Stated lowest and highest value per indicator (or node) id, as published: every indicator entering an index needs them (one entering none keeps its scale values).",
          ),
        ),
    }),
  ])
  .check(
    /* @__PURE__ */ z.describe(
      "Fixed statistics applied to every period: a reference period, or stated constants.",
    ),
  );

/**
 * A transform applied to values before normalisation (skewed quantities: the HDI's income, the TAI's
 * telephones and electricity): `log10(x + offset)`, `ln(x + offset)` or `sqrt(x + offset)`, to 50 digits.
 */
export const TransformSchema = /* @__PURE__ */ z
  .strictObject({
    function: /* @__PURE__ */ z.enum(["log10", "ln", "sqrt"]),
    offset: /* @__PURE__ */ z
      .optional(DecimalStringSchema)
      .check(/* @__PURE__ */ z.describe('Added before the function, e.g. "1" for log10(x + 1).')),
  })
  .check(
    /* @__PURE__ */ z.describe(
      "A transform of values before normalisation; a value outside its domain is an error.",
    ),
  );

/** The reference value of `ratio` and `relative-difference`. */
export const DistanceTargetSchema = /* @__PURE__ */ z
  .union([
    /* @__PURE__ */ z.enum(["mean", "best", "worst"]),
    /* @__PURE__ */ z.strictObject({
      entity: /* @__PURE__ */ z
        .string()
        .check(
          /* @__PURE__ */ z.minLength(1),
          /* @__PURE__ */ z.describe("The reference entity's value in the same cohort."),
        ),
    }),
  ])
  .check(
    /* @__PURE__ */ z.describe(
      "mean, best or worst of the cohort (best = highest, or lowest under lower-is-better), or an entity.",
    ),
  );

/** Min–max over a cohort of units. */
export const CohortMinMaxSchema = /* @__PURE__ */ z
  .strictObject({
    method: /* @__PURE__ */ z.literal("cohort-minmax"),
    range: RangeSchema,
    scope: /* @__PURE__ */ z.optional(ScopeSchema),
    reference: /* @__PURE__ */ z.optional(MinMaxReferenceSchema),
    transform: /* @__PURE__ */ z.optional(TransformSchema),
  })
  .check(
    /* @__PURE__ */ z.describe(
      "(value − lowest) / (highest − lowest) × range top, per indicator (or node), over the units of the scope or the reference.",
    ),
  );

/** z-scores over a cohort of units. */
export const ZScoreSchema = /* @__PURE__ */ z
  .strictObject({
    method: /* @__PURE__ */ z.literal("z-score"),
    scope: /* @__PURE__ */ z.optional(ScopeSchema),
    reference: /* @__PURE__ */ z.optional(ZScoreReferenceSchema),
    transform: /* @__PURE__ */ z.optional(TransformSchema),
  })
  .check(
    /* @__PURE__ */ z.describe(
      "(value − mean) / sample standard deviation, per indicator (or node), over the units of the scope or the reference.",
    ),
  );

/** A kind of the rank family, distances or mean thresholds, with its own fields and the cohort's. */
function cohortKind<M extends string, F extends Record<string, z.core.SomeType>>(
  method: M,
  fields: F,
  description: string,
) {
  return /* @__PURE__ */ z
    .strictObject({
      method: /* @__PURE__ */ z.literal(method),
      ...fields,
      scope: /* @__PURE__ */ z.optional(ScopeSchema),
      reference: /* @__PURE__ */ z.optional(ReferencePeriodSchema),
      transform: /* @__PURE__ */ z.optional(TransformSchema),
    })
    .check(/* @__PURE__ */ z.describe(description));
}

/** The rank family, distances and mean thresholds (OECD/JRC Handbook 2008, Table 3; COINr). */
export const RankNormalisationSchema = /* @__PURE__ */ cohortKind(
  "rank",
  {},
  "Rank in the cohort, ascending: the lowest value 1, ties share the lowest place.",
);
export const PercentileNormalisationSchema = /* @__PURE__ */ cohortKind(
  "percentile",
  {},
  "rank / N × 100 over the cohort's N answers.",
);
export const BordaNormalisationSchema = /* @__PURE__ */ cohortKind(
  "borda",
  {},
  "Borda score: how many of the cohort's answers are lower (rank − 1, as COINr).",
);
export const RatioNormalisationSchema = /* @__PURE__ */ cohortKind(
  "ratio",
  { to: DistanceTargetSchema },
  "x / reference (reference / x under lower-is-better).",
);
export const RelativeDifferenceNormalisationSchema = /* @__PURE__ */ cohortKind(
  "relative-difference",
  { to: DistanceTargetSchema },
  "(x − reference) / reference ((reference − x) / reference under lower-is-better).",
);
export const AboveBelowMeanNormalisationSchema = /* @__PURE__ */ cohortKind(
  "above-below-mean",
  {
    threshold: /* @__PURE__ */ NonNegativeDecimalSchema.check(
      /* @__PURE__ */ z.describe("p: 1 above (1 + p) × mean, −1 below (1 − p) × mean, else 0."),
    ),
  },
  "1 above (1 + p) × mean, −1 below (1 − p) × mean, else 0 (negated under lower-is-better).",
);
export const CategoricalNormalisationSchema = /* @__PURE__ */ z
  .strictObject({
    method: /* @__PURE__ */ z.literal("categorical"),
    thresholds: /* @__PURE__ */ z
      .array(DecimalStringSchema)
      .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.describe("Ascending cut points t1 < t2 < …")),
    scores: /* @__PURE__ */ z
      .array(DecimalStringSchema)
      .check(
        /* @__PURE__ */ z.minLength(2),
        /* @__PURE__ */ z.describe(
          "One score more than thresholds: below t1, from t1 below t2, …, from the last up.",
        ),
      ),
    transform: /* @__PURE__ */ z.optional(TransformSchema),
  })
  .check(
    /* @__PURE__ */ z.describe(
      "Values mapped to stated scores by thresholds (direction does not apply: the scores state it).",
    ),
  );

/** How an answer's scale value becomes the number that is aggregated. */
export const NormalisationSchema = /* @__PURE__ */ z
  .discriminatedUnion("method", [
    /* @__PURE__ */ z
      .strictObject({ method: /* @__PURE__ */ z.literal("native") })
      .check(/* @__PURE__ */ z.describe("The scale value itself (EDI: 0–3).")),
    /* @__PURE__ */ z
      .strictObject({
        method: /* @__PURE__ */ z.literal("goalposts"),
        range: RangeSchema,
        posts: /* @__PURE__ */ z
          ._default(/* @__PURE__ */ z.record(IdSchema, GoalpostsSchema), {})
          .check(
            /* @__PURE__ */ z.describe(
              "Goalposts per scale id; a scale not listed uses its own min and max.",
            ),
          ),
        clamp: /* @__PURE__ */ z
          .optional(/* @__PURE__ */ z.boolean())
          .check(
            /* @__PURE__ */ z.describe(
              "Goalposts narrower than the scale: true (the default) caps values beyond them at the range ends; false keeps them (scores beyond the range).",
            ),
          ),
        transform: /* @__PURE__ */ z
          .optional(TransformSchema)
          .check(
            /* @__PURE__ */ z.describe(
              "A transform of values and goalposts alike, e.g. log10 for income as in the HDI.",
            ),
          ),
      })
      .check(
        /* @__PURE__ */ z.describe(
          "(value − min) / (max − min) × range top, with the scale's goalposts or explicit ones.",
        ),
      ),
    CohortMinMaxSchema,
    ZScoreSchema,
    RankNormalisationSchema,
    PercentileNormalisationSchema,
    BordaNormalisationSchema,
    RatioNormalisationSchema,
    RelativeDifferenceNormalisationSchema,
    AboveBelowMeanNormalisationSchema,
    CategoricalNormalisationSchema,
  ])
  .check(/* @__PURE__ */ z.describe("Normalisation of answers."));

/** How a node's aggregate is normalised across units before it enters its parent. */
export const NodeNormalisationSchema = /* @__PURE__ */ z
  .discriminatedUnion("method", [CohortMinMaxSchema, ZScoreSchema])
  .check(
    /* @__PURE__ */ z.describe(
      "Normalisation of a node's aggregate across units (z-score or cohort min–max).",
    ),
  );

/** Weights per node id (explicit scheme, budget allocations). */
const WeightMapSchema = /* @__PURE__ */ z.record(IdSchema, NonNegativeDecimalSchema);

/** How children are weighted within their parent. Weights are always normalised within each parent. */
export const WeightingSchema = /* @__PURE__ */ z
  .discriminatedUnion("scheme", [
    /* @__PURE__ */ z
      .strictObject({ scheme: /* @__PURE__ */ z.literal("nested-equal") })
      .check(/* @__PURE__ */ z.describe("Every child of a node weighs the same (EDI).")),
    /* @__PURE__ */ z
      .strictObject({ scheme: /* @__PURE__ */ z.literal("flat-equal") })
      .check(
        /* @__PURE__ */ z.describe(
          'Every indicator weighs the same. In each unit a child takes part in its parent\'s aggregation with the number of its indicators that contribute a value (answered, or missing counted as 0 under missing "zero"; an indicator counts 1), so an arithmetic index is the plain mean of its contributing indicators. Coverage weighs each child by its number of applicable indicators: Σ over children with a score / Σ over applicable children.',
        ),
      ),
    /* @__PURE__ */ z
      .strictObject({
        scheme: /* @__PURE__ */ z.literal("explicit"),
        weights: /* @__PURE__ */ WeightMapSchema.check(
          /* @__PURE__ */ z.describe(
            'Weight per node id, relative to its siblings; a node not listed weighs 1 (so listing one sibling as "2" doubles it).',
          ),
        ),
      })
      .check(/* @__PURE__ */ z.describe("Weights stated per node id; unlisted nodes weigh 1.")),
    /* @__PURE__ */ z
      .strictObject({ scheme: /* @__PURE__ */ z.literal("points") })
      .check(
        /* @__PURE__ */ z.describe(
          "Raw values summed (Global Right to Information Rating): every weight 1 and `sum` aggregation.",
        ),
      ),
    /* @__PURE__ */ z
      .strictObject({
        scheme: /* @__PURE__ */ z.literal("budget"),
        experts: /* @__PURE__ */ z
          .array(
            /* @__PURE__ */ z.strictObject({
              id: /* @__PURE__ */ IdSchema.check(/* @__PURE__ */ z.describe("The expert's id.")),
              allocations: /* @__PURE__ */ WeightMapSchema.check(
                /* @__PURE__ */ z.describe("Points the expert allocates per node id."),
              ),
            }),
          )
          .check(/* @__PURE__ */ z.minLength(1)),
      })
      .check(
        /* @__PURE__ */ z.describe(
          "Budget allocation: within each parent, each expert's allocations become shares (a child the expert does not list gets 0) and the shares are averaged over the experts who allocate to that parent; where no expert allocates, children weigh the same.",
        ),
      ),
  ])
  .check(/* @__PURE__ */ z.describe("Weighting scheme."));

/** One aggregation function. */
export const AggregationSpecSchema = /* @__PURE__ */ z
  .discriminatedUnion("function", [
    /* @__PURE__ */ z
      .strictObject({ function: /* @__PURE__ */ z.literal("arithmetic") })
      .check(/* @__PURE__ */ z.describe("Weighted arithmetic mean.")),
    /* @__PURE__ */ z
      .strictObject({ function: /* @__PURE__ */ z.literal("geometric") })
      .check(/* @__PURE__ */ z.describe("Weighted geometric mean Π xᵢ^wᵢ.")),
    /* @__PURE__ */ z
      .strictObject({ function: /* @__PURE__ */ z.literal("harmonic") })
      .check(/* @__PURE__ */ z.describe("Weighted harmonic mean 1 / Σ (wᵢ / xᵢ).")),
    /* @__PURE__ */ z
      .strictObject({
        function: /* @__PURE__ */ z.literal("generalised"),
        p: /* @__PURE__ */ DecimalStringSchema.check(
          /* @__PURE__ */ z.describe("The exponent p (not 0): (Σ wᵢ xᵢ^p)^(1/p)."),
        ),
      })
      .check(/* @__PURE__ */ z.describe("Weighted generalised (power) mean with exponent p.")),
    /* @__PURE__ */ z
      .strictObject({ function: /* @__PURE__ */ z.literal("minimum") })
      .check(
        /* @__PURE__ */ z.describe("The lowest child score (weights only exclude zero-weight children)."),
      ),
    /* @__PURE__ */ z
      .strictObject({ function: /* @__PURE__ */ z.literal("sum") })
      .check(/* @__PURE__ */ z.describe("Σ weightᵢ × xᵢ with the raw (unnormalised) weights.")),
  ])
  .check(/* @__PURE__ */ z.describe("An aggregation function."));

/** Aggregation per level, with per-node overrides, and the rule for zeros under geometric-type means. */
export const AggregationSchema = /* @__PURE__ */ z
  .strictObject({
    index: /* @__PURE__ */ z
      .optional(AggregationSpecSchema)
      .check(
        /* @__PURE__ */ z.describe(
          "How the index combines its pillars (default arithmetic; sum under points).",
        ),
      ),
    pillar: /* @__PURE__ */ z
      .optional(AggregationSpecSchema)
      .check(
        /* @__PURE__ */ z.describe(
          "How a pillar combines its children (default arithmetic; sum under points).",
        ),
      ),
    group: /* @__PURE__ */ z
      .optional(AggregationSpecSchema)
      .check(
        /* @__PURE__ */ z.describe(
          "How a group combines its indicators (default arithmetic; sum under points).",
        ),
      ),
    overrides: /* @__PURE__ */ z
      ._default(/* @__PURE__ */ z.record(IdSchema, AggregationSpecSchema), {})
      .check(/* @__PURE__ */ z.describe("Aggregation per node id, overriding its level's.")),
    zeros: /* @__PURE__ */ z
      .optional(/* @__PURE__ */ z.enum(["zero", "offset", "fail"]))
      .check(
        /* @__PURE__ */ z.describe(
          "Zeros under geometric, harmonic or negative-exponent means: zero = a zero makes the mean 0; offset = every value of such a mean (for every unit, zero or not) is shifted by `offset` before and the mean shifted back after; fail = a zero leaves the node null with a reason. Required when such a mean is used.",
        ),
      ),
    offset: /* @__PURE__ */ z
      .optional(NonNegativeDecimalSchema)
      .check(/* @__PURE__ */ z.describe('The constant added under zeros: "offset" (positive).')),
  })
  .check(/* @__PURE__ */ z.describe("Aggregation per level and per node."));

/** How missing answers are filled before the missing policy applies (COINr 1.1.14's rules, see `imputeDataset`). */
export const ImputationSchema = /* @__PURE__ */ z
  .strictObject({
    rule: /* @__PURE__ */ z
      .enum(["cohort-mean", "cohort-median", "group-mean", "previous-period"])
      .check(
        /* @__PURE__ */ z.describe(
          "cohort-mean / cohort-median: the indicator's mean or median over the period's answers; group-mean: the mean of the unit's other answered indicators of the same group and kind, each rescaled by its min and max over the period, mapped onto the indicator's range; previous-period: the unit's answer in the nearest earlier period.",
        ),
      ),
  })
  .check(
    /* @__PURE__ */ z.describe(
      "Imputation of missing answers: every imputed value is marked and counted apart from answers.",
    ),
  );

/** One display band: scores ≤ `max` (and above the previous band's `max`) fall in it; the last has no `max`. */
export const BandSchema = /* @__PURE__ */ z.strictObject({
  label: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  max: /* @__PURE__ */ z
    .optional(DecimalStringSchema)
    .check(/* @__PURE__ */ z.describe("Upper bound (inclusive); omitted for the last band.")),
});

/** Bands in ascending order, the last unbounded. */
export const BandListSchema = /* @__PURE__ */ z
  .array(BandSchema)
  .check(/* @__PURE__ */ z.describe("Bands in ascending order, the last unbounded."));

/**
 * Bands as publishers define them: decided on the exact or on the displayed score, one list for every node
 * (`default`) and lists of their own for named nodes. The plain array form means `{ on: "exact", default }`.
 */
export const BandsObjectSchema = /* @__PURE__ */ z
  .strictObject({
    on: /* @__PURE__ */ z
      ._default(/* @__PURE__ */ z.enum(["exact", "rounded"]), "exact")
      .check(
        /* @__PURE__ */ z.describe(
          "exact: the band of the exact score; rounded: the band of the displayed score (places and rounding), as publishers who band the published number do.",
        ),
      ),
    default: /* @__PURE__ */ z
      ._default(BandListSchema, [])
      .check(/* @__PURE__ */ z.describe("The bands of every node not listed in `nodes` (none if empty).")),
    nodes: /* @__PURE__ */ z
      ._default(/* @__PURE__ */ z.record(IdSchema, BandListSchema), {})
      .check(
        /* @__PURE__ */ z.describe(
          "Bands per node id (an index, pillar or group), replacing `default` for that node.",
        ),
      ),
  })
  .check(/* @__PURE__ */ z.describe("Bands per node, decided on the exact or the displayed score."));

/** How scores are shown and ranked. */
export const PresentationSchema = /* @__PURE__ */ z
  .strictObject({
    places: /* @__PURE__ */ z
      ._default(
        /* @__PURE__ */ z
          .number()
          .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(20)),
        2,
      )
      .check(/* @__PURE__ */ z.describe("Decimal places shown.")),
    rounding: /* @__PURE__ */ z
      ._default(/* @__PURE__ */ z.enum(["half-even", "half-up"]), "half-even")
      .check(
        /* @__PURE__ */ z.describe(
          "Rounding rule for display (exact values are never rounded for ranking unless ranks.on says so).",
        ),
      ),
    bands: /* @__PURE__ */ z
      ._default(/* @__PURE__ */ z.union([BandListSchema, BandsObjectSchema]), [])
      .check(
        /* @__PURE__ */ z.describe(
          "Display bands: a list in ascending order (the last unbounded) applied to the exact score of every node, or an object { on, default, nodes } with lists per node.",
        ),
      ),
    ranks: /* @__PURE__ */ z._default(
      /* @__PURE__ */ z.strictObject({
        ties: /* @__PURE__ */ z
          ._default(/* @__PURE__ */ z.enum(["competition", "dense", "ordinal"]), "competition")
          .check(
            /* @__PURE__ */ z.describe(
              "competition: 1 2 2 4; dense: 1 2 2 3; ordinal: distinct places 1 2 3 4, a tie on the ranking score broken by the higher exact score, then the entity's name (its id when it has none), then its id, in code-point order.",
            ),
          ),
        on: /* @__PURE__ */ z
          ._default(/* @__PURE__ */ z.enum(["exact", "rounded"]), "exact")
          .check(/* @__PURE__ */ z.describe("Rank on the exact score or on the displayed one.")),
      }),
      { ties: "competition", on: "exact" },
    ),
    change: /* @__PURE__ */ z
      .optional(/* @__PURE__ */ z.enum(["exact", "displayed"]))
      .check(
        /* @__PURE__ */ z.describe(
          "How a change between periods is shown: exact (default) = the exact change, rounded; displayed = the difference of the displayed scores, as publishers print it.",
        ),
      ),
  })
  .check(/* @__PURE__ */ z.describe("Presentation: rounding, bands, ranks and changes."));

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
export const MethodSchema = /* @__PURE__ */ z
  .strictObject({
    $schema: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    id: IdSchema,
    version: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
    title: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
    description: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
    framework: /* @__PURE__ */ z
      .optional(IdSchema)
      .check(/* @__PURE__ */ z.describe("The id of the framework this method is made for.")),
    indices: /* @__PURE__ */ z
      .optional(/* @__PURE__ */ z.array(IndexSpecSchema).check(/* @__PURE__ */ z.minLength(1)))
      .check(
        /* @__PURE__ */ z.describe(
          "Sub-indices; default: one index named after the framework root over every scored indicator.",
        ),
      ),
    gaps: /* @__PURE__ */ z
      ._default(/* @__PURE__ */ z.array(GapSpecSchema), [])
      .check(/* @__PURE__ */ z.describe("Differences between two indices, node by node.")),
    normalisation: /* @__PURE__ */ z._default(NormalisationSchema, { method: "native" }),
    normaliseScales: /* @__PURE__ */ z
      .optional(/* @__PURE__ */ z.record(IdSchema, NormalisationSchema))
      .check(
        /* @__PURE__ */ z.describe(
          "Normalisation per scale id, overriding `normalisation` for the indicators on that scale (a mixed framework: ordinal answers native, quantities min–max or goalposts).",
        ),
      ),
    normaliseNodes: /* @__PURE__ */ z
      .optional(/* @__PURE__ */ z.record(IdSchema, NodeNormalisationSchema))
      .check(
        /* @__PURE__ */ z.describe(
          "Normalisation of node aggregates per node id: the node's score is normalised across units before it enters its parent and before presentation.",
        ),
      ),
    weighting: /* @__PURE__ */ z._default(WeightingSchema, { scheme: "nested-equal" }),
    aggregation: /* @__PURE__ */ z._default(AggregationSchema, { overrides: {} }),
    missing: /* @__PURE__ */ z
      ._default(/* @__PURE__ */ z.enum(["drop", "zero", "fail"]), "drop")
      .check(
        /* @__PURE__ */ z.describe(
          "drop: renormalise over the answers present; zero: a missing answer counts as normalised value 0; fail: scoring stops and lists every missing answer.",
        ),
      ),
    imputation: /* @__PURE__ */ z
      .optional(ImputationSchema)
      .check(
        /* @__PURE__ */ z.describe(
          "Fill missing answers before normalisation (opt-in); what stays unfilled falls to `missing`.",
        ),
      ),
    minCoverage: /* @__PURE__ */ z
      ._default(RatioSchema, "2/3")
      .check(
        /* @__PURE__ */ z.describe(
          "Minimum share (by weight) of applicable children with a score for a node to get one.",
        ),
      ),
    minCoverageByNode: /* @__PURE__ */ z
      ._default(/* @__PURE__ */ z.record(IdSchema, RatioSchema), {})
      .check(/* @__PURE__ */ z.describe("Minimum coverage per node id.")),
    caseCombine: /* @__PURE__ */ z
      .optional(
        /* @__PURE__ */ z.record(
          IdSchema,
          /* @__PURE__ */ z.strictObject({
            combine: CaseCombineSchema,
            level: /* @__PURE__ */ z.optional(
              /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
            ),
          }),
        ),
      )
      .check(
        /* @__PURE__ */ z.describe(
          "Per indicator or group id: how case answers combine, overriding the framework; an indicator's entry wins over its group's.",
        ),
      ),
    evidence: /* @__PURE__ */ z
      .optional(/* @__PURE__ */ z.enum(["flag", "missing"]))
      .check(
        /* @__PURE__ */ z.describe(
          "An answer lacking the sources its framework's evidence rule asks: flag (default: kept, with a warning) or missing (counted as missing).",
        ),
      ),
    presentation: /* @__PURE__ */ z._default(PresentationSchema, {
      places: 2,
      rounding: "half-even",
      bands: [],
      ranks: { ties: "competition", on: "exact" },
    }),
  })
  .check(/* @__PURE__ */ z.describe("A principle10 method: how answers become scores."));

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
