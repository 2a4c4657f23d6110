/**
 * Why a node has no score: the codes, and the order in which the structural ones are decided, shared by the
 * exact engine (shape.ts) and the float fast path (src/uncertainty/fast-scorer.ts), so both give a null
 * score the same reason. The value-dependent reasons (`zero-value`, `negative-value`) come from the
 * aggregation table's shared rule (`valueRule` in src/method/aggregation.ts).
 */
import type { NullReason } from "./types.js";

/** Every null-reason code; the fast path reports a reason as 1 + its position here, 0 for a score. */
export const NULL_REASON_CODES = [
  "not-applicable",
  "zero-weight",
  "no-answers",
  "coverage",
  "zero-value",
  "negative-value",
] as const satisfies readonly NullReason["code"][];

// Every code of NullReason is listed above: a new code fails to compile here until it is.
type Unlisted = Exclude<NullReason["code"], (typeof NULL_REASON_CODES)[number]>;
const everyCodeListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyCodeListed;

/** A structural null reason: decided by which children are applicable and scored, before any value. */
export type StructuralNullReason = "not-applicable" | "zero-weight" | "no-answers" | "coverage";

/**
 * The structural reason a node has no score, in the exact engine's order: no applicable child
 * (`not-applicable`); applicable children that all weigh 0 (`zero-weight`); no child with a score
 * (`no-answers`); too little of the applicable weight scored (`coverage`); scored children that all weigh
 * 0 (`zero-weight`).
 *
 * @param anyApplicable - some child is applicable.
 * @param applicableWeight - the applicable children's weights sum to more than 0.
 * @param anyPresent - some applicable child has a score.
 * @param coverageReached - the scored weight share reaches the minimum coverage (consulted only when the
 *   three flags above hold, so a caller may compute it only then).
 * @param presentWeight - the scored children's weights sum to more than 0.
 * @returns the reason, or `null` when the node is scored (its aggregate may still fail on a value).
 */
export function structuralNullReason(
  anyApplicable: boolean,
  applicableWeight: boolean,
  anyPresent: boolean,
  coverageReached: boolean,
  presentWeight: boolean,
): StructuralNullReason | null {
  if (!anyApplicable) return "not-applicable";
  if (!applicableWeight) return "zero-weight";
  if (!anyPresent) return "no-answers";
  if (!coverageReached) return "coverage";
  if (!presentWeight) return "zero-weight";
  return null;
}

/**
 * The fast path's number for a null reason: 1 + its position in {@link NULL_REASON_CODES}.
 *
 * @param code - a null-reason code.
 * @returns the number (1 … 6).
 */
export function nullReasonNumber(code: NullReason["code"]): number {
  return NULL_REASON_CODES.indexOf(code) + 1;
}
