/**
 * Plain-text and Markdown tables: the two human-readable layouts of the CLI. Columns are aligned by
 * code-point length (no locale, no terminal width guessing), numbers to the right. Control characters in
 * cells (an ESC sequence in an entity name) are shown as escapes, never sent to the terminal.
 */
import { type OutputPiece, textPieces } from "./utf8-sink.js";
import { visibleControls } from "./text-safety.js";

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
 * import { renderTextTable } from "principle10/advanced";
 * renderTextTable({ header: ["entity", "score"], rows: [["ARV", "2.10"]], align: ["left", "right"] });
 * // "entity  score\n------  -----\nARV      2.10\n"
 * ```
 */
export function renderTextTable(table: TextTable): string {
  return joinChunks(textTableChunks({ header: table.header, align: table.align, rows: () => table.rows }));
}

/** A table whose rows are produced on demand (possibly twice), so a large one need not be held. */
export interface StreamedTable {
  readonly header: readonly string[];
  readonly align: readonly Align[];
  /** Yields the rows; called once per pass, the same rows each time. */
  readonly rows: () => Iterable<readonly string[]>;
}

/** Rows gathered into one chunk before it is yielded (fewer, larger writes). */
const ROWS_PER_CHUNK = 512;

/**
 * Renders a table as aligned plain text in pieces: a first pass over the rows measures the columns, a
 * second writes them ({@link renderTextTable}'s bytes).
 *
 * @param table - the table; `rows` is called twice.
 * @returns the pieces of the text.
 */
export function* textTableChunks(table: StreamedTable): Generator<string, void, undefined> {
  const header = table.header.map(visibleControls);
  const widths = header.map(width);
  for (const r of table.rows()) {
    for (let c = 0; c < widths.length; c++) {
      const w = width(visibleControls(r[c] ?? ""));
      if (w > widths[c]!) widths[c] = w;
    }
  }
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => pad(visibleControls(cell), widths[c] ?? 0, table.align[c] ?? "left"))
      .join("  ")
      .trimEnd();
  yield `${line(table.header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n`;
  yield* batchLines(table.rows(), line);
}

/**
 * Joins pieces of text (the whole output: for small results and tests); pieces of UTF-8 bytes are decoded.
 *
 * @param chunks - the pieces.
 * @returns their concatenation.
 */
export function joinChunks(chunks: Iterable<OutputPiece>): string {
  let text = "";
  for (const chunk of textPieces(chunks)) text += chunk;
  return text;
}

/**
 * Writes items as lines (each followed by `end`, a newline by default), a few hundred lines per yielded
 * piece.
 *
 * @param items - the items.
 * @param line - writes one item's line (without the newline).
 * @param end - what follows each line.
 * @returns the pieces.
 */
export function* batchLines<T>(
  items: Iterable<T>,
  line: (item: T) => string,
  end = "\n",
): Generator<string, void, undefined> {
  let text = "";
  let n = 0;
  for (const item of items) {
    text += line(item) + end;
    if (++n === ROWS_PER_CHUNK) {
      yield text;
      text = "";
      n = 0;
    }
  }
  if (text !== "") yield text;
}

/**
 * Renders a table as GitHub-flavoured Markdown; `|`, line breaks and the HTML-significant `&`, `<`, `>` in
 * cells are escaped (so a name cannot inject HTML where the Markdown is rendered), control characters shown.
 *
 * @param table - the table.
 * @returns the Markdown text, ending with a newline.
 * @example
 * ```ts
 * import { renderMarkdownTable } from "principle10/advanced";
 * renderMarkdownTable({ header: ["entity", "score"], rows: [["ARV", "2.10"]], align: ["left", "right"] });
 * // "| entity | score |\n| :--- | ---: |\n| ARV | 2.10 |\n"
 * ```
 */
export function renderMarkdownTable(table: TextTable): string {
  return joinChunks(
    markdownTableChunks({ header: table.header, align: table.align, rows: () => table.rows }),
  );
}

/**
 * Renders a table as Markdown in pieces ({@link renderMarkdownTable}'s bytes), in one pass over the rows.
 *
 * @param table - the table; `rows` is called once.
 * @returns the pieces of the text.
 */
export function* markdownTableChunks(table: StreamedTable): Generator<string, void, undefined> {
  // HTML-significant characters become entities: Markdown renders raw HTML (`<script>`, `<img onerror>`).
  const cell = (s: string): string =>
    visibleControls(
      s
        .replaceAll("\\", "\\\\")
        .replaceAll("&", "&amp;")
        .replaceAll("<", "&lt;")
        .replaceAll(">", "&gt;")
        .replaceAll("|", "\\|")
        .replace(/\r?\n/g, " "),
    );
  const row = (cells: readonly string[]): string => `| ${cells.map(cell).join(" | ")} |`;
  yield `${row(table.header)}\n| ${table.align.map((a) => (a === "right" ? "---:" : ":---")).join(" | ")} |\n`;
  yield* batchLines(table.rows(), row);
}

/**
 * Renders one titled table of a report layout: in Markdown a `##` heading and the note in italics, in text the
 * title with the note in brackets; then the table. Score and change tables share this shape.
 *
 * @param format - `md` for Markdown, `table` for aligned text.
 * @param title - the section's title.
 * @param about - the note under or beside the title (framework, method…).
 * @param table - the table.
 * @returns the pieces of the text.
 */
export function* titledTableChunks(
  format: "table" | "md",
  title: string,
  about: string,
  table: StreamedTable,
): Generator<string, void, undefined> {
  if (format === "md") {
    yield `## ${title}\n\n_${about}_\n\n`;
    yield* markdownTableChunks(table);
  } else {
    yield `${title} (${about})\n`;
    yield* textTableChunks(table);
  }
}
