/**
 * The ranking section: per index, the entities of the report's period in rank order, drawn as bars of
 * the index and its pillars coloured by band, and the same figures in a table with the answers each score
 * rests on. With gaps in the method (law − practice), a gap chart per gap follows.
 */
import { compareCodePoints } from "../../base/code-points.js";
import { bandsOfNode, nodeBand } from "../../method/presentation.js";
import type { Block, TableColumn } from "../html/blocks.js";
import { gapChart } from "../svg/gap-chart.js";
import { rankingChart } from "../svg/ranking-chart.js";
import { caseBlocks } from "./cases.js";
import { entityLabel } from "./cohort.js";
import { domId, drawn, type ReportContext, shown } from "./context.js";
import { addsUp } from "./scale.js";

/** At most this many panels of sub-scores next to the index in the ranking chart. */
const MAX_SUB_PANELS = 4;

/**
 * The units of the report's period in rank order for one index: ranked first (best first), then those
 * without a score; ties in entity order.
 *
 * @param ctx - the report context.
 * @param k - the index position.
 * @returns unit positions.
 * @throws never.
 * @example
 * ```ts
 * rankedUnits(ctx, 0).map((u) => ctx.scoreSet.units[u]!.entity).slice(0, 3); // ["ARV", "BMR", "ESK"]
 * ```
 */
export function rankedUnits(ctx: ReportContext, k: number): number[] {
  const ranks = ctx.ranks.indices[k]!.nodes[0]!.ranks;
  const units = ctx.scoreSet.units;
  return [...ctx.units].sort((a, b) => {
    const ra = ranks[a] ?? Number.POSITIVE_INFINITY;
    const rb = ranks[b] ?? Number.POSITIVE_INFINITY;
    return ra !== rb ? ra - rb : compareCodePoints(units[a]!.entity, units[b]!.entity);
  });
}

/** The nodes drawn next to the index: the root's children when they are few internal nodes. */
function panelNodes(ctx: ReportContext, k: number): number[] {
  const root = ctx.scoreSet.indices[k]!.nodes[0]!;
  const children = root.children.filter((c) => !c.indicator).map((c) => c.pos);
  // Parts that add up to the index lie on other scales than the index: the index alone then.
  const fits = children.length > 0 && children.length <= MAX_SUB_PANELS && !addsUp(ctx.scoreSet, k);
  return fits ? [0, ...children] : [0];
}

function indexRanking(ctx: ReportContext, k: number, charts: boolean): Block[] {
  const { scoreSet } = ctx;
  const index = scoreSet.indices[k]!;
  const scale = ctx.scales[k]!;
  const nodes = panelNodes(ctx, k);
  const order = rankedUnits(ctx, k);
  const ranks = ctx.ranks.indices[k]!.nodes[0]!;
  const named = order.some(
    (u) => entityLabel(scoreSet, scoreSet.units[u]!.entity) !== scoreSet.units[u]!.entity,
  );
  const title = (pos: number) => (pos === 0 ? index.title : index.nodes[pos]!.title);
  const nodeScore = (u: number, pos: number) => scoreSet.units[u]!.indices[k]!.nodes[pos]!;
  const rankText = (u: number) => (ranks.ranks[u] === null ? "\u2013" : String(ranks.ranks[u]));
  const scored = order.filter((u) => ranks.ranks[u] !== null).length;
  const chart = !charts
    ? null
    : rankingChart({
        id: domId("ranking", k, index.id),
        title: `${index.title}, ${ctx.period}`,
        description: `Entities in rank order; ${nodes.length > 1 ? "the index and its sub-scores" : "the index"} on a scale from ${scale.domain[0]} to ${scale.domain[1]}.`,
        measures: nodes.map(title),
        rows: order.map((u) => ({
          label: entityLabel(scoreSet, scoreSet.units[u]!.entity),
          rank: rankText(u),
          values: nodes.map((pos) => drawn(nodeScore(u, pos).score)),
        })),
        domain: scale.domain,
        bands: scale.bands,
        format: scale.format,
      });
  const banded = bandsOfNode(scoreSet.method.presentation, index.nodes[0]!.id).length > 0;
  const columns: TableColumn[] = [
    { label: "Rank", align: "right" },
    { label: "Entity" },
    ...(named ? [{ label: "Id" }] : []),
    ...nodes.map((pos): TableColumn => ({ label: title(pos), align: "right" })),
    ...(banded ? [{ label: "Band" }] : []),
    { label: "Answered", align: "right" },
  ];
  const rows = order.map((u) => {
    const unit = scoreSet.units[u]!;
    const root = nodeScore(u, 0);
    const band = nodeBand(root.score, scoreSet.method.presentation, index.nodes[0]!.id);
    return [
      rankText(u),
      entityLabel(scoreSet, unit.entity),
      ...(named ? [unit.entity] : []),
      ...nodes.map((pos) => shown(ctx, nodeScore(u, pos).score)),
      ...(banded ? [band ?? "\u2013"] : []),
      // Imputed answers are counted apart (only methods that impute have the count).
      `${root.answers.present}/${root.answers.expected}${root.answers.imputed ? ` + ${root.answers.imputed} imputed` : ""}`,
    ];
  });
  const unscored = order.length - scored;
  return [
    {
      kind: "paragraph",
      text: `${scored === order.length ? `All ${scored}` : `${scored} of ${order.length}`} entities have an index score in ${ctx.period}${unscored > 0 ? `; the ${unscored} without one are listed last` : ""}. ${charts ? `Bars start at ${scale.domain[0]} and are coloured by band; tied` : "Tied"} entities share a rank.`,
    },
    ...(chart === null
      ? []
      : [
          {
            kind: "figure",
            svg: chart,
            caption: `${index.title}${nodes.length > 1 ? " and its sub-scores" : ""} by entity, ${ctx.period}.`,
          } satisfies Block,
        ]),
    {
      kind: "table",
      caption: `${index.title}, ${ctx.period}: scores as the method rounds them; “Answered” counts answers present out of the indicators that enter the index.`,
      columns,
      rows,
    },
  ];
}

