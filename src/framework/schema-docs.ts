/**
 * The descriptions of the framework schemas, for the JSON Schema files in data/schema/ (and editors that
 * read them). They live apart from the schemas so that an app validating a framework does not bundle them
 * (about 13 KB of text with the method's, issue #14): `describeFrameworkSchemas` attaches them to the schema
 * objects in zod's global registry, as `z.describe` would, and `npm run schemas` calls it before writing the
 * files (test/schemas.test.ts fails when a description here and a committed file disagree). A use of a
 * shared schema that has a description of its own is a copy of it (`IdSchema.check()`), so the description
 * stays on that use.
 */
import * as z from "zod/mini";
import { CaseDesignSchema } from "./case-schema.js";
import { ApplicabilityRuleSchema, EvidenceRuleSchema } from "./rule-schema.js";
import {
  DecimalStringSchema,
  FrameworkSchema,
  IdSchema,
  IndicatorNodeSchema,
  ReferencesSchema,
  ScaleLevelSchema,
  ScaleSchema,
  SourceTitleSchema,
} from "./schema.js";

/** Gives one schema object its description in zod's global registry (read by `z.toJSONSchema`). */
export function describe(schema: z.core.$ZodType, description: string): void {
  z.globalRegistry.add(schema, { description });
}

/**
 * Attaches the descriptions of the framework, case-design and rule schemas (idempotent).
 */
export function describeFrameworkSchemas(): void {
  describe(DecimalStringSchema, 'An exact decimal number written as a string, e.g. "2" or "0.5".');
  describe(FrameworkSchema, "A principle10 framework: a versioned indicator catalogue.");
  describe(IdSchema, "A stable identifier.");
  describe(
    SourceTitleSchema,
    "The source's own name for a pillar or group (e.g. the EDI's), where `title` is the framework's.",
  );
  describe(FrameworkSchema.shape.source, "Where the structure comes from.");
  describe(
    FrameworkSchema.shape.form.def.innerType,
    '"full" (the default): the document assessors work from. "scoring": the form an app bundles to score (scoringForm), without questions, guidance, measures, indicator references, descriptions or source titles.',
  );
  describe(ScaleSchema, "A response scale.");
  describe(
    ScaleSchema.shape.ordered,
    "Whether levels are ordered (0–3, no/limited/yes) or unordered codes (nominal).",
  );
  describe(ScaleSchema.shape.levels, "Answer levels, lowest value first (ordinal scales only).");
  describe(
    ScaleSchema.shape.kind,
    "ordinal (the default): answers are the listed levels; numeric: answers are measured quantities, exact decimals such as 12.5 or 1.2e3, with no levels.",
  );
  describe(ScaleSchema.shape.unit, 'Numeric scales: the unit of the values, e.g. "days" or "%".');
  describe(
    ScaleSchema.shape.bounds,
    "Numeric scales: the lowest and highest possible values (inclusive); an answer beyond them is an error. They are also the goalposts unless the method states its own.",
  );
  describe(ScaleLevelSchema, "An answer level.");
  describe(ScaleLevelSchema.shape.code, 'What assessors write, e.g. "2" or "yes".');
  describe(ScaleLevelSchema.shape.label, 'A human label, e.g. "Yes"; also accepted as an answer.');
  describe(ScaleLevelSchema.shape.value, "The exact numeric value of this answer.");
  describe(ScaleSchema.shape.min, "Lower goalpost; defaults to the lowest level value.");
  describe(ScaleSchema.shape.max, "Upper goalpost; defaults to the highest level value.");
  describe(
    ScaleSchema.shape.direction,
    "lower-is-better (e.g. days to answer a request) reverses the indicator in every normalisation except native and categorical, so a higher normalised value always means better; default higher-is-better.",
  );
  describe(
    ScaleSchema.shape.notApplicable,
    "Tokens meaning not applicable (excluded from the denominator); case-insensitive.",
  );
  describe(
    ScaleSchema.shape.missing,
    "Tokens meaning missing (handled by the method's missing-data policy); an empty cell is always missing.",
  );
  describe(ReferencesSchema, "References to the Bali Guidelines and the Aarhus and Escazú articles.");
  describe(ReferencesSchema.shape.bali, "UNEP Bali Guideline numbers (1–26).");
  describe(ReferencesSchema.shape.aarhus, 'Aarhus Convention articles, e.g. "4(1)".');
  describe(ReferencesSchema.shape.escazu, 'Escazú Agreement articles, e.g. "9".');
  describe(IndicatorNodeSchema.shape.kind, "Whether the indicator rates the law or its practice.");
  describe(
    IndicatorNodeSchema.shape.question.def.innerType,
    'The question put to the assessor; required unless the document is a scoring form ("form": "scoring").',
  );
  describe(IndicatorNodeSchema.shape.guidance, "Scoring guidance keyed by answer-level code.");
  describe(IndicatorNodeSchema.shape.scale, "The id of the indicator's response scale.");
  describe(IndicatorNodeSchema.shape.scored, "false = reported but never aggregated into any score.");
  describe(IndicatorNodeSchema.shape.measures, 'What the indicator measures, e.g. "extent" or "strength".');
  describe(
    IndicatorNodeSchema.shape.tests.def.innerType,
    "Practice indicators: the legal indicators whose promise this one tests (law–practice pairs).",
  );
  describe(CaseDesignSchema, "How a practice indicator is assessed through cases.");
  describe(
    CaseDesignSchema.shape.types,
    'Case types the indicator accepts, e.g. "emergency", "monitoring", "project".',
  );
  describe(
    CaseDesignSchema.shape.lookBackYears,
    "Cases count when they overlap this many years up to the end of the period.",
  );
  describe(
    CaseDesignSchema.shape.min,
    "Fewer answered cases leave the indicator missing (the coverage rule), named in a warning.",
  );
  describe(CaseDesignSchema.shape.max, "More cases in the window is an error.");
  describe(
    CaseDesignSchema.shape.combine,
    "How case answers combine: mean, median, minimum, or the share of cases reaching `level` carried onto the scale's range.",
  );
  describe(CaseDesignSchema.shape.level, "With combine share: the level code a case must reach.");
  describe(CaseDesignSchema.shape.required, "true: a direct (case-less) level answer is an error.");
  describe(ApplicabilityRuleSchema, "Not applicable when another indicator's answer is one of `answers`.");
  describe(ApplicabilityRuleSchema.shape.indicator, "The indicator whose answer decides.");
  describe(
    ApplicabilityRuleSchema.shape.answers,
    "Level codes of that indicator that make this one not applicable.",
  );
  describe(
    EvidenceRuleSchema,
    "An answer at one of `levels` needs at least `minSources` sources (the row's source cell, `|`-separated, or its cases' sources); otherwise it is flagged and, under the method's evidence rule, counted as missing.",
  );
  describe(
    EvidenceRuleSchema.shape.levels,
    "Level codes of this indicator that need evidence (usually the best).",
  );
}
