/**
 * The summary that opens the report: the findings a reader wants before any chart — who leads, who moved
 * most since the previous period, where law and practice diverge most (when the method has a gap), and
 * how robust the top ranks are (with an uncertainty analysis) — then the contents. Every fact is taken
 * from the same scores, ranks and change report as the sections below, so it equals `p10 score` and
 * `p10 compare`; ties at the top are explained with the exact scores when rounding hides a difference.
 */
import type { ChangeReport } from "../../compare/change.js";
import { canonicalDecimal } from "../../decimal.js";
import type { UncertaintyResult } from "../../uncertainty/monte-carlo.js";
import type { Block } from "../html/blocks.js";
import { entityLabel } from "./cohort.js";
import { type ReportContext, shown } from "./context.js";
import { rankedUnits } from "./ranking.js";

/** How many top ranks the robustness sentence covers. */
const TOP = 3;

/**
 * The summary section, with the table of contents of the sections that follow.
 * @param ctx - the report context.
 * @param change - the change report of the ranking's index, or `null`.
 * @param uncertainty - the uncertainty analysis, if any.
 * @param contents - the ids and headings of the sections that follow.
 * @returns the section.
 */
export function summarySection(
  ctx: ReportContext,
  change: ChangeReport | null,
  uncertainty: UncertaintyResult | undefined,
  contents: readonly { id: string; heading: string }[],
): Extract<Block, { kind: "section" }> {
  const items = [
    leaders(ctx),
    ...hiddenDifferences(ctx),
    ...(change === null ? [] : movers(ctx, change)),
    ...divergence(ctx),
    ...(uncertainty === undefined ? [] : robustness(ctx, uncertainty)),
  ];
  return {
    kind: "section",
    id: "summary",
    heading: "Summary",
    blocks: [
      { kind: "notes", items },
      { kind: "contents", entries: contents },
    ],
  };
}

const name = (ctx: ReportContext, entity: string): string => entityLabel(ctx.scoreSet, entity);

/** Who leads the first index, with the runner-up; a tie that rounding hides is explained exactly. */
function leaders(ctx: ReportContext): string {
  const { scoreSet } = ctx;
  const index = scoreSet.indices[0]!;
  const ranks = ctx.ranks.indices[0]!.nodes[0]!.ranks;
  const order = rankedUnits(ctx, 0).filter((u) => ranks[u] !== null);
  const score = (u: number) => scoreSet.units[u]!.indices[0]!.nodes[0]!.score;
  const first = order[0];
  if (first === undefined) return `No entity has a ${index.title} score in ${ctx.period}.`;
  const leadersAt = order.filter((u) => ranks[u] === 1);
  const who = leadersAt.map((u) => name(ctx, scoreSet.units[u]!.entity)).join(" and ");
  let text =
    `${who} ${leadersAt.length > 1 ? "share" : "leads"} the ${index.title} in ${ctx.period} with ` +
    `${shown(ctx, score(first))} of ${order.length} ranked.`;
  const second = order[leadersAt.length];
  if (second !== undefined) {
    const a = score(first);
    const b = score(second);
    text += ` Next: ${name(ctx, scoreSet.units[second]!.entity)} (${shown(ctx, b)}, rank ${ranks[second]}).`;
    if (a !== null && b !== null && shown(ctx, a) === shown(ctx, b) && !a.eq(b)) {
      text +=
        ` Both show ${shown(ctx, a)}; the ranks differ on the exact scores ` +
        `${exactShort(canonicalDecimal(a))} and ${exactShort(canonicalDecimal(b))}.`;
    }
  }
  return text;
}

/**
 * Neighbours in the ranking whose scores look equal once rounded but are not: their different ranks would
 * read as an error under "tied entities share a rank", so the exact scores are given.
 */
