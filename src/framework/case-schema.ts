/**
 * The case design of a practice indicator (The Access Initiative's method: practice is rated through case
 * studies): accepted case types, look-back window, how many cases, how their answers combine. Optional on
 * an indicator; a framework that declares none reads and scores exactly as before.
 */
import * as z from "zod/mini";

/** How case answers combine into the indicator's value. */
export const CaseCombineSchema = /* @__PURE__ */ z.enum(["mean", "median", "minimum", "share"]);

/** An indicator's case design. */
export const CaseDesignSchema = /* @__PURE__ */ z.strictObject({
  types: /* @__PURE__ */ z
    .array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1)))
    .check(/* @__PURE__ */ z.minLength(1)),
  lookBackYears: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
  min: /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
    1,
  ),
  max: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
  ),
  combine: /* @__PURE__ */ z._default(CaseCombineSchema, "mean"),
  level: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))),
  required: /* @__PURE__ */ z._default(/* @__PURE__ */ z.boolean(), false),
});

/** A case design as parsed (defaults applied). */
export type CaseDesign = z.output<typeof CaseDesignSchema>;
/** How case answers combine. */
export type CaseCombineRule = z.output<typeof CaseCombineSchema>;
