/**
 * Writing CSV cells safely: RFC 4180 quoting, and the OWASP guard against spreadsheet formula injection
 * (a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so a
 * spreadsheet shows it as text instead of running it). Numbers such as `-1.5` and a lone `-` cannot run
 * anything and are left as they are.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const HARMLESS = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)|-)$/;
const NEEDS_QUOTES = /[",;\r\n]|^\s|\s$/;

/**
 * Writes one CSV cell: guarded against formula injection, then quoted when it holds a quote, a comma, a
 * semicolon (so the file reads the same whichever of the two delimiters a reader guesses), a line break, or
 * leading or trailing white space.
 *
 * @param text - the cell's text.
 * @returns the cell as it goes into the file.
 * @throws never.
 * @example
 * ```ts
 * import { csvCell } from "principle10/advanced";
 * csvCell("plain"); // "plain"
 * csvCell('say "hi", then go'); // "\"say \"\"hi\"\", then go\""
 * csvCell("=HYPERLINK(\"x\")"); // "\"'=HYPERLINK(\"\"x\"\")\""
 * csvCell("-2"); // "-2"
 * ```
 */
export function csvCell(text: string): string {
  const safe = FORMULA_START.test(text) && !HARMLESS.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Undoes the formula guard of {@link csvCell} when a file principle10 wrote is read back: a cell that is
 * `'` followed by text the guard would have guarded (starting with `=`, `+`, `-`, `@`, tab or carriage
 * return, and not a plain number) is read without the `'`. So an id `=1+1` written by `p10 reconcile` or
 * `p10 template` as `'=1+1` reads back as `=1+1`. The rule: an id that itself starts with `'=` cannot be
 * written as such (it reads back without its `'`); every other id round-trips.
 *
 * @param text - a cell as read (unquoted).
 * @returns the cell without the guard.
 * @example
 * ```ts
 * import { csvCell, unguardCsvCell } from "./csv-cell.js"; // internal
 * csvCell("=1+1"); // "'=1+1"
 * unguardCsvCell("'=1+1"); // "=1+1"
 * unguardCsvCell("'hello"); // "'hello"
 * ```
 */
export function unguardCsvCell(text: string): string {
  if (text.charCodeAt(0) !== 0x27) return text;
  const rest = text.slice(1);
  return FORMULA_START.test(rest) && !HARMLESS.test(rest) ? rest : text;
}

/**
 * Writes a CSV row (without the line ending) from cells, each through {@link csvCell}.
 *
 * @param cells - the row's cells.
 * @param delimiter - `,` (default) or `;`.
 * @returns the row's text.
 * @throws never.
 * @example
 * ```ts
 * import { csvRow } from "principle10/advanced";
 * csvRow(["ARV", "2024", "1.1", "3"]); // "ARV,2024,1.1,3"
 * csvRow(["a;b", "c"], ";"); // "\"a;b\";c"
 * ```
 */
export function csvRow(cells: readonly string[], delimiter: "," | ";" = ","): string {
  let out = "";
  for (let i = 0; i < cells.length; i++) out += (i === 0 ? "" : delimiter) + csvCell(cells[i]!);
  return out;
}
