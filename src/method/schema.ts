/**
 * The method file format as zod schemas: the single source of truth for how answers become scores
 * (normalisation, weighting, aggregation per level and per node, missing data, coverage, presentation).
 * Vocabulary after the OECD/JRC Handbook on Constructing Composite Indicators (2008) and COINr.
 */
import * as z from "zod/mini";
import { DecimalStringSchema, IdSchema } from "../framework/schema.js";

/** A non-negative plain decimal string such as `"0"`, `"1"` or `"2.5"` (weights, allocations, offsets). */
export const NonNegativeDecimalSchema = z
  .string()
  .check(
    z.regex(/^\d+(?:\.\d+)?$/, 'expected a non-negative plain decimal string such as "1" or "0.5"'),
    z.describe('A non-negative exact decimal written as a string, e.g. "1" or "0.5".'),
  );

/** A ratio: a decimal string (`"0.5"`) or a fraction of decimal strings (`"2/3"`). */
export const RatioSchema = z
  .string()
  .check(
    z.regex(
      /^\d+(?:\.\d+)?(?:\/\d+(?:\.\d+)?)?$/,
      'expected a decimal such as "0.5" or a fraction such as "2/3"',
    ),
    z.describe('A share between 0 and 1: a decimal string such as "0.5" or a fraction such as "2/3".'),
  );

/** A sub-index computed over the framework tree from the scored indicators of the listed kinds. */
export const IndexSpecSchema = z
  .strictObject({
    id: IdSchema.check(z.describe('The index id, e.g. "law"; its root node keeps the framework root\'s id.')),
    title: z.string().check(z.minLength(1)),
    kinds: z
      .array(z.enum(["legal", "practice"]))
      .check(
        z.minLength(1),
        z.describe("Indicator kinds that enter this index (only indicators with scored: true)."),
      ),
  })
  .check(z.describe("A sub-index: nodes whose subtree has no entering indicator are absent from it."));

/** A gap between two indices: minuend − subtrahend for each node present in both. */
export const GapSpecSchema = z
  .strictObject({
    id: IdSchema,
    title: z.string().check(z.minLength(1)),
    minuend: IdSchema.check(z.describe('The id of the index subtracted from, e.g. "law".')),
    subtrahend: IdSchema.check(z.describe('The id of the index subtracted, e.g. "practice".')),
  })
  .check(
    z.describe(
      "The gap minuend − subtrahend of every node present in both indices (null when either is null).",
    ),
  );

/** Goalposts of one scale, overriding the scale's own `min`/`max`. */
export const GoalpostsSchema = z.strictObject({ min: DecimalStringSchema, max: DecimalStringSchema });

/** The target range of goalposts and min–max normalisation. */
export const RangeSchema = z
  ._default(z.enum(["0-100", "0-1"]), "0-100")
  .check(z.describe("The normalised range: 0–100 or 0–1."));

/** How an answer's scale value becomes the number that is aggregated. */
export const NormalisationSchema = z
  .discriminatedUnion("method", [
    z.strictObject({ method: z.literal("native") }).check(z.describe("The scale value itself (EDI: 0–3).")),
    z
      .strictObject({
        method: z.literal("goalposts"),
        range: RangeSchema,
        posts: z
          ._default(z.record(IdSchema, GoalpostsSchema), {})
          .check(z.describe("Goalposts per scale id; a scale not listed uses its own min and max.")),
      })
      .check(
        z.describe("(value − min) / (max − min) × range top, with the scale's goalposts or explicit ones."),
      ),
    z
      .strictObject({ method: z.literal("cohort-minmax"), range: RangeSchema })
      .check(
        z.describe(
          "(value − lowest) / (highest − lowest) × range top, over every unit of the dataset, per indicator.",
        ),
      ),
    z
      .strictObject({ method: z.literal("z-score") })
      .check(
        z.describe(
          "(value − mean) / sample standard deviation, over every unit of the dataset, per indicator.",
        ),
      ),
  ])
  .check(z.describe("Normalisation of answers."));

/** Weights per node id (explicit scheme, budget allocations). */
const WeightMapSchema = z.record(IdSchema, NonNegativeDecimalSchema);

