/**
 * The cases behind practice: with a dataset read from case-level answers, the law–practice part of the
 * report lists, per jurisdiction, the cases each practice value rests on (The Access Initiative's lesson: a
 * gap between law and practice is credible only when practice rests on documented cases).
 */
import type { Block, TableColumn } from "../html/blocks.js";
import { entityLabel } from "./cohort.js";
import type { ReportContext } from "./context.js";

/**
 * The table of cases of the report's period, ordered by entity, indicator and case; none without cases.
 *
 * @param ctx - the report context.
 * @returns a paragraph and a table, or nothing when no practice value came from cases.
 * @throws never.
 * @example
 * ```ts
 * caseBlocks(ctx).length; // 0 for a file without case answers
 * ```
 */
export function caseBlocks(ctx: ReportContext): Block[] {
  const { scoreSet } = ctx;
  const cases = scoreSet.dataset.cases;
  if (cases === undefined || cases.size === 0) return [];
  const width = scoreSet.framework.indicators.length;
  const inPeriod = new Set(ctx.units);
  const rows: string[][] = [];
  // Cells in index order are units in entity order, then indicators in framework order.
  for (const cell of [...cases.keys()].sort((a, b) => a - b)) {
    const unit = Math.floor(cell / width);
    if (!inPeriod.has(unit)) continue;
    const detail = cases.get(cell)!;
    const entity = scoreSet.units[unit]!.entity;
    const indicator = scoreSet.framework.indicators[cell % width]!.id;
    for (const c of detail.cases) {
      rows.push([
        entityLabel(scoreSet, entity),
        indicator,
        c.case,
        c.type,
        c.title,
        `${c.start} – ${c.end === "" ? "ongoing" : c.end}`,
        c.answer,
        c.sources.length === 0 ? "none" : c.sources.join("; "),
        c.status === "counted" ? (detail.tooFew ? "too few cases" : "yes") : "outside the window",
      ]);
    }
  }
  if (rows.length === 0) return [];
  const columns: TableColumn[] = [
    { label: "Entity" },
    { label: "Indicator" },
    { label: "Case" },
    { label: "Type" },
    { label: "Title" },
    { label: "Dates" },
    { label: "Answer" },
    { label: "Sources" },
    { label: "Counted" },
  ];
  return [
    {
      kind: "paragraph",
      text: `Practice rests on ${rows.length} case answer${rows.length === 1 ? "" : "s"} in ${ctx.period}: each practice value is combined from its cases inside the indicator's look-back window; a value with fewer cases than its minimum counts as missing.`,
    },
    {
      kind: "table",
      caption: `Cases behind practice, ${ctx.period}, by entity and indicator.`,
      columns,
      rows,
    },
  ];
}
