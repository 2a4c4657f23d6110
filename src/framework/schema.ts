/**
 * The framework file format as zod schemas: the single source of truth. The TypeScript types are inferred
 * from these schemas and `data/schema/framework.schema.json` is generated from them (`npm run schemas`).
 * A framework is a versioned indicator catalogue: response scales plus a flat list of nodes whose `parent`
 * links form the tree `index → pillar → group → indicator`.
 */
import * as z from "zod/mini";
import { DECIMAL_PATTERN } from "../decimal.js";
import { CaseDesignSchema } from "./case-schema.js";
import { ApplicabilityRuleSchema, EvidenceRuleSchema } from "./rule-schema.js";

/** A plain decimal string such as `"2"`, `"0.5"` or `"-1"`: exact, never a float. */
export const DecimalStringSchema = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.regex(DECIMAL_PATTERN, 'expected a plain decimal string such as "2" or "0.5"'));

/** A stable id: letters, digits, `.`, `_`, `-`; starts with a letter or digit. */
export const IdSchema = /* @__PURE__ */ z
  .string()
  .check(
    /* @__PURE__ */ z.regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
      "expected an id of letters, digits, '.', '_' or '-'",
    ),
  );

/** One answer level of a response scale. */
export const ScaleLevelSchema = /* @__PURE__ */ z.strictObject({
  code: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1)),
  label: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1)),
  value: /* @__PURE__ */ DecimalStringSchema.check(),
});

/** A response scale: ordered answer levels plus the tokens meaning *not applicable* and *missing*. */
export const ScaleSchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  title: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  ordered: /* @__PURE__ */ z._default(/* @__PURE__ */ z.boolean(), true),
  kind: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["ordinal", "numeric"])),
  unit: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1)),
  ),
  bounds: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      min: /* @__PURE__ */ z.optional(DecimalStringSchema),
      max: /* @__PURE__ */ z.optional(DecimalStringSchema),
    }),
  ),
  // Absent only on numeric scales (the compiler checks); an explicit empty list is an error as before.
  levels: /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.array(ScaleLevelSchema).check(/* @__PURE__ */ z.minLength(1)),
    [],
  ),
  min: /* @__PURE__ */ z.optional(DecimalStringSchema),
  max: /* @__PURE__ */ z.optional(DecimalStringSchema),
  direction: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["higher-is-better", "lower-is-better"])),
  notApplicable: /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1)),
    ),
    ["n/a", "na", "not applicable"],
  ),
  missing: /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1)),
    ),
    ["-", "missing", "unknown"],
  ),
});

/** References of a node to the instruments that ground it. */
export const ReferencesSchema = /* @__PURE__ */ z.strictObject({
  bali: /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.array(
      /* @__PURE__ */ z
        .number()
        .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(26)),
    ),
    [],
  ),
  aarhus: /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))),
    [],
  ),
  escazu: /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))),
    [],
  ),
});

// The fields every node has. Written out in each node schema rather than spread from a shared object: a
// spread at module load is not provably free of side effects, so bundlers would keep the schemas.
const NodeTitleSchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1));
const NodeDescriptionSchema = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
);

/** The source instrument's own name for a pillar or group (e.g. the EDI's), where `title` is the framework's. */
export const SourceTitleSchema = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
);

/** The root of a tree: an index. A framework has one or several (several indices over one questionnaire). */
export const IndexNodeSchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  title: NodeTitleSchema,
  description: NodeDescriptionSchema,
  level: /* @__PURE__ */ z.literal("index"),
});

/** A pillar (information, participation, justice) or another first-level grouping. */
export const PillarNodeSchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  title: NodeTitleSchema,
  description: NodeDescriptionSchema,
  level: /* @__PURE__ */ z.literal("pillar"),
  parent: IdSchema,
  references: /* @__PURE__ */ z.optional(ReferencesSchema),
  sourceTitle: SourceTitleSchema,
});

/** A group of indicators under a pillar, e.g. one Bali Guideline. */
export const GroupNodeSchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  title: NodeTitleSchema,
  description: NodeDescriptionSchema,
  level: /* @__PURE__ */ z.literal("group"),
  parent: IdSchema,
  references: /* @__PURE__ */ z.optional(ReferencesSchema),
  sourceTitle: SourceTitleSchema,
});

/** An indicator: the question an assessor answers on a scale. */
export const IndicatorNodeSchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  title: NodeTitleSchema,
  description: NodeDescriptionSchema,
  level: /* @__PURE__ */ z.literal("indicator"),
  parent: IdSchema,
  kind: /* @__PURE__ */ z.enum(["legal", "practice"]),
  // Required of a full framework (checked by parseFramework); a scoring form leaves questions out.
  question: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))),
  guidance: /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.record(
      /* @__PURE__ */ z.string(),
      /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
    ),
    {},
  ),
  scale: /* @__PURE__ */ IdSchema.check(),
  scored: /* @__PURE__ */ z._default(/* @__PURE__ */ z.boolean(), true),
  measures: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))),
  references: /* @__PURE__ */ z._default(ReferencesSchema, { bali: [], aarhus: [], escazu: [] }),
  cases: /* @__PURE__ */ z.optional(CaseDesignSchema),
  notApplicableWhen: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(ApplicabilityRuleSchema)),
  evidence: /* @__PURE__ */ z.optional(EvidenceRuleSchema),
  tests: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(IdSchema).check(/* @__PURE__ */ z.minLength(1))),
});

/** Any node of the tree. */
export const NodeSchema = /* @__PURE__ */ z.discriminatedUnion("level", [
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
 * import { frameworks } from "principle10";
 * import { FrameworkSchema } from "principle10/advanced";
 * FrameworkSchema.safeParse(frameworks.get("edi-2015").document).success; // true
 * FrameworkSchema.safeParse({ id: "x", version: "1" }).success; // false: no scales, no nodes
 * ```
 */
export const FrameworkSchema = /* @__PURE__ */ z.strictObject({
  $schema: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  id: IdSchema,
  version: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  title: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  description: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  source: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  form: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["full", "scoring"])),
  scales: /* @__PURE__ */ z.array(ScaleSchema).check(/* @__PURE__ */ z.minLength(1)),
  nodes: /* @__PURE__ */ z.array(NodeSchema).check(/* @__PURE__ */ z.minLength(2)),
});

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
