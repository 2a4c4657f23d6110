/**
 * The uncertainty spec file as zod schemas: which inputs of a composite indicator are uncertain and how they
 * vary in the Monte Carlo runs (OECD/JRC Handbook on Constructing Composite Indicators, 2008, §6: weights
 * perturbed around their nominal values, alternative aggregation rules, missing-data treatments,
 * normalisations, and leaving out one component at a time). Every field has a default, so `{}` is a spec.
 */
import type { P10ErrorCode } from "../error-codes.js";
import * as z from "zod/mini";
import { P10Decimal } from "../decimal.js";
import { findForbiddenKeys, jsonPath, safeParseDocument, schemaIssues } from "../document.js";
import { failWithIssues, type P10Issue } from "../errors.js";
import { IdSchema } from "../framework/schema.js";
import { AggregationSpecSchema, NonNegativeDecimalSchema, NormalisationSchema } from "../method/schema.js";

/** The levels whose nodes have a weight within a parent and can be left out. */
export const ChildLevelSchema = /* @__PURE__ */ z
  .enum(["pillar", "group", "indicator"])
  .check(/* @__PURE__ */ z.describe("A level of the framework tree below the index root."));

/**
 * How node weights are perturbed.
 *
 * @example
 * ```ts
 * import { WeightPerturbationSchema } from "principle10/advanced";
 * WeightPerturbationSchema.parse({ perturbation: 10 }).perturbation; // 10
 * WeightPerturbationSchema.safeParse({ perturbation: -5 }).success; // false: a perturbation is ≥ 0
 * ```
 */
export const WeightPerturbationSchema = /* @__PURE__ */ z
  .strictObject({
    perturbation: /* @__PURE__ */ z
      ._default(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lt(100)), 25)
      .check(
        /* @__PURE__ */ z.describe(
          "Half-width of the uniform perturbation in percent: each weight is multiplied by a factor drawn uniformly from [1 − x/100, 1 + x/100), then the weights are renormalised within their parent (keeping the parent's weight total).",
        ),
      ),
    levels: /* @__PURE__ */ z
      ._default(/* @__PURE__ */ z.array(ChildLevelSchema).check(/* @__PURE__ */ z.minLength(1)), [
        "pillar",
        "group",
        "indicator",
      ])
      .check(
        /* @__PURE__ */ z.describe(
          "The levels whose nodes' weights are perturbed (ignored when `nodes` is given).",
        ),
      ),
    nodes: /* @__PURE__ */ z
      .optional(/* @__PURE__ */ z.array(IdSchema).check(/* @__PURE__ */ z.minLength(1)))
      .check(
        /* @__PURE__ */ z.describe(
          "Perturb the weights of these nodes only (ids of pillars, groups or indicators).",
        ),
      ),
    inputs: /* @__PURE__ */ z
      ._default(/* @__PURE__ */ z.enum(["per-level", "per-node"]), "per-level")
      .check(
        /* @__PURE__ */ z.describe(
          "per-level: one uncertain input per level (its nodes' factors are drawn together, so the sensitivity analysis reports one index per level); per-node: one input per node.",
        ),
      ),
  })
  .check(/* @__PURE__ */ z.describe("Weight perturbation."));

/**
 * Alternative aggregation functions for a whole level or for one node.
 *
 * @example
 * ```ts
 * import { AggregationChoiceSchema } from "principle10/advanced";
 * const choice = { level: "pillar", alternatives: [{ function: "arithmetic" }, { function: "geometric" }] };
 * AggregationChoiceSchema.safeParse(choice).success; // true
 * AggregationChoiceSchema.safeParse({ level: "pillar", alternatives: [] }).success; // false: at least one
 * ```
 */
export const AggregationChoiceSchema = /* @__PURE__ */ z
  .union([
    /* @__PURE__ */ z.strictObject({
      level: /* @__PURE__ */ z
        .enum(["index", "pillar", "group"])
        .check(/* @__PURE__ */ z.describe("Every node of this level.")),
      alternatives: /* @__PURE__ */ z.array(AggregationSpecSchema).check(/* @__PURE__ */ z.minLength(1)),
    }),
    /* @__PURE__ */ z.strictObject({
      node: /* @__PURE__ */ IdSchema.check(
        /* @__PURE__ */ z.describe("One node (a node target wins over its level's)."),
      ),
      alternatives: /* @__PURE__ */ z.array(AggregationSpecSchema).check(/* @__PURE__ */ z.minLength(1)),
    }),
  ])
  .check(
    /* @__PURE__ */ z.describe(
      "One uncertain input: the aggregation function of a level or a node, drawn with equal chances.",
    ),
  );