function gapBlocks(ctx: ReportContext): Block[] {
  const { scoreSet } = ctx;
  return scoreSet.gaps.map((gap, g): Block => {
    const km = scoreSet.indices.findIndex((ix) => ix.id === gap.minuend);
    const ks = scoreSet.indices.findIndex((ix) => ix.id === gap.subtrahend);
    const [m, s] = [ctx.scales[km]!, ctx.scales[ks]!];
    const order = rankedUnits(ctx, km);
    const root = (u: number, k: number) => drawn(scoreSet.units[u]!.indices[k]!.nodes[0]!.score);
    return {
      kind: "figure",
      // Drawn as subtrahend → minuend so the chart's signed difference is the method's gap.
      svg: gapChart({
        id: domId("gap", g, gap.id),
        title: `${gap.title}, ${ctx.period}`,
        names: [scoreSet.indices[ks]!.title, scoreSet.indices[km]!.title],
        rows: order.map((u) => ({
          label: entityLabel(scoreSet, scoreSet.units[u]!.entity),
          law: root(u, ks),
          practice: root(u, km),
        })),
        domain: [Math.min(m.domain[0], s.domain[0]), Math.max(m.domain[1], s.domain[1])],
        format: m.format,
      }),
      caption: `${gap.title}: hollow dot ${scoreSet.indices[ks]!.title}, filled dot ${scoreSet.indices[km]!.title}; the gap is the second minus the first.`,
    };
  });
}

/**
 * The ranking section of the report.
 *
 * @param ctx - the report context.
 * @returns one section block: a sub-section per index when the method has several, then the gap charts.
 * @throws P10Error `P10_CHART_DATA` only for scores outside the chart scale (a defect).
 * @example
 * ```ts
 * rankingSection(ctx).heading; // "Ranking, 2024"
 * ```
 */
export function rankingSection(ctx: ReportContext, charts = true): Extract<Block, { kind: "section" }> {
  const indices = ctx.scoreSet.indices;
  const blocks: Block[] =
    indices.length === 1
      ? indexRanking(ctx, 0, charts)
      : indices.map((index, k) => ({
          kind: "section",
          id: domId("ranking-section", k, index.id),
          heading: index.title,
          blocks: indexRanking(ctx, k, charts),
        }));
  return {
    kind: "section",
    id: "ranking",
    heading: `Ranking, ${ctx.period}`,
    blocks: [...blocks, ...(charts ? gapBlocks(ctx) : []), ...caseBlocks(ctx)],
  };
}
