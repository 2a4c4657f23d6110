/**
 * The uncertainty section: each entity's nominal rank, median rank and 5th–95th percentile interval over
 * the Monte Carlo runs of `runUncertainty`, as the JRC shows them in its audits of composite indices
 * (OECD/JRC Handbook 2008, §6.1), and the Sobol indices saying which uncertain input moves the ranks.
 */
import { compareCodePoints } from "../../base/code-points.js";
import { P10Error } from "../../errors.js";
import type { UncertaintyResult } from "../../uncertainty/monte-carlo.js";
import { fixedDecimal } from "../../uncertainty/writers.js";
import type { Block } from "../html/blocks.js";
import { MINUS } from "../svg/format.js";
import { rankIntervalChart } from "../svg/rank-interval-chart.js";
import { sobolPrecisionWarning } from "../../uncertainty/sample-size.js";
import { entityLabel } from "./cohort.js";
import type { ReportContext } from "./context.js";
import { maxOf } from "../../base/extent.js";

/** An index estimate with two decimals and a true minus sign (estimates may stray below 0). */
const signed = (x: number): string => fixedDecimal(x, 2).replace(/^-/, MINUS);
/** An index with its bootstrap interval, as p10 uncertainty prints it: `0.35 [0.26, 0.46]`. */
const withInterval = (x: number, ci: readonly [number, number] | undefined): string =>
  ci === undefined || Number.isNaN(ci[0]) ? signed(x) : `${signed(x)} [${signed(ci[0])}, ${signed(ci[1])}]`;

/**
 * The uncertainty section of the report.
 *
 * @param ctx - the report context.
 * @param result - an uncertainty analysis of the same dataset, framework and method.
 * @returns the section block.
 * @throws P10Error `P10_REPORT_INPUT` when the analysis has no result for the first index's root or no unit
 *   of the report's period is ranked in it.
 * @example
 * ```ts
 * uncertaintySection(ctx, runUncertainty(dataset, edi, method, { runs: 500 })).heading;
 * // "Uncertainty of the ranks, 2024"
 * ```
 */
export function uncertaintySection(
  ctx: ReportContext,
  result: UncertaintyResult,
): Extract<Block, { kind: "section" }> {
  const index = ctx.scoreSet.indices[0]!;
  const root = index.nodes[0]!;
  const node = result.nodes.find((n) => n.index === index.id && n.node === root.id);
  if (node === undefined) {
    throw new P10Error("P10_REPORT_INPUT", `uncertainty: the analysis has no result for index "${index.id}"`);
  }
  const places = node.ranks.places;
  const rows = result.units
    .flatMap((unit, i) => {
      const s = node.ranks.units[i];
      if (unit.period !== ctx.period || s === undefined) return [];
      const { nominal, median, p05, p95 } = s;
      if (nominal === null || median === null || p05 === null || p95 === null) return [];
      // Whole ranks, as p10 uncertainty prints them: the interval rounded outward keeps its coverage.
      return [{ entity: unit.entity, nominal, median, low: Math.floor(p05), high: Math.ceil(p95) }];
    })
    .sort((a, b) => a.nominal - b.nominal || compareCodePoints(a.entity, b.entity));
  if (rows.length === 0) {
    throw new P10Error(
      "P10_REPORT_INPUT",
      `uncertainty: no unit of period "${ctx.period}" is ranked in the analysis`,
    );
  }
  const moved = rows.filter((r) => Math.abs(r.median - r.nominal) > places).length;
  const wide = rows.filter((r) => r.nominal - r.low > places || r.high - r.nominal > places).length;
  const drawn = result.inputs.map((i) => i.label);
  const sobol = node.sensitivity;
  const blocks: Block[] = [
    {
      kind: "paragraph",
      text: `${result.runs} model runs (seed ${result.seed}) re-scored every entity, ${drawn.length === 0 ? "with nothing drawn: the method has no uncertain input" : `each drawing ${drawn.join("; ")}`}. In ${ctx.period}, ${moved} of ${rows.length} entities have a median rank more than ${places} places from their nominal rank, and ${wide} have a 5th–95th percentile interval reaching more than ${places} places beyond it.`,
    },
    {
      kind: "figure",
      svg: rankIntervalChart({
        id: "rank-intervals",
        title: `${index.title}: rank intervals, ${ctx.period}`,
        rows: rows.map((r) => ({ ...r, label: entityLabel(ctx.scoreSet, r.entity) })),
        rankCount: Math.max(rows.length, maxOf(rows.map((r) => r.high))),
        format: { decimals: 0 },
      }),
      caption:
        "Dot: rank under the method as stated; tick: median rank over the runs; line: 5th to 95th percentile of the rank. Rank 1 is best.",
    },
  ];
  if (sobol !== null && result.inputs.length > 0) {
    blocks.push({
      kind: "table",
      caption: `Which input moves the ranks: Sobol indices of each input on the mean absolute rank shift of ${index.title} (first order: its effect alone; total: with its interactions)${sobol.firstCI === undefined ? "" : `, each with its ${Math.round(result.spec.confidence * 100)} % bootstrap interval`}`,
      columns: [
        { label: "Uncertain input" },
        { label: "Alternatives" },
        { label: "First order", align: "right" },
        { label: "Total", align: "right" },
      ],
      rows: result.inputs.map((input, i) => [
        input.label,
        input.alternatives?.join(" | ") ?? "continuous",
        withInterval(sobol.first[i] ?? 0, sobol.firstCI?.[i]),
        withInterval(sobol.total[i] ?? 0, sobol.totalCI?.[i]),
      ]),
    });
    const warning = sobolPrecisionWarning(result);
    if (warning !== null) blocks.push({ kind: "notes", items: [`Read these indices with care: ${warning}`] });
  } else if (node.note !== null) {
    blocks.push({ kind: "notes", items: [`No sensitivity indices: ${node.note}.`] });
  }
  const heading =
    ctx.scoreSet.framework.roots.length > 1
      ? `Uncertainty of the ranks of ${index.title}, ${ctx.period}`
      : `Uncertainty of the ranks, ${ctx.period}`;
  return { kind: "section", id: "uncertainty", heading, blocks };
}