/**
 * What is left out one at a time.
 *
 * @example
 * ```ts
 * import { ExclusionSchema } from "principle10/advanced";
 * ExclusionSchema.safeParse({ level: "group" }).success; // true: leave out one group at a time
 * ExclusionSchema.safeParse({ nodes: ["G1", "G2"] }).success; // true
 * ExclusionSchema.safeParse({ level: "index" }).success; // false: the root cannot be left out
 * ```
 */
export const ExclusionSchema = /* @__PURE__ */ z
  .union([
    /* @__PURE__ */ z.strictObject({
      level: /* @__PURE__ */ ChildLevelSchema.check(
        /* @__PURE__ */ z.describe("Leave out one node of this level at a time."),
      ),
    }),
    /* @__PURE__ */ z.strictObject({
      nodes: /* @__PURE__ */ z
        .array(IdSchema)
        .check(
          /* @__PURE__ */ z.minLength(1),
          /* @__PURE__ */ z.describe("Leave out one of these nodes at a time."),
        ),
    }),
  ])
  .check(
    /* @__PURE__ */ z.describe(
      'One uncertain input whose value is "none" or one node, with equal chances; a left-out node is treated as not applicable (its siblings are renormalised).',
    ),
  );

/**
 * The whole spec document.
 *
 * @example
 * ```ts
 * import { UncertaintySpecSchema } from "principle10/advanced";
 * const spec = UncertaintySpecSchema.parse({}); // every default
 * spec.weights; // { perturbation: 25, levels: ["pillar", "group", "indicator"], inputs: "per-level" }
 * UncertaintySpecSchema.safeParse({ runs: 10, seed: "audit" }).success; // true
 * UncertaintySpecSchema.safeParse({ run: 10 }).success; // false: unknown key
 * ```
 */
export const UncertaintySpecSchema = /* @__PURE__ */ z
  .strictObject({
    $schema: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    weights: /* @__PURE__ */ z
      ._default(/* @__PURE__ */ z.nullable(WeightPerturbationSchema), {
        perturbation: 25,
        levels: ["pillar", "group", "indicator"],
        inputs: "per-level",
      })
      .check(/* @__PURE__ */ z.describe("Weight perturbation, or null for none.")),
    aggregation: /* @__PURE__ */ z
      ._default(/* @__PURE__ */ z.array(AggregationChoiceSchema), [
        { level: "pillar", alternatives: [{ function: "arithmetic" }, { function: "geometric" }] },
        { level: "index", alternatives: [{ function: "arithmetic" }, { function: "geometric" }] },
      ])
      .check(/* @__PURE__ */ z.describe("Aggregation alternatives, one input per entry; [] for none.")),
    zeros: /* @__PURE__ */ z
      .optional(/* @__PURE__ */ z.enum(["zero", "offset", "fail"]))
      .check(
        /* @__PURE__ */ z.describe(
          'The zeros rule of geometric-type means in the runs; default: the method\'s, else "offset" by 1 % of the top of the normalised range (under "zero", every unit with one zero child would get 0 and tie).',
        ),
      ),
    offset: /* @__PURE__ */ z
      .optional(NonNegativeDecimalSchema)
      .check(/* @__PURE__ */ z.describe('The offset under zeros "offset".')),
    missing: /* @__PURE__ */ z
      ._default(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(["drop", "zero"])), ["drop", "zero"])
      .check(/* @__PURE__ */ z.describe("Missing-data policy alternatives; [] keeps the method's policy.")),
    normalisation: /* @__PURE__ */ z
      .optional(/* @__PURE__ */ z.array(NormalisationSchema))
      .check(
        /* @__PURE__ */ z.describe(
          "Normalisation alternatives; [] keeps the method's. Default: native and goalposts 0–100 when the scales of the scored indicators do not all share one minimum and maximum (otherwise the two give the same ranks under every mean, so the input is left out).",
        ),
      ),
    exclude: /* @__PURE__ */ z
      ._default(/* @__PURE__ */ z.nullable(ExclusionSchema), { level: "group" })
      .check(/* @__PURE__ */ z.describe("Leave-one-out input, or null for none.")),
    places: /* @__PURE__ */ z
      ._default(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0)), 3)
      .check(
        /* @__PURE__ */ z.describe(
          "An entity has moved when its median (or 5–95 interval) is more than this many places away.",
        ),
      ),
    bootstrap: /* @__PURE__ */ z
      ._default(
        /* @__PURE__ */ z
          .number()
          .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(100_000)),
        500,
      )
      .check(/* @__PURE__ */ z.describe("Bootstrap resamples for the Sobol indices' confidence intervals.")),
    confidence: /* @__PURE__ */ z
      ._default(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lt(1)), 0.95)
      .check(/* @__PURE__ */ z.describe("Coverage of the bootstrap intervals.")),
    runs: /* @__PURE__ */ z
      .optional(
        /* @__PURE__ */ z
          .number()
          .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(10_000_000)),
      )
      .check(/* @__PURE__ */ z.describe("Target number of model runs (the command line's --runs wins).")),
    seed: /* @__PURE__ */ z
      .optional(
        /* @__PURE__ */ z.union([
          /* @__PURE__ */ z
            .number()
            .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(4_294_967_295)),
          /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
        ]),
      )
      .check(/* @__PURE__ */ z.describe("The random seed (the command line's --seed wins).")),
  })
  .check(/* @__PURE__ */ z.describe("A principle10 uncertainty spec: what varies in the Monte Carlo runs."));

