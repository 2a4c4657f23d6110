/**
 * The cohort a report compares against: the periods of a ScoreSet, the units of one period and the names
 * entities are shown with.
 */
import { compareCodePoints } from "../../base/code-points.js";
import { P10Error } from "../../errors.js";
import type { ScoreSet } from "../../score/types.js";

/**
 * The periods of a ScoreSet in code-point order.
 *
 * @param scoreSet - the scores.
 * @returns the distinct periods.
 * @throws never.
 * @example
 * ```ts
 * periodsOf(sampleScores); // ["2014", "2024"]
 * ```
 */
export function periodsOf(scoreSet: ScoreSet): string[] {
  return [...new Set(scoreSet.units.map((u) => u.period))].sort(compareCodePoints);
}

/**
 * The positions (in `scoreSet.units`) of the units of one period, in entity order.
 *
 * @param scoreSet - the scores.
 * @param period - the period.
 * @returns the unit positions.
 * @throws P10Error `P10_UNKNOWN_PERIOD` when no unit has this period.
 * @example
 * ```ts
 * unitsIn(sampleScores, "2024").length; // 14
 * ```
 */
export function unitsIn(scoreSet: ScoreSet, period: string): number[] {
  const units = scoreSet.units.flatMap((u, i) => (u.period === period ? [i] : []));
  if (units.length === 0) {
    throw new P10Error(
      "P10_UNKNOWN_PERIOD",
      `period "${period}" has no results; the periods are ${periodsOf(scoreSet).join(", ") || "(none)"}`,
    );
  }
  return units;
}

/**
 * The name an entity is shown with: its `entity_name` from the data, else its id.
 *
 * @param scoreSet - the scores.
 * @param entity - the entity id.
 * @returns the name.
 * @throws never.
 * @example
 * ```ts
 * entityLabel(sampleScores, "ARV"); // "Arvenia"
 * ```
 */
export function entityLabel(scoreSet: ScoreSet, entity: string): string {
  return scoreSet.dataset.entityNames.get(entity) ?? entity;
}
