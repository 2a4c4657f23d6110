/**
 * The case design of a practice indicator (The Access Initiative's method: practice is rated through case
 * studies): accepted case types, look-back window, how many cases, how their answers combine. Optional on
 * an indicator; a framework that declares none reads and scores exactly as before.
 */
import * as z from "zod/mini";

/** How case answers combine into the indicator's value. */
export const CaseCombineSchema = /* @__PURE__ */ z.enum(["mean", "median", "minimum", "share"]);

/** An indicator's case design. */
export const CaseDesignSchema = /* @__PURE__ */ z
  .strictObject({
    types: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1)))
      .check(
        /* @__PURE__ */ z.minLength(1),
        /* @__PURE__ */ z.describe(
          'Case types the indicator accepts, e.g. "emergency", "monitoring", "project".',
        ),
      ),
    lookBackYears: /* @__PURE__ */ z
      .number()
      .check(
        /* @__PURE__ */ z.int(),
        /* @__PURE__ */ z.gte(1),
        /* @__PURE__ */ z.describe(
          "Cases count when they overlap this many years up to the end of the period.",
        ),
      ),
    min: /* @__PURE__ */ z
      ._default(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)), 1)
      .check(
        /* @__PURE__ */ z.describe(
          "Fewer answered cases leave the indicator missing (the coverage rule), named in a warning.",
        ),
      ),
    max: /* @__PURE__ */ z
      .optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)))
      .check(/* @__PURE__ */ z.describe("More cases in the window is an error.")),
    combine: /* @__PURE__ */ z
      ._default(CaseCombineSchema, "mean")
      .check(
        /* @__PURE__ */ z.describe(
          "How case answers combine: mean, median, minimum, or the share of cases reaching `level` carried onto the scale's range.",
        ),
      ),
    level: /* @__PURE__ */ z
      .optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)))
      .check(/* @__PURE__ */ z.describe("With combine share: the level code a case must reach.")),
    required: /* @__PURE__ */ z
      ._default(/* @__PURE__ */ z.boolean(), false)
      .check(/* @__PURE__ */ z.describe("true: a direct (case-less) level answer is an error.")),
  })
  .check(/* @__PURE__ */ z.describe("How a practice indicator is assessed through cases."));

/** A case design as parsed (defaults applied). */
export type CaseDesign = z.output<typeof CaseDesignSchema>;
/** How case answers combine. */
export type CaseCombineRule = z.output<typeof CaseCombineSchema>;
