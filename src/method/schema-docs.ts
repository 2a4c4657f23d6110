/**
 * The descriptions of the method schemas, for data/schema/method.schema.json; kept apart from the schemas
 * for the reason given in ../framework/schema-docs.ts (an app that parses a method does not bundle them).
 */
import { describe } from "../framework/schema-docs.js";
import {
  AboveBelowMeanNormalisationSchema,
  AggregationSchema,
  AggregationSpecSchema,
  BandListSchema,
  BandSchema,
  BandsObjectSchema,
  BordaNormalisationSchema,
  CategoricalNormalisationSchema,
  CohortMinMaxSchema,
  DistanceTargetSchema,
  GapSpecSchema,
  ImputationSchema,
  IndexSpecSchema,
  MethodSchema,
  MinMaxReferenceSchema,
  NodeNormalisationSchema,
  NonNegativeDecimalSchema,
  NormalisationSchema,
  PercentileNormalisationSchema,
  PresentationSchema,
  RangeSchema,
  RankNormalisationSchema,
  RatioNormalisationSchema,
  RatioSchema,
  RelativeDifferenceNormalisationSchema,
  ScopeSchema,
  TransformSchema,
  WeightingSchema,
  ZScoreReferenceSchema,
  ZScoreSchema,
  OutlierTreatmentSchema,
} from "./schema.js";

/**
 * Attaches the descriptions of the method schemas (idempotent).
 */
