/**
 * The framework file format as zod schemas: the single source of truth. The TypeScript types are inferred
 * from these schemas and `data/schema/framework.schema.json` is generated from them (`npm run schemas`).
 * A framework is a versioned indicator catalogue: response scales plus a flat list of nodes whose `parent`
 * links form the tree `index → pillar → group → indicator`.
 */
import { z } from "zod";
import { DECIMAL_PATTERN } from "../decimal.js";

/** A plain decimal string such as `"2"`, `"0.5"` or `"-1"`: exact, never a float. */
export const DecimalStringSchema = z
  .string()
  .regex(DECIMAL_PATTERN, 'expected a plain decimal string such as "2" or "0.5"')
  .describe('An exact decimal number written as a string, e.g. "2" or "0.5".');

/** A stable id: letters, digits, `.`, `_`, `-`; starts with a letter or digit. */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "expected an id of letters, digits, '.', '_' or '-'")
  .describe("A stable identifier.");

/** One answer level of a response scale. */
export const ScaleLevelSchema = z
  .strictObject({
    code: z.string().trim().min(1).describe('What assessors write, e.g. "2" or "yes".'),
    label: z.string().trim().min(1).describe('A human label, e.g. "Yes"; also accepted as an answer.'),
    value: DecimalStringSchema.describe("The exact numeric value of this answer."),
  })
  .describe("An answer level.");

/** A response scale: ordered answer levels plus the tokens meaning *not applicable* and *missing*. */
export const ScaleSchema = z
  .strictObject({
    id: IdSchema,
    title: z.string().min(1),
    ordered: z
      .boolean()
      .default(true)
      .describe("Whether levels are ordered (0–3, no/limited/yes) or unordered codes (nominal)."),
    levels: z.array(ScaleLevelSchema).min(1).describe("Answer levels, lowest value first."),
    min: DecimalStringSchema.optional().describe("Lower goalpost; defaults to the lowest level value."),
    max: DecimalStringSchema.optional().describe("Upper goalpost; defaults to the highest level value."),
    notApplicable: z
      .array(z.string().trim().min(1))
      .default(["n/a", "na", "not applicable"])
      .describe("Tokens meaning not applicable (excluded from the denominator); case-insensitive."),
    missing: z
      .array(z.string().trim().min(1))
      .default(["-", "missing", "unknown"])
      .describe(
        "Tokens meaning missing (handled by the method's missing-data policy); an empty cell is always missing.",
      ),
  })
  .describe("A response scale.");

/** References of a node to the instruments that ground it. */
export const ReferencesSchema = z
  .strictObject({
    bali: z
      .array(z.number().int().min(1).max(26))
      .default([])
      .describe("UNEP Bali Guideline numbers (1–26)."),
    aarhus: z.array(z.string().min(1)).default([]).describe('Aarhus Convention articles, e.g. "4(1)".'),
    escazu: z.array(z.string().min(1)).default([]).describe('Escazú Agreement articles, e.g. "9".'),
  })
  .describe("References to the Bali Guidelines and the Aarhus and Escazú articles.");

const nodeBase = {
  id: IdSchema,
  title: z.string().min(1),
  description: z.string().min(1).optional(),
};

/** The root of a tree: an index. A framework has one or several (several indices over one questionnaire). */
export const IndexNodeSchema = z.strictObject({ ...nodeBase, level: z.literal("index") });

/** A pillar (information, participation, justice) or another first-level grouping. */
export const PillarNodeSchema = z.strictObject({
  ...nodeBase,
  level: z.literal("pillar"),
  parent: IdSchema,
  references: ReferencesSchema.optional(),
});

/** A group of indicators under a pillar, e.g. one Bali Guideline. */
export const GroupNodeSchema = z.strictObject({
  ...nodeBase,
  level: z.literal("group"),
  parent: IdSchema,
  references: ReferencesSchema.optional(),
});

/** An indicator: the question an assessor answers on a scale. */
export const IndicatorNodeSchema = z.strictObject({
  ...nodeBase,
  level: z.literal("indicator"),
  parent: IdSchema,
  kind: z.enum(["legal", "practice"]).describe("Whether the indicator rates the law or its practice."),
  question: z.string().min(1).describe("The question put to the assessor."),
  guidance: z
    .record(z.string(), z.string().min(1))
    .default({})
    .describe("Scoring guidance keyed by answer-level code."),
  scale: IdSchema.describe("The id of the indicator's response scale."),
  scored: z.boolean().default(true).describe("false = reported but never aggregated into any score."),
  measures: z
    .string()
    .min(1)
    .optional()
    .describe('What the indicator measures, e.g. "extent" or "strength".'),
  references: ReferencesSchema.default({ bali: [], aarhus: [], escazu: [] }),
});

/** Any node of the tree. */
export const NodeSchema = z.discriminatedUnion("level", [
  IndexNodeSchema,
  PillarNodeSchema,
  GroupNodeSchema,
  IndicatorNodeSchema,
]);

/**
 * A whole framework document.
 *
 * @example
 * ```ts
 * import { FrameworkSchema, frameworks } from "principle10";
 * FrameworkSchema.safeParse(frameworks.get("edi-2015").document).success; // true
 * FrameworkSchema.safeParse({ id: "x", version: "1" }).success; // false: no scales, no nodes
 * ```
 */
export const FrameworkSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: IdSchema,
    version: z.string().min(1),
    title: z.string().min(1),
    description: z.string().min(1),
    source: z.string().min(1).describe("Where the structure comes from."),
    scales: z.array(ScaleSchema).min(1),
    nodes: z.array(NodeSchema).min(2),
  })
  .describe("A principle10 framework: a versioned indicator catalogue.");

/** A response scale as parsed (defaults applied). */
export type ScaleDefinition = z.output<typeof ScaleSchema>;
/** One answer level as parsed. */
export type ScaleLevelDefinition = z.output<typeof ScaleLevelSchema>;
/** References as parsed. */
export type References = z.output<typeof ReferencesSchema>;
/** Any node as parsed. */
export type NodeDefinition = z.output<typeof NodeSchema>;
/** An indicator node as parsed. */
export type IndicatorDefinition = z.output<typeof IndicatorNodeSchema>;
/** A framework document as parsed (defaults applied). */
export type FrameworkDocument = z.output<typeof FrameworkSchema>;
/** A framework document as written by its author (defaults not yet applied). */
export type FrameworkInput = z.input<typeof FrameworkSchema>;
/** The levels a node may have, root first. */
export type NodeLevel = NodeDefinition["level"];