/** A spec as parsed (defaults applied). */
export type UncertaintySpec = z.output<typeof UncertaintySpecSchema>;
/** A spec as written by its author. */
export type UncertaintySpecInput = z.input<typeof UncertaintySpecSchema>;
/** One aggregation input as parsed. */
export type AggregationChoice = z.output<typeof AggregationChoiceSchema>;
/** The leave-one-out input as parsed. */
export type Exclusion = z.output<typeof ExclusionSchema>;
/** The weight perturbation as parsed. */
export type WeightPerturbation = z.output<typeof WeightPerturbationSchema>;

/**
 * Validates an uncertainty spec document. Node ids are checked later, against the framework
 * (see `resolveUncertainInputs`).
 *
 * @param json - the parsed JSON document (`{}` gives every default).
 * @param options - `file`: the file name to mention in errors.
 * @returns the spec with defaults applied.
 * @throws P10Error `P10_UNCERTAINTY_SPEC_INVALID`, whose `issues` hold every problem:
 *   `P10_UNCERTAINTY_SPEC_SCHEMA`, `P10_UNCERTAINTY_SPEC_UNKNOWN_KEY`, `P10_UNCERTAINTY_SPEC_FORBIDDEN_KEY`,
 *   `P10_UNCERTAINTY_SPEC_OFFSET`, `P10_UNCERTAINTY_SPEC_EXPONENT`.
 * @example
 * ```ts
 * import { parseUncertaintySpec } from "principle10";
 * parseUncertaintySpec({}).weights?.perturbation; // 25
 * parseUncertaintySpec({ weights: { perturbation: 10 }, exclude: null }).exclude; // null
 * ```
 */
export function parseUncertaintySpec(json: unknown, options: { file?: string } = {}): UncertaintySpec {
  const fail = (issues: P10Issue[]): never =>
    failWithIssues("P10_UNCERTAINTY_SPEC_INVALID", "invalid uncertainty spec", issues, {
      ...options,
      fallback: "unknown problem",
    });
  const forbidden = findForbiddenKeys(json, "P10_UNCERTAINTY_SPEC_FORBIDDEN_KEY");
  if (forbidden.length > 0) fail(forbidden);
  const parsed = safeParseDocument(UncertaintySpecSchema, json);
  if (!parsed.success) {
    fail(
      schemaIssues(parsed.error, {
        unknownKey: "P10_UNCERTAINTY_SPEC_UNKNOWN_KEY",
        schema: "P10_UNCERTAINTY_SPEC_SCHEMA",
      }),
    );
  }
  const spec = parsed.data as UncertaintySpec;
  const issues: P10Issue[] = [];
  const issue = (code: P10ErrorCode, path: string, message: string): void => {
    issues.push({ code, severity: "error", path, message });
  };
  if (spec.zeros === "offset" && (spec.offset === undefined || new P10Decimal(spec.offset).isZero())) {
    issue("P10_UNCERTAINTY_SPEC_OFFSET", "offset", 'zeros "offset" needs a positive offset such as "1"');
  }
  if (spec.zeros !== "offset" && spec.offset !== undefined) {
    issue(
      "P10_UNCERTAINTY_SPEC_OFFSET",
      "offset",
      `an offset is only used with zeros "offset" (zeros is ${JSON.stringify(spec.zeros ?? null)})`,
    );
  }
  spec.aggregation.forEach((choice, i) => {
    choice.alternatives.forEach((alt, j) => {
      if (alt.function === "generalised" && new P10Decimal(alt.p).isZero()) {
        issue(
          "P10_UNCERTAINTY_SPEC_EXPONENT",
          jsonPath(["aggregation", i, "alternatives", j, "p"]),
          "the generalised mean needs an exponent p ≠ 0 (p → 0 is the geometric mean: use it)",
        );
      }
    });
  });
  if (issues.length > 0) fail(issues);
  return spec;
}
