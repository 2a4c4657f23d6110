/**
 * What every section of an assembled report reads: the scores, their ranks, the period shown, the units
 * of that period and each index's chart scale, computed once.
 */
import type { RankSet } from "../../compare/rank.js";
import type { Dec } from "../../decimal.js";
import { displayScore } from "../../method/presentation.js";
import type { ScoreSet } from "../../score/types.js";
import type { ChartScale } from "./scale.js";

/** The shared state of the report's sections. */
export interface ReportContext {
  readonly scoreSet: ScoreSet;
  readonly ranks: RankSet;
  /** The period the ranking and profiles show. */
  readonly period: string;
  /** Positions in `scoreSet.units` of the units of `period`. */
  readonly units: readonly number[];
  /** One chart scale per index. */
  readonly scales: readonly ChartScale[];
}

/**
 * Shows an exact score as the method rounds it, with an en dash for no score.
 *
 * @param ctx - the report context (for the method's presentation).
 * @param value - the exact score or `null`.
 * @returns e.g. `"2.55"` or `"–"`.
 * @throws never.
 * @example
 * ```ts
 * shown(ctx, dec("2.554")); // "2.55"
 * ```
 */
export function shown(ctx: ReportContext, value: Dec | null): string {
  return displayScore(value, ctx.scoreSet.method.presentation) ?? "\u2013";
}

/**
 * A float for drawing (charts only; printed figures come from {@link shown}).
 *
 * @param value - the exact score or `null`.
 * @returns the nearest double, or `null`.
 * @throws never.
 * @example
 * ```ts
 * drawn(dec("2.5")); // 2.5
 * ```
 */
export function drawn(value: Dec | null): number | null {
  return value === null ? null : value.toNumber();
}

/**
 * An element id for a chart or section: a prefix, a position (unique) and the data id with characters an
 * id may not hold replaced, so ids stay unique and readable whatever the data's ids are.
 *
 * @param prefix - e.g. `"profile"`.
 * @param position - the item's position (0-based) among its kind.
 * @param id - the data's id, e.g. an entity id.
 * @returns e.g. `"profile-1-ARV"`.
 * @throws never.
 * @example
 * ```ts
 * domId("ranking", 0, "edi"); // "ranking-1-edi"
 * domId("profile", 4, "1.a b"); // "profile-5-1_a_b"
 * ```
 */
export function domId(prefix: string, position: number, id: string): string {
  return `${prefix}-${position + 1}-${id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}
