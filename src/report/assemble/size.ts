/**
 * What a report holds at each size, so a page for hundreds or thousands of entities stays one that a
 * browser opens and a person reads: the ranking (table) and the methods always; charts of every entity up
 * to {@link REPORT_LIMITS}.chartEntities; a profile for every entity up to `allProfiles`, beyond that for
 * the highest- and lowest-ranked few unless the caller names them. Whatever is left out is said on the
 * page.
 */
import { P10Error } from "../../errors.js";
import type { ReportContext } from "./context.js";
import { rankedUnits } from "./ranking.js";

/**
 * The sizes at which a report starts leaving things out (entities assessed in the report's period).
 *
 * @example
 * ```ts
 * import { REPORT_LIMITS } from "principle10/report";
 * REPORT_LIMITS.allProfiles; // 25
 * REPORT_LIMITS.chartEntities; // 1000
 * ```
 */
export const REPORT_LIMITS = {
  /** Up to this many entities, every entity gets a profile by default. */
  allProfiles: 25,
  /** Beyond `allProfiles`, this many of the highest- and as many of the lowest-ranked get one by default. */
  profilesAtEachEnd: 3,
  /** Beyond this many entities, the per-entity charts (ranking, gaps, change, rank intervals) are left out. */
  chartEntities: 1000,
} as const;

/** Which profiles to write: `true` every entity, `false` none, or entity ids; default by size. */
export type ProfileChoice = boolean | readonly string[] | undefined;

/** What the report holds at its size. */
export interface ReportPlan {
  /** Whether the per-entity charts are drawn. */
  readonly charts: boolean;
  /** The units (of the report's period) that get a profile, in ranking order. */
  readonly profiles: readonly number[];
  /** Sentences naming what was left out, for the page; empty when nothing was. */
  readonly leftOut: readonly string[];
}

/**
 * Decides what a report holds (see the module header).
 *
 * @param ctx - the report context.
 * @param profiles - the caller's choice of profiles.
 * @param sections - the optional sections the caller asked for (`change`, `uncertainty`), to name them
 *   when left out.
 * @returns the plan.
 * @throws P10Error `P10_UNKNOWN_UNIT` for a profile id with no results in the report's period.
 */
export function reportPlan(
  ctx: ReportContext,
  profiles: ProfileChoice,
  sections: { readonly change: boolean; readonly uncertainty: boolean },
): ReportPlan {
  const n = ctx.units.length;
  const charts = n <= REPORT_LIMITS.chartEntities;
  const order = rankedUnits(ctx, 0);
  const leftOut: string[] = [];
  if (!charts) {
    const what = ["the ranking and gap charts", ...(sections.change ? ["the change section"] : [])];
    if (sections.uncertainty) what.push("the rank intervals");
    leftOut.push(
      `With ${n} entities (more than ${REPORT_LIMITS.chartEntities}), this report leaves out ${listed(what)}; the ranking table lists every entity.`,
    );
  }
  let chosen: number[];
  if (profiles === false) {
    chosen = [];
  } else if (profiles === true) {
    chosen = order;
  } else if (profiles !== undefined) {
    const wanted = new Set(profiles);
    chosen = order.filter((u) => wanted.has(ctx.scoreSet.units[u]!.entity));
    const found = new Set(chosen.map((u) => ctx.scoreSet.units[u]!.entity));
    const missing = profiles.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw new P10Error(
        "P10_UNKNOWN_UNIT",
        `no results in period "${ctx.period}" for the profile${missing.length === 1 ? "" : "s"} of ${missing.slice(0, 20).join(", ")}`,
      );
    }
  } else if (n <= REPORT_LIMITS.allProfiles) {
    chosen = order;
  } else if (!charts) {
    chosen = [];
    leftOut.push("It has no profiles unless they are asked for by entity id (p10 report --profiles ID,…).");
  } else {
    const each = REPORT_LIMITS.profilesAtEachEnd;
    const ranks = ctx.ranks.indices[0]!.nodes[0]!.ranks;
    const scored = order.filter((u) => ranks[u] !== null);
    chosen = [...scored.slice(0, each), ...scored.slice(Math.max(each, scored.length - each))];
    leftOut.push(
      `Profiles are given for the ${each} highest- and ${each} lowest-ranked of the ${n} entities; others on request (p10 report --profiles ID,…).`,
    );
  }
  return { charts, profiles: chosen, leftOut };
}

/** "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
