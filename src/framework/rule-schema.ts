/**
 * Applicability and evidence rules of an indicator, as data. Conditional applicability: an indicator is not
 * applicable to a unit when another indicator of the same unit was answered with one of some levels (with
 * no public-interest litigation, "costs were not awarded against litigants" must not score best). Evidence:
 * an answer at some levels counts only when it names at least a number of sources ("no documented case of
 * reprisals" means something only where documentation was looked for). An unknown (missing) answer never
 * fires a rule: unknown stays distinct from no.
 */
import * as z from "zod/mini";

const LevelCodesSchema = /* @__PURE__ */ z
  .array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1)))
  .check(/* @__PURE__ */ z.minLength(1));

/** One condition under which the indicator is not applicable. */
export const ApplicabilityRuleSchema = /* @__PURE__ */ z.strictObject({
  indicator: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  answers: /* @__PURE__ */ LevelCodesSchema.check(),
  why: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))),
});

/** What an answer at some levels must show to count. */
export const EvidenceRuleSchema = /* @__PURE__ */ z.strictObject({
  levels: /* @__PURE__ */ LevelCodesSchema.check(),
  minSources: /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
    1,
  ),
  why: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))),
});

/** An applicability rule as parsed. */
export type ApplicabilityRule = z.output<typeof ApplicabilityRuleSchema>;
/** An evidence rule as parsed. */
export type EvidenceRule = z.output<typeof EvidenceRuleSchema>;
