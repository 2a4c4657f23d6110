// The text tables as they were before streaming (main at 4ec4b6c), the reference of the streamed ones.
/**
 * Plain-text and Markdown tables: the two human-readable layouts of the CLI. Columns are aligned by
 * code-point length (no locale, no terminal width guessing), numbers to the right.
 */

/** How a column is aligned. */
export type Align = "left" | "right";

/** A table: a header, rows of cells (same length as the header) and each column's alignment. */
export interface TextTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly align: readonly Align[];
}

const width = (s: string): number => [...s].length;
const pad = (s: string, w: number, align: Align): string =>
  align === "right" ? " ".repeat(w - width(s)) + s : s + " ".repeat(w - width(s));

/**
 * Renders a table as aligned plain text, two spaces between columns, a rule under the header.
 *
 * @param table - the table.
 * @returns the text, one line per row, ending with a newline.
 * @example
 * ```ts
 * import { renderTextTable } from "principle10";
 * renderTextTable({ header: ["entity", "score"], rows: [["ARV", "2.10"]], align: ["left", "right"] });
 * // "entity  score\n------  -----\nARV      2.10\n"
 * ```
 */
export function renderTextTable(table: TextTable): string {
  const widths = table.header.map((h, c) => Math.max(width(h), ...table.rows.map((r) => width(r[c] ?? ""))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => pad(cell, widths[c] ?? 0, table.align[c] ?? "left"))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return `${[line(table.header), rule, ...table.rows.map(line)].join("\n")}\n`;
}

/**
 * Renders a table as GitHub-flavoured Markdown; `|` and line breaks in cells are escaped.
 *
 * @param table - the table.
 * @returns the Markdown text, ending with a newline.
 * @example
 * ```ts
 * import { renderMarkdownTable } from "principle10";
 * renderMarkdownTable({ header: ["entity", "score"], rows: [["ARV", "2.10"]], align: ["left", "right"] });
 * // "| entity | score |\n| :--- | ---: |\n| ARV | 2.10 |\n"
 * ```
 */
export function renderMarkdownTable(table: TextTable): string {
  const cell = (s: string): string =>
    s.replaceAll("\\", "\\\\").replaceAll("|", "\\|").replace(/\r?\n/g, " ");
  const row = (cells: readonly string[]): string => `| ${cells.map(cell).join(" | ")} |`;
  const rule = `| ${table.align.map((a) => (a === "right" ? "---:" : ":---")).join(" | ")} |`;
  return `${[row(table.header), rule, ...table.rows.map(row)].join("\n")}\n`;
}
