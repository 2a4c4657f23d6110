/**
 * The row layout shared by the horizontal charts: a d3 band scale gives each row its vertical slot,
 * row labels sit right-aligned in a left column (shortened with an ellipsis past a maximum width, the
 * full text kept as a tooltip), alternate rows are lightly striped, and text columns can sit on the right.
 */
import { type ScaleBand, scaleBand } from "d3-scale";
import { el, textEl, tooltip } from "./element.js";
import { INK } from "./palette.js";
import { fitFontSize, fitText, textWidth } from "./text-width.js";
import { maxOf } from "../../base/extent.js";

/** The smallest size a row label is set in before it is shortened, in px. */
const MIN_LABEL_SIZE = 10;

/** The widest an entity-name column grows, in px (fits "Democratic Republic of the Congo" at 12 px). */
export const ENTITY_LABEL_MAX = 240;

/**
 * A band scale over row positions `"0"…"count-1"` (positions, not labels: two rows may share a name).
 *
 * @param count - the number of rows.
 * @param top - the top of the first row.
 * @param rowHeight - the height of each row slot.
 * @returns a d3 band scale; `bandwidth()` is the mark height.
 * @example
 * ```ts
 * rowScale(3, 50, 20)("1"); // 72.5 (the second slot starts at 70, padded)
 * ```
 */
export function rowScale(count: number, top: number, rowHeight: number): ScaleBand<string> {
  return scaleBand<string>()
    .domain(Array.from({ length: count }, (_, i) => String(i)))
    .range([top, top + count * rowHeight])
    .paddingInner(0.25)
    .paddingOuter(0.125);
}

/**
 * The centre line of row `index`.
 *
 * @param rows - the row scale.
 * @param index - the row position.
 * @returns the y coordinate of the row's middle.
 * @example
 * ```ts
 * rowMiddle(rowScale(3, 50, 20), 0);
 * ```
 */
export function rowMiddle(rows: ScaleBand<string>, index: number): number {
  return rows(String(index))! + rows.bandwidth() / 2;
}

/**
 * The width of a label column: the widest label, but no more than `max`.
 *
 * @param labels - the labels.
 * @param fontSize - their size.
 * @param max - the cap in px.
 * @param bold - whether they are bold.
 * @returns the column width in px.
 * @example
 * ```ts
 * labelColumnWidth(["Arcadia", "Borduria"], 12, 200);
 * ```
 */
export function labelColumnWidth(
  labels: readonly string[],
  fontSize: number,
  max: number,
  bold = false,
): number {
  return Math.min(max, Math.max(0, maxOf(labels.map((l) => textWidth(l, fontSize, bold)))));
}

/**
 * One row label, right-aligned at `x`: set smaller (down to 10 px) when wider than `maxWidth`, and only
 * then shortened with an ellipsis; a shortened label keeps the full text as its tooltip.
 *
 * @param label - the text.
 * @param x - the right edge.
 * @param y - the row's middle.
 * @param maxWidth - the column width.
 * @param fontSize - the text size.
 * @param bold - bold text (section headings).
 * @returns the `<text>` markup.
 * @example
 * ```ts
 * rowLabel("Arcadia", 120, 60, 110, 12);
 * ```
 */
export function rowLabel(
  label: string,
  x: number,
  y: number,
  maxWidth: number,
  fontSize: number,
  bold = false,
): string {
  // Too wide: set smaller (down to 10 px) before cutting, so long names are read whole wherever they can.
  const size = fitFontSize(label, maxWidth, fontSize, Math.min(fontSize, MIN_LABEL_SIZE), bold);
  const shown = fitText(label, maxWidth, size, bold);
  const attrs = {
    class: "p10-label",
    x,
    y,
    dy: "0.35em",
    "text-anchor": "end",
    "font-weight": bold ? "bold" : undefined,
    "font-size": size === fontSize ? undefined : size,
  } as const;
  return shown === label ? textEl("text", attrs, label) : textEl("text", attrs, shown, tooltip(label));
}

/**
 * Light stripes behind every other row, to guide the eye across wide charts.
 *
 * @param rows - the row scale.
 * @param x - the stripes' left edge.
 * @param width - their width.
 * @returns the stripes' markup.
 * @example
 * ```ts
 * stripes(rowScale(4, 50, 20), 0, 600);
 * ```
 */
export function stripes(rows: ScaleBand<string>, x: number, width: number): string {
  const step = rows.step();
  const parts = rows
    .domain()
    .filter((_, i) => i % 2 === 1)
    .map((key) => el("rect", { x, y: rows(key)! - (step - rows.bandwidth()) / 2, width, height: step }));
  return parts.length === 0 ? "" : el("g", { class: "p10-stripes", fill: INK.stripe }, ...parts);
}

/** A right-hand text column: a header and one cell per row. */
export interface TextColumn {
  readonly header: string;
  readonly cells: readonly string[];
}

/**
 * The width a text column needs (its widest cell or header, plus spacing).
 *
 * @param column - the column.
 * @param fontSize - the text size.
 * @returns the width in px.
 * @example
 * ```ts
 * columnWidth({ header: "Change", cells: ["+0.25"] }, 11);
 * ```
 */
export function columnWidth(column: TextColumn, fontSize: number): number {
  return (
    Math.max(
      textWidth(column.header, fontSize, true),
      maxOf(column.cells.map((c) => textWidth(c, fontSize))),
    ) + 12
  );
}

/**
 * Draws text columns right-aligned from `x`, headers on the line `headerY`.
 *
 * @param columns - the columns, left to right.
 * @param x - the left edge of the first column.
 * @param headerY - the headers' baseline.
 * @param rows - the row scale.
 * @param fontSize - the text size.
 * @returns the columns' markup.
 * @example
 * ```ts
 * textColumns([{ header: "Rank", cells: ["1", "2"] }], 500, 40, rowScale(2, 50, 20), 11);
 * ```
 */
export function textColumns(
  columns: readonly TextColumn[],
  x: number,
  headerY: number,
  rows: ScaleBand<string>,
  fontSize: number,
): string {
  const parts: string[] = [];
  let left = x;
  for (const column of columns) {
    const right = left + columnWidth(column, fontSize);
    parts.push(
      textEl("text", { x: right, y: headerY, "text-anchor": "end", "font-weight": "bold" }, column.header),
    );
    column.cells.forEach((cell, i) => {
      parts.push(
        textEl("text", { x: right, y: rowMiddle(rows, i), dy: "0.35em", "text-anchor": "end" }, cell),
      );
    });
    left = right;
  }
  return el("g", { class: "p10-columns", "font-size": fontSize }, ...parts);
}
