/**
 * The profiles section: per entity of the report's period, its scores against the cohort (a bar per group
 * with the cohort median as a tick, after the EDI country pages), a sentence on its standing and its
 * strongest and weakest indicators.
 */
import { decimalStatistics } from "../../compare/group-summary.js";
import { type CohortComparison, strengthsAndWeaknesses } from "../../compare/strengths.js";
import type { Dec } from "../../decimal.js";
import { nodeBand } from "../../method/presentation.js";
import type { IndexDescriptor } from "../../score/types.js";
import type { Block } from "../html/blocks.js";
import { type ProfileGroup, profileChart } from "../svg/profile-chart.js";
import { entityLabel } from "./cohort.js";
import { domId, drawn, type ReportContext, shown } from "./context.js";
import { type ChartScale, partsScale } from "./scale.js";
import { rankedUnits } from "./ranking.js";

/** Ids short enough to lead a label, such as the EDI's "G1"; longer ids (words) are left to the title. */
const SHORT_ID = /^[A-Za-z]{0,2}[0-9][0-9.]*$/;

/** The nodes a profile draws: the groups, or the pillars when the index has no groups. */
function profileNodes(index: IndexDescriptor): number[] {
  const groups = index.nodes.filter((n) => n.level === "group").map((n) => n.pos);
  return groups.length > 0 ? groups : index.nodes.filter((n) => n.pos !== 0).map((n) => n.pos);
}

interface IndexCohort {
  readonly k: number;
  readonly nodes: readonly number[];
  /** Node medians aligned with the index's nodes. */
  readonly nodeMedians: readonly (Dec | null)[];
  /** The scale of the profile charts (the same for every entity: computed once), or `null` without nodes. */
  readonly scale: ChartScale | null;
}

function cohortOf(ctx: ReportContext, k: number): IndexCohort {
  const { scoreSet, units } = ctx;
  const index = scoreSet.indices[k]!;
  const nodes = profileNodes(index);
  return {
    k,
    nodes,
    scale: nodes.length === 0 ? null : partsScale(scoreSet, k, nodes),
    nodeMedians: index.nodes.map(
      (_, pos) =>
        decimalStatistics(
          units.flatMap((u) => {
            const score = scoreSet.units[u]!.indices[k]!.nodes[pos]!.score;
            return score === null ? [] : [score];
          }),
        ).median,
    ),
  };
}

/** "2.55 (very good), rank 1 of 14". */
function standing(ctx: ReportContext, k: number, u: number): string {
  const node = ctx.scoreSet.units[u]!.indices[k]!.nodes[0]!;
  const index = ctx.scoreSet.indices[k]!;
  if (node.score === null) return `${index.title}: no score (${node.reason?.message ?? "no answers"})`;
  const ranks = ctx.ranks.indices[k]!.nodes[0]!;
  const band = nodeBand(node.score, ctx.scoreSet.method.presentation, index.nodes[0]!.id);
  return `${index.title} ${shown(ctx, node.score)}${band === null ? "" : ` (${band})`}, rank ${ranks.ranks[u]} of ${ranks.outOf[u]}`;
}

function indicatorItem(ctx: ReportContext, u: number, c: CohortComparison, kind: string): string {
  const indicator = ctx.scoreSet.framework.indicatorById.get(c.id);
  const answer = indicator === undefined ? undefined : ctx.scoreSet.units[u]!.answers[indicator.ordinal];
  const said = answer?.label === null || answer?.label === undefined ? "" : `“${answer.label}”, `;
  return `${kind}: ${c.id} ${c.title} — ${said}${shown(ctx, c.score)} against a cohort median of ${shown(ctx, c.cohort)}`;
}

