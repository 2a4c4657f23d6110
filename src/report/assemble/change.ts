/**
 * The change section: each entity's index score in two periods (a dumbbell chart) and a table of the
 * exact changes of the index and its pillars, rank moves and the change report's warnings (a change that
 * may come from answers going missing rather than from the law).
 */
import { compareCodePoints } from "../../base/code-points.js";
import { type ChangeReport, type ChangeRow, changeReport, shownChange } from "../../compare/change.js";
import type { Dec } from "../../decimal.js";
import { displayScore } from "../../method/presentation.js";
import type { Block, TableColumn } from "../html/blocks.js";
import { changeChart } from "../svg/change-chart.js";
import { MINUS } from "../svg/format.js";
import { periodsOf } from "./cohort.js";
import { drawn, type ReportContext } from "./context.js";
import { minOf, maxOf } from "../../base/extent.js";

/** At most this many sub-score columns of change next to the index. */
const MAX_SUB_COLUMNS = 4;

/**
 * The default change of a report: from the period before the report's period to it, for the first index,
 * its root and its pillars; `null` when the report's period is the first one.
 *
 * @param ctx - the report context.
 * @returns the change report, or `null`.
 * @throws P10Error `P10_NOT_COMPARABLE` never for one ScoreSet (both periods share framework and method).
 * @example
 * ```ts
 * defaultChange(ctx)?.from.period; // "2014"
 * ```
 */
export function defaultChange(ctx: ReportContext): ChangeReport | null {
  const periods = periodsOf(ctx.scoreSet);
  const at = periods.indexOf(ctx.period);
  if (at < 1) return null;
  const index = ctx.scoreSet.indices[0]!;
  const root = index.nodes[0]!;
  const subs = root.children.filter((c) => !c.indicator);
  const nodes = [root.id, ...(subs.length <= MAX_SUB_COLUMNS ? subs.map((c) => c.id) : [])];
  const slice = (period: string) => ({ scoreSet: ctx.scoreSet, period, ranks: ctx.ranks });
  return changeReport(slice(periods[at - 1]!), slice(ctx.period), { index: index.id, nodes });
}

/** A change as the method rounds it, with its sign: "+0.20", "−0.05", "0.00". */
function signed(report: ChangeReport, value: Dec | null): string {
  const text = displayScore(value, report.presentation);
  if (text === null) return "\u2013";
  if (text.startsWith("-")) return MINUS + text.slice(1);
  return /[1-9]/.test(text) ? `+${text}` : text;
}

const rankMove = (row: ChangeRow): string =>
  row.from.rank === null || row.to.rank === null
    ? `${row.from.rank ?? "\u2013"} → ${row.to.rank ?? "\u2013"}`
    : `${row.from.rank} → ${row.to.rank}`;

/**
 * The change section of the report.
 *
 * @param ctx - the report context.
 * @param report - the change between two periods (from `changeReport`).
 * @returns the section block.
 * @throws P10Error `P10_CHART_DATA` only for scores outside the chart scale (a defect).
 * @example
 * ```ts
 * changeSection(ctx, defaultChange(ctx)!).heading; // "Change, 2014 to 2024"
 * ```
 */
export function changeSection(ctx: ReportContext, report: ChangeReport): Extract<Block, { kind: "section" }> {
  const [from, to] = [report.from.period, report.to.period];
  const rootId = report.nodes[0]!.id;
  const subs = report.nodes.slice(1);
  const k = Math.max(
    0,
    ctx.scoreSet.indices.findIndex((ix) => ix.id === report.index),
  );
  const index = ctx.scoreSet.indices[k]!;
  const rootRows = report.rows.filter((r) => r.node === rootId);
  const byEntity = new Map<string, Map<string, ChangeRow>>();
  for (const row of report.rows) {
    const nodes = byEntity.get(row.entity) ?? new Map<string, ChangeRow>();
    nodes.set(row.node, row);
    byEntity.set(row.entity, nodes);
  }
  const order = [...rootRows].sort(
    (a, b) =>
      (a.to.rank ?? Number.POSITIVE_INFINITY) - (b.to.rank ?? Number.POSITIVE_INFINITY) ||
      compareCodePoints(a.entity, b.entity),
  );
  const name = (entity: string) => report.entityNames.get(entity) ?? entity;
  const scale = ctx.scales[k]!;
  const values = rootRows.flatMap((r) => [drawn(r.from.score), drawn(r.to.score)]).filter((v) => v !== null);
  const domain = [
    Math.min(scale.domain[0], minOf(values)),
    Math.max(scale.domain[1], maxOf(values)),
  ] as const;
  const both = rootRows.flatMap((r) => {
    const c = shownChange(report, r);
    return c === null ? [] : [c];
  });
  const rose = both.filter((c) => c.isPositive() && !c.isZero()).length;
  const fell = both.filter((c) => c.isNegative() && !c.isZero()).length;
  const flagged = order.filter((r) => r.flags.length > 0);
  const columns: TableColumn[] = [
    { label: "Entity" },
    { label: `Rank ${from} → ${to}`, align: "right" },
    { label: from, align: "right" },
    { label: to, align: "right" },
    { label: "Change", align: "right" },
    ...subs.map((n): TableColumn => ({ label: n.title, align: "right" })),
  ];
  const rows = order.map((row) => [
    name(row.entity),
    rankMove(row),
    displayScore(row.from.score, report.presentation) ?? "\u2013",
    displayScore(row.to.score, report.presentation) ?? "\u2013",
    signed(report, shownChange(report, row)),
    ...subs.map((n) => {
      const sub = byEntity.get(row.entity)?.get(n.id);
      return signed(report, sub === undefined ? null : shownChange(report, sub));
    }),
  ]);
  return {
    kind: "section",
    id: "change",
    // Under several roots the section shows one index: say which.
    heading:
      ctx.scoreSet.framework.roots.length > 1
        ? `Change of ${index.title}, ${from} to ${to}`
        : `Change, ${from} to ${to}`,
    blocks: [
      {
        kind: "paragraph",
        text: `${both.length} entities have an index score in both ${from} and ${to}: ${rose} rose, ${fell} fell and ${both.length - rose - fell} did not change. ${report.change === "displayed" ? "Changes are differences of the scores as shown, as the publisher prints them." : "Changes are differences of the exact scores, rounded once for display."}`,
      },
      {
        kind: "figure",
        svg: changeChart({
          id: "change-chart",
          title: `${index.title}, ${from} to ${to}`,
          periods: [from, to],
          rows: order.map((r) => ({
            label: name(r.entity),
            from: drawn(r.from.score),
            to: drawn(r.to.score),
          })),
          domain,
          format: scale.format,
        }),
        caption: `Hollow dot ${from}, filled dot ${to}; entities in ${to} rank order.`,
      },
      {
        kind: "table",
        caption: `${index.title} in ${from} and ${to} and its change${subs.length > 0 ? `, then the change of each of its ${subs.length} sub-scores` : ""}.`,
        columns,
        rows,
      },
      ...(flagged.length === 0
        ? []
        : [
            {
              kind: "notes" as const,
              items: flagged.map((r) => `${name(r.entity)}: ${r.flags.map((f) => f.message).join("; ")}.`),
            },
          ]),
    ],
  };
}