/** How children are weighted within their parent. Weights are always normalised within each parent. */
export const WeightingSchema = z
  .discriminatedUnion("scheme", [
    z
      .strictObject({ scheme: z.literal("nested-equal") })
      .check(z.describe("Every child of a node weighs the same (EDI).")),
    z
      .strictObject({ scheme: z.literal("flat-equal") })
      .check(
        z.describe(
          'Every indicator weighs the same. In each unit a child takes part in its parent\'s aggregation with the number of its indicators that contribute a value (answered, or missing counted as 0 under missing "zero"; an indicator counts 1), so an arithmetic index is the plain mean of its contributing indicators. Coverage weighs each child by its number of applicable indicators: Σ over children with a score / Σ over applicable children.',
        ),
      ),
    z
      .strictObject({
        scheme: z.literal("explicit"),
        weights: WeightMapSchema.check(
          z.describe(
            'Weight per node id, relative to its siblings; a node not listed weighs 1 (so listing one sibling as "2" doubles it).',
          ),
        ),
      })
      .check(z.describe("Weights stated per node id; unlisted nodes weigh 1.")),
    z
      .strictObject({ scheme: z.literal("points") })
      .check(
        z.describe(
          "Raw values summed (Global Right to Information Rating): every weight 1 and `sum` aggregation.",
        ),
      ),
    z
      .strictObject({
        scheme: z.literal("budget"),
        experts: z
          .array(
            z.strictObject({
              id: IdSchema.check(z.describe("The expert's id.")),
              allocations: WeightMapSchema.check(z.describe("Points the expert allocates per node id.")),
            }),
          )
          .check(z.minLength(1)),
      })
      .check(
        z.describe(
          "Budget allocation: within each parent, each expert's allocations become shares (a child the expert does not list gets 0) and the shares are averaged over the experts who allocate to that parent; where no expert allocates, children weigh the same.",
        ),
      ),
  ])
  .check(z.describe("Weighting scheme."));

/** One aggregation function. */
export const AggregationSpecSchema = z
  .discriminatedUnion("function", [
    z.strictObject({ function: z.literal("arithmetic") }).check(z.describe("Weighted arithmetic mean.")),
    z
      .strictObject({ function: z.literal("geometric") })
      .check(z.describe("Weighted geometric mean Π xᵢ^wᵢ.")),
    z
      .strictObject({ function: z.literal("harmonic") })
      .check(z.describe("Weighted harmonic mean 1 / Σ (wᵢ / xᵢ).")),
    z
      .strictObject({
        function: z.literal("generalised"),
        p: DecimalStringSchema.check(z.describe("The exponent p (not 0): (Σ wᵢ xᵢ^p)^(1/p).")),
      })
      .check(z.describe("Weighted generalised (power) mean with exponent p.")),
    z
      .strictObject({ function: z.literal("minimum") })
      .check(z.describe("The lowest child score (weights only exclude zero-weight children).")),
    z
      .strictObject({ function: z.literal("sum") })
      .check(z.describe("Σ weightᵢ × xᵢ with the raw (unnormalised) weights.")),
  ])
  .check(z.describe("An aggregation function."));

/** Aggregation per level, with per-node overrides, and the rule for zeros under geometric-type means. */
export const AggregationSchema = z
  .strictObject({
    index: z
      .optional(AggregationSpecSchema)
      .check(z.describe("How the index combines its pillars (default arithmetic; sum under points).")),
    pillar: z
      .optional(AggregationSpecSchema)
      .check(z.describe("How a pillar combines its children (default arithmetic; sum under points).")),
    group: z
      .optional(AggregationSpecSchema)
      .check(z.describe("How a group combines its indicators (default arithmetic; sum under points).")),
    overrides: z
      ._default(z.record(IdSchema, AggregationSpecSchema), {})
      .check(z.describe("Aggregation per node id, overriding its level's.")),
    zeros: z
      .optional(z.enum(["zero", "offset", "fail"]))
      .check(
        z.describe(
          "Zeros under geometric, harmonic or negative-exponent means: zero = a zero makes the mean 0; offset = every value of such a mean (for every unit, zero or not) is shifted by `offset` before and the mean shifted back after; fail = a zero leaves the node null with a reason. Required when such a mean is used.",
        ),
      ),
    offset: z
      .optional(NonNegativeDecimalSchema)
      .check(z.describe('The constant added under zeros: "offset" (positive).')),
  })
  .check(z.describe("Aggregation per level and per node."));