function hiddenDifferences(ctx: ReportContext): string[] {
  const { scoreSet } = ctx;
  const ranks = ctx.ranks.indices[0]!.nodes[0]!.ranks;
  const order = rankedUnits(ctx, 0).filter((u) => ranks[u] !== null);
  const score = (u: number) => scoreSet.units[u]!.indices[0]!.nodes[0]!.score;
  const out: string[] = [];
  for (let i = 1; i < order.length; i++) {
    const [u, v] = [order[i - 1]!, order[i]!];
    const [a, b] = [score(u), score(v)];
    if (a === null || b === null || a.eq(b) || shown(ctx, a) !== shown(ctx, b)) continue;
    out.push(
      `${name(ctx, scoreSet.units[u]!.entity)} and ${name(ctx, scoreSet.units[v]!.entity)} both show ` +
        `${shown(ctx, a)}: their ranks (${ranks[u]} and ${ranks[v]}) differ on the exact scores ` +
        `${exactShort(canonicalDecimal(a))} and ${exactShort(canonicalDecimal(b))}.`,
    );
  }
  return out;
}

/** An exact decimal cut for reading, with an ellipsis when cut: 1.3367003… */
function exactShort(text: string): string {
  const dot = text.indexOf(".");
  return dot >= 0 && text.length > dot + 8 ? `${text.slice(0, dot + 8)}\u2026` : text;
}

/** The largest rise and the largest fall of the index since the previous period. */
function movers(ctx: ReportContext, change: ChangeReport): string[] {
  const root = change.nodes[0]?.id;
  const rows = change.rows.filter((r) => r.node === root && r.change !== null);
  if (rows.length === 0) return [];
  let up = rows[0]!;
  let down = rows[0]!;
  for (const r of rows) {
    if (r.change!.gt(up.change!)) up = r;
    if (r.change!.lt(down.change!)) down = r;
  }
  const show = (r: (typeof rows)[number]) =>
    `${name(ctx, r.entity)} (${shown(ctx, r.from.score)} \u2192 ${shown(ctx, r.to.score)})`;
  const out = [`Since ${change.from.period}, ${show(up)} rose most.`];
  if (down.change!.isNegative() && down !== up) out.push(`${show(down)} fell most.`);
  return [out.join(" ")];
}

/** Where the first gap (e.g. law − practice) is widest in the period. */
function divergence(ctx: ReportContext): string[] {
  const { scoreSet } = ctx;
  const gap = scoreSet.gaps[0];
  if (gap === undefined) return [];
  let best: {
    u: number;
    value: NonNullable<(typeof scoreSet.units)[number]["gaps"][number]["values"][number]>;
  } | null = null;
  for (const u of ctx.units) {
    const v = scoreSet.units[u]!.gaps[0]?.values[0] ?? null;
    if (v !== null && (best === null || v.abs().gt(best.value.abs()))) best = { u, value: v };
  }
  if (best === null) return [];
  return [
    `${gap.title} is widest for ${name(ctx, scoreSet.units[best.u]!.entity)}: ${shown(ctx, best.value)}.`,
  ];
}

/** How far the top ranks move over the uncertainty runs (5th–95th percentile, whole ranks). */
function robustness(ctx: ReportContext, result: UncertaintyResult): string[] {
  const index = ctx.scoreSet.indices[0]!;
  const node = result.nodes.find((n) => n.index === index.id && n.node === index.nodes[0]!.id);
  if (node === undefined) return [];
  const top = result.units
    .flatMap((unit, i) => {
      const s = node.ranks.units[i];
      if (unit.period !== ctx.period || s?.nominal == null || s.nominal > TOP || s.p05 === null) return [];
      const text = `${name(ctx, unit.entity)} ${s.nominal} (${Math.floor(s.p05)}\u2013${Math.ceil(s.p95 ?? s.p05)})`;
      return [{ nominal: s.nominal, text }];
    })
    .sort((a, b) => a.nominal - b.nominal)
    .map((t) => t.text);
  if (top.length === 0) return [];
  return [
    `Top ranks over ${result.runs} model runs (nominal rank, then the 5th\u201395th percentile range): ${top.join("; ")}.`,
  ];
}