function entityBlocks(ctx: ReportContext, cohorts: readonly IndexCohort[], u: number, e: number): Block[] {
  const { scoreSet } = ctx;
  const unit = scoreSet.units[u]!;
  const name = entityLabel(scoreSet, unit.entity);
  const blocks: Block[] = [
    { kind: "paragraph", text: `${cohorts.map((c) => standing(ctx, c.k, u)).join("; ")} in ${ctx.period}.` },
  ];
  for (const cohort of cohorts) {
    const index = scoreSet.indices[cohort.k]!;
    const scores = unit.indices[cohort.k]!.nodes;
    const groups = cohort.nodes.map((pos): ProfileGroup => {
      const node = index.nodes[pos]!;
      const parent = index.nodes[node.parent];
      return {
        label: SHORT_ID.test(node.id) ? `${node.id} ${node.title}` : node.title,
        ...(parent === undefined || parent.pos === 0 ? {} : { section: parent.title }),
        value: drawn(scores[pos]!.score),
        median: drawn(cohort.nodeMedians[pos] ?? null),
      };
    });
    const above = cohort.nodes.filter((pos) => {
      const [v, m] = [scores[pos]!.score, cohort.nodeMedians[pos] ?? null];
      return v !== null && m !== null && v.gt(m);
    }).length;
    // An index that is the plain mean of its questions has no parts to draw; its indicators still follow.
    const { scale } = cohort;
    if (scale !== null)
      blocks.push({
        kind: "figure",
        svg: profileChart({
          id: domId(`profile-${cohort.k + 1}`, e, unit.entity),
          title: `${name}: ${index.title} by ${index.nodes[cohort.nodes[0]!]!.level}, ${ctx.period}`,
          entity: name,
          groups,
          domain: scale.domain,
          ...(scale.bands.length > 0 ? { bands: scale.bands } : {}),
          format: scale.format,
          // As wide as the ranking chart, so the label column holds long group names whole.
          width: 900,
        }),
        caption: `Bars: ${name}; ticks: the median of the ${ctx.units.length} entities assessed in ${ctx.period}. Above the median in ${above} of ${cohort.nodes.length}.`,
      });
    const { indicators } = strengthsAndWeaknesses(scoreSet, unit.entity, ctx.period, { index: index.id });
    const items = [
      ...indicators.strengths.map((c) => indicatorItem(ctx, u, c, "Strength")),
      ...indicators.weaknesses.map((c) => indicatorItem(ctx, u, c, "Weakness")),
    ];
    blocks.push({
      kind: "notes",
      items: items.length > 0 ? items : ["No indicator differs from the cohort median."],
    });
  }
  return blocks;
}

/**
 * The profiles section: one sub-section per entity of the report's period, in rank order.
 *
 * @param ctx - the report context.
 * @returns the section block.
 * @throws P10Error `P10_CHART_DATA` only for scores outside the chart scale (a defect).
 * @example
 * ```ts
 * profilesSection(ctx).blocks.length; // 14 (one per entity)
 * ```
 */
export function profilesSection(
  ctx: ReportContext,
  chosen: readonly number[] = rankedUnits(ctx, 0),
): Extract<Block, { kind: "section" }> {
  const cohorts = ctx.scoreSet.indices.map((_, k) => cohortOf(ctx, k));
  const order = chosen;
  return {
    kind: "section",
    id: "profiles",
    heading: `Profiles, ${ctx.period}`,
    blocks: [
      {
        kind: "paragraph",
        text: "Each entity against the cohort: a bar per group with the cohort median as a tick, then the indicators furthest above (strengths) and below (weaknesses) the cohort median.",
      },
      ...order.map(
        (u, e): Block => ({
          kind: "section",
          id: domId("entity", e, ctx.scoreSet.units[u]!.entity),
          heading: entityHeading(ctx, u),
          blocks: entityBlocks(ctx, cohorts, u, e),
        }),
      ),
    ],
  };
}

function entityHeading(ctx: ReportContext, u: number): string {
  const entity = ctx.scoreSet.units[u]!.entity;
  const name = entityLabel(ctx.scoreSet, entity);
  return name === entity ? name : `${name} (${entity})`;
}