/** One display band: scores ≤ `max` (and above the previous band's `max`) fall in it; the last has no `max`. */
export const BandSchema = z.strictObject({
  label: z.string().check(z.minLength(1)),
  max: z
    .optional(DecimalStringSchema)
    .check(z.describe("Upper bound (inclusive); omitted for the last band.")),
});

/** How scores are shown and ranked. */
export const PresentationSchema = z
  .strictObject({
    places: z
      ._default(z.number().check(z.int(), z.gte(0), z.lte(20)), 2)
      .check(z.describe("Decimal places shown.")),
    rounding: z
      ._default(z.enum(["half-even", "half-up"]), "half-even")
      .check(
        z.describe(
          "Rounding rule for display (exact values are never rounded for ranking unless ranks.on says so).",
        ),
      ),
    bands: z
      ._default(z.array(BandSchema), [])
      .check(z.describe("Bands in ascending order, the last unbounded.")),
    ranks: z._default(
      z.strictObject({
        ties: z
          ._default(z.enum(["competition", "dense"]), "competition")
          .check(z.describe("competition: 1 2 2 4; dense: 1 2 2 3.")),
        on: z
          ._default(z.enum(["exact", "rounded"]), "exact")
          .check(z.describe("Rank on the exact score or on the displayed one.")),
      }),
      { ties: "competition", on: "exact" },
    ),
  })
  .check(z.describe("Presentation: rounding, bands and ranks."));

/**
 * A whole method document.
 *
 * @example
 * ```ts
 * import { MethodSchema } from "principle10";
 * import { readJsonFile } from "principle10/node";
 * const json = await readJsonFile("data/methods/edi-2015.json");
 * MethodSchema.safeParse(json).success; // true
 * MethodSchema.safeParse({ ...(json as object), minCoverage: "3/2 of them" }).success; // false
 * ```
 */
export const MethodSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    id: IdSchema,
    version: z.string().check(z.minLength(1)),
    title: z.string().check(z.minLength(1)),
    description: z.string().check(z.minLength(1)),
    framework: z.optional(IdSchema).check(z.describe("The id of the framework this method is made for.")),
    indices: z
      .optional(z.array(IndexSpecSchema).check(z.minLength(1)))
      .check(
        z.describe(
          "Sub-indices; default: one index named after the framework root over every scored indicator.",
        ),
      ),
    gaps: z
      ._default(z.array(GapSpecSchema), [])
      .check(z.describe("Differences between two indices, node by node.")),
    normalisation: z._default(NormalisationSchema, { method: "native" }),
    weighting: z._default(WeightingSchema, { scheme: "nested-equal" }),
    aggregation: z._default(AggregationSchema, { overrides: {} }),
    missing: z
      ._default(z.enum(["drop", "zero", "fail"]), "drop")
      .check(
        z.describe(
          "drop: renormalise over the answers present; zero: a missing answer counts as normalised value 0; fail: scoring stops and lists every missing answer.",
        ),
      ),
    minCoverage: z
      ._default(RatioSchema, "2/3")
      .check(
        z.describe("Minimum share (by weight) of applicable children with a score for a node to get one."),
      ),
    minCoverageByNode: z
      ._default(z.record(IdSchema, RatioSchema), {})
      .check(z.describe("Minimum coverage per node id.")),
    presentation: z._default(PresentationSchema, {
      places: 2,
      rounding: "half-even",
      bands: [],
      ranks: { ties: "competition", on: "exact" },
    }),
  })
  .check(z.describe("A principle10 method: how answers become scores."));

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
/** A sub-index as parsed. */
export type IndexSpec = z.output<typeof IndexSpecSchema>;
/** A gap as parsed. */
export type GapSpec = z.output<typeof GapSpecSchema>;
/** A display band. */
export type Band = z.output<typeof BandSchema>;
/** The presentation section as parsed. */
export type Presentation = z.output<typeof PresentationSchema>;
/** The missing-data policies. */
export type MissingPolicy = Method["missing"];
/** The rules for zeros under geometric-type means. */
export type ZerosRule = NonNullable<AggregationSettings["zeros"]>;
/** The levels whose nodes aggregate children. */
export type AggregatingLevel = "index" | "pillar" | "group";