export function describeMethodSchemas(): void {
  describe(
    AboveBelowMeanNormalisationSchema,
    "1 above (1 + p) × mean, −1 below (1 − p) × mean, else 0 (negated under lower-is-better).",
  );
  describe(
    AboveBelowMeanNormalisationSchema.shape.threshold,
    "p: 1 above (1 + p) × mean, −1 below (1 − p) × mean, else 0.",
  );
  describe(
    ScopeSchema,
    "pooled: statistics over every unit of the data, all periods together (the default); period: over the units of each period separately.",
  );
  describe(
    MinMaxReferenceSchema.def.options[0].shape.period,
    "The period whose units' statistics normalise every period.",
  );
  describe(
    TransformSchema,
    "A transform of values before normalisation; a value outside its domain is an error.",
  );
  describe(TransformSchema.shape.offset, 'Added before the function, e.g. "1" for log10(x + 1).');
  describe(
    OutlierTreatmentSchema,
    "COINr's Treat on numeric indicators: winsorise up to winmax points while |skewness| ≥ skew and kurtosis ≥ kurtosis, else ln(x − min + 0.01 (max − min)).",
  );
  describe(AggregationSchema, "Aggregation per level and per node.");
  describe(
    AggregationSchema.shape.index,
    "How the index combines its pillars (default arithmetic; sum under points).",
  );
  describe(AggregationSpecSchema, "An aggregation function.");
  describe(AggregationSpecSchema.def.options[0], "Weighted arithmetic mean.");
  describe(AggregationSpecSchema.def.options[1], "Weighted geometric mean Π xᵢ^wᵢ.");
  describe(AggregationSpecSchema.def.options[2], "Weighted harmonic mean 1 / Σ (wᵢ / xᵢ).");
  describe(AggregationSpecSchema.def.options[3], "Weighted generalised (power) mean with exponent p.");
  describe(AggregationSpecSchema.def.options[3].shape.p, "The exponent p (not 0): (Σ wᵢ xᵢ^p)^(1/p).");
  describe(
    AggregationSpecSchema.def.options[4],
    "The lowest child score (weights only exclude zero-weight children).",
  );
  describe(AggregationSpecSchema.def.options[5], "Σ weightᵢ × xᵢ with the raw (unnormalised) weights.");
  describe(
    AggregationSchema.shape.pillar,
    "How a pillar combines its children (default arithmetic; sum under points).",
  );
  describe(
    AggregationSchema.shape.group,
    "How a group combines its indicators (default arithmetic; sum under points).",
  );
  describe(AggregationSchema.shape.overrides, "Aggregation per node id, overriding its level's.");
  describe(
    AggregationSchema.shape.zeros,
    "Zeros under geometric, harmonic or negative-exponent means: zero = a zero makes the mean 0; offset = every value of such a mean (for every unit, zero or not) is shifted by `offset` before and the mean shifted back after; fail = a zero leaves the node null with a reason. Required when such a mean is used.",
  );
  describe(AggregationSchema.shape.offset, 'The constant added under zeros: "offset" (positive).');
  describe(NonNegativeDecimalSchema, 'A non-negative exact decimal written as a string, e.g. "1" or "0.5".');
  describe(BandListSchema, "Bands in ascending order, the last unbounded.");
  describe(BandSchema.shape.max, "Upper bound (inclusive); omitted for the last band.");
  describe(BandsObjectSchema, "Bands per node, decided on the exact or the displayed score.");
  describe(
    BandsObjectSchema.shape.on,
    "exact: the band of the exact score; rounded: the band of the displayed score (places and rounding), as publishers who band the published number do.",
  );
  describe(BandsObjectSchema.shape.default, "The bands of every node not listed in `nodes` (none if empty).");
  describe(
    BandsObjectSchema.shape.nodes,
    "Bands per node id (an index, pillar or group), replacing `default` for that node.",
  );
  describe(
    BordaNormalisationSchema,
    "Borda score: how many of the cohort's answers are lower (rank − 1, as COINr).",
  );
  describe(
    CategoricalNormalisationSchema,
    "Values mapped to stated scores by thresholds (direction does not apply: the scores state it).",
  );
  describe(CategoricalNormalisationSchema.shape.thresholds, "Ascending cut points t1 < t2 < …");
  describe(
    CategoricalNormalisationSchema.shape.scores,
    "One score more than thresholds: below t1, from t1 below t2, …, from the last up.",
  );
  describe(
    CohortMinMaxSchema,
    "(value − lowest) / (highest − lowest) × range top, per indicator (or node), over the units of the scope or the reference.",
  );
  describe(RangeSchema, "The normalised range: 0–100 or 0–1.");
  describe(
    MinMaxReferenceSchema,
    "Fixed statistics applied to every period: a reference period, or stated constants.",
  );
  describe(
    MinMaxReferenceSchema.def.options[1].shape.stats,
    "Stated lowest and highest value per indicator (or node) id, as published: every indicator entering an index needs them (one entering none keeps its scale values).",
  );
  describe(
    DistanceTargetSchema,
    "mean, best or worst of the cohort (best = highest, or lowest under lower-is-better), or an entity.",
  );
  describe(
    DistanceTargetSchema.def.options[1].shape.entity,
    "The reference entity's value in the same cohort.",
  );
  describe(
    GapSpecSchema,
    "The gap minuend − subtrahend of every node present in both indices (null when either is null).",
  );
  describe(GapSpecSchema.shape.minuend, 'The id of the index subtracted from, e.g. "law".');
  describe(GapSpecSchema.shape.subtrahend, 'The id of the index subtracted, e.g. "practice".');
  describe(
    ImputationSchema,
    "Imputation of missing answers: every imputed value is marked and counted apart from answers.",
  );
  describe(
    ImputationSchema.shape.rule,
    "cohort-mean / cohort-median: the indicator's mean or median over the period's answers; group-mean: the mean of the unit's other answered indicators of the same group and kind, each rescaled by its min and max over the period, mapped onto the indicator's range; previous-period: the unit's answer in the nearest earlier period.",
  );
  describe(IndexSpecSchema, "A sub-index: nodes whose subtree has no entering indicator are absent from it.");
  describe(
    IndexSpecSchema.shape.id,
    'The index id, e.g. "law"; its root node keeps the framework root\'s id.',
  );
  describe(
    IndexSpecSchema.shape.kinds,
    "Indicator kinds that enter this index (only indicators with scored: true).",
  );
  describe(MethodSchema, "A principle10 method: how answers become scores.");
  describe(MethodSchema.shape.framework, "The id of the framework this method is made for.");
  describe(
    MethodSchema.shape.indices,
    "Sub-indices; default: one index named after the framework root over every scored indicator.",
  );
  describe(MethodSchema.shape.gaps, "Differences between two indices, node by node.");
  describe(NormalisationSchema, "Normalisation of answers.");
  describe(NormalisationSchema.def.options[0], "The scale value itself (EDI: 0–3).");
  describe(
    NormalisationSchema.def.options[1],
    "(value − min) / (max − min) × range top, with the scale's goalposts or explicit ones.",
  );
  describe(
    NormalisationSchema.def.options[1].shape.posts,
    "Goalposts per scale id; a scale not listed uses its own min and max.",
  );
  describe(
    NormalisationSchema.def.options[1].shape.clamp,
    "Goalposts narrower than the scale: true (the default) caps values beyond them at the range ends; false keeps them (scores beyond the range).",
  );
  describe(
    NormalisationSchema.def.options[1].shape.transform,
    "A transform of values and goalposts alike, e.g. log10 for income as in the HDI.",
  );
  describe(
    ZScoreSchema,
    "(value − mean) / sample standard deviation, per indicator (or node), over the units of the scope or the reference.",
  );
  describe(
    ZScoreReferenceSchema,
    "Fixed statistics applied to every period: a reference period, or stated constants.",
  );
  describe(
    ZScoreReferenceSchema.def.options[1].shape.stats,
    "Stated mean and standard deviation per indicator (or node) id, as published: every indicator entering an index needs them (one entering none keeps its scale values).",
  );
  describe(
    RankNormalisationSchema,
    "Rank in the cohort, ascending: the lowest value 1, ties share the lowest place.",
  );
  describe(PercentileNormalisationSchema, "rank / N × 100 over the cohort's N answers.");
  describe(RatioNormalisationSchema, "x / reference (reference / x under lower-is-better).");
  describe(
    RelativeDifferenceNormalisationSchema,
    "(x − reference) / reference ((reference − x) / reference under lower-is-better).",
  );
  describe(
    MethodSchema.shape.normaliseScales,
    "Normalisation per scale id, overriding `normalisation` for the indicators on that scale (a mixed framework: ordinal answers native, quantities min–max or goalposts).",
  );
  describe(
    MethodSchema.shape.normaliseNodes,
    "Normalisation of node aggregates per node id: the node's score is normalised across units before it enters its parent and before presentation.",
  );
  describe(
    NodeNormalisationSchema,
    "Normalisation of a node's aggregate across units (z-score or cohort min–max).",
  );
  describe(WeightingSchema, "Weighting scheme.");
  describe(WeightingSchema.def.options[0], "Every child of a node weighs the same (EDI).");
  describe(
    WeightingSchema.def.options[1],
    'Every indicator weighs the same. In each unit a child takes part in its parent\'s aggregation with the number of its indicators that contribute a value (answered, or missing counted as 0 under missing "zero"; an indicator counts 1), so an arithmetic index is the plain mean of its contributing indicators. Coverage weighs each child by its number of applicable indicators: Σ over children with a score / Σ over applicable children.',
  );
  describe(WeightingSchema.def.options[2], "Weights stated per node id; unlisted nodes weigh 1.");
  describe(
    WeightingSchema.def.options[2].shape.weights,
    'Weight per node id, relative to its siblings; a node not listed weighs 1 (so listing one sibling as "2" doubles it).',
  );
  describe(
    WeightingSchema.def.options[3],
    "Raw values summed (Global Right to Information Rating): every weight 1 and `sum` aggregation.",
  );
  describe(
    WeightingSchema.def.options[4],
    "Budget allocation: within each parent, each expert's allocations become shares (a child the expert does not list gets 0) and the shares are averaged over the experts who allocate to that parent; where no expert allocates, children weigh the same.",
  );
  describe(WeightingSchema.def.options[4].shape.experts.def.element.shape.id, "The expert's id.");
  describe(
    WeightingSchema.def.options[4].shape.experts.def.element.shape.allocations,
    "Points the expert allocates per node id.",
  );
  describe(
    MethodSchema.shape.missing,
    "drop: renormalise over the answers present; zero: a missing answer counts as normalised value 0; fail: scoring stops and lists every missing answer.",
  );
  describe(
    MethodSchema.shape.imputation,
    "Fill missing answers before normalisation (opt-in); what stays unfilled falls to `missing`.",
  );
  describe(
    MethodSchema.shape.minCoverage,
    "Minimum share (by weight) of applicable children with a score for a node to get one.",
  );
  describe(
    RatioSchema,
    'A share between 0 and 1: a decimal string such as "0.5" or a fraction such as "2/3".',
  );
  describe(MethodSchema.shape.minCoverageByNode, "Minimum coverage per node id.");
  describe(
    MethodSchema.shape.caseCombine,
    "Per practice indicator or group id: how case answers combine (mean, median, minimum, or share with `level`), overriding the framework's case design; an indicator's entry wins over its group's.",
  );
  describe(
    MethodSchema.shape.evidence,
    "An answer lacking the sources its framework's evidence rule asks: flag (default: kept, with a warning) or missing (counted as missing).",
  );
  describe(PresentationSchema, "Presentation: rounding, bands, ranks and changes.");
  describe(PresentationSchema.shape.places, "Decimal places shown.");
  describe(
    PresentationSchema.shape.rounding,
    "Rounding rule for display (exact values are never rounded for ranking unless ranks.on says so).",
  );
  describe(
    PresentationSchema.shape.bands,
    "Display bands: a list in ascending order (the last unbounded) applied to the exact score of every node, or an object { on, default, nodes } with lists per node.",
  );
  describe(
    PresentationSchema.shape.ranks.def.innerType.shape.ties,
    "competition: 1 2 2 4; dense: 1 2 2 3; ordinal: distinct places 1 2 3 4, a tie on the ranking score broken by the higher exact score, then the entity's name (its id when it has none), then its id, in code-point order.",
  );
  describe(
    PresentationSchema.shape.ranks.def.innerType.shape.on,
    "Rank on the exact score or on the displayed one.",
  );
  describe(
    PresentationSchema.shape.change,
    "How a change between periods is shown: exact (default) = the exact change, rounded; displayed = the difference of the displayed scores, as publishers print it.",
  );
}
