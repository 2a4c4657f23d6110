/**
 * The case register: one row per case a practice answer rests on (`entity, period, case, type, title,
 * start, end, sources`). Every problem is an issue with file, line and column, all reported at once.
 * Sources are separated by `|` within their cell (a URL or citation each).
 */
import type { P10ErrorCode } from "../error-codes.js";
import { checkObject, checkOptional, invalidArgument } from "../arguments.js";
import { quoteForMessage } from "../base/text-safety.js";
import { CsvTokenizer, detectDelimiter } from "./csv-tokenizer.js";
import type { P10Issue } from "../errors.js";
import { isIsoDate } from "./case-design.js";

/** One case of the register. */
export interface CaseRecord {
  readonly entity: string;
  readonly period: string;
  readonly id: string;
  readonly type: string;
  readonly title: string;
  /** First day, ISO 8601. */
  readonly start: string;
  /** Last day, ISO 8601, or `""` while the case runs. */
  readonly end: string;
  readonly sources: readonly string[];
  /** 1-based line in the register file. */
  readonly line: number;
}

/** A read case register. */
export interface CaseRegister {
  /** The register's file name, when known. */
  readonly file?: string;
  /** Cases in file order (duplicates left out). */
  readonly cases: readonly CaseRecord[];
}

/** What {@link validateCaseRegister} found. */
export interface CaseRegisterValidation {
  readonly register: CaseRegister;
  readonly issues: readonly P10Issue[];
  readonly errorCount: number;
}

/** The register's columns, in the order the template writes them. */
export const CASE_REGISTER_COLUMNS = [
  "entity",
  "period",
  "case",
  "type",
  "title",
  "start",
  "end",
  "sources",
] as const;
const REQUIRED = ["entity", "period", "case", "type", "start"] as const;
// Control characters other than tab and line ends (C0, DEL, C1), as the assessment reader refuses them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** The key of a case: entity, period and case id (a case belongs to one unit); internal to the readers. */
export function caseKey(entity: string, period: string, id: string): string {
  return `${entity}\u0000${period}\u0000${id}`;
}

/**
 * Reads and checks a case register without throwing for its content.
 *
 * @param text - the CSV text.
 * @param options - `file`: the file name for issues.
 * @throws P10Error `P10_INVALID_ARGUMENT` when `text` is not a string or an option has the wrong type.
 * @returns the cases that passed, and every issue (`P10_CSV_MISSING_COLUMN`, `P10_CSV_FIELD_COUNT`,
 *   `P10_CSV_QUOTE`, `P10_EMPTY_CASE_FIELD`, `P10_CASE_DATE`, `P10_DUPLICATE_CASE`).
 * @example
 * ```ts
 * import { validateCaseRegister } from "principle10";
 * const csv = "entity,period,case,type,start\nA,2024,c1,emergency,2023-13-01\n";
 * validateCaseRegister(csv).issues[0]?.code; // "P10_CASE_DATE"
 * ```
 */
export function validateCaseRegister(text: string, options: { file?: string } = {}): CaseRegisterValidation {
  if (typeof text !== "string") throw invalidArgument("text", "the register's CSV text (a string)", text);
  checkObject("options", options);
  checkOptional("options.file", options.file, "string");
  const issues: P10Issue[] = [];
  const at = (line: number, column: number): { file?: string; line: number; column?: number } => ({
    ...(options.file === undefined ? {} : { file: options.file }),
    line,
    ...(column > 0 ? { column } : {}),
  });
  const error = (code: P10ErrorCode, line: number, column: number, message: string): void => {
    issues.push({ code, severity: "error", message, ...at(line, column) });
  };
  const cases: CaseRecord[] = [];
  const seen = new Map<string, number>();
  let columns: Map<string, number> | undefined;
  let width = 0;
  let header = false;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const tokenizer = new CsvTokenizer(detectDelimiter(body), (fields, line, fieldLines, problem) => {
    if (problem !== undefined) {
      error("P10_CSV_QUOTE", problem.line, problem.field + 1, "a quoting problem in this field");
      if (header) return;
    }
    if (!header) {
      header = true;
      width = fields.length;
      const names = fields.map((f) => f.trim().toLowerCase());
      columns = new Map();
      names.forEach((n, k) => {
        if (!columns!.has(n)) columns!.set(n, k);
      });
      for (const name of REQUIRED) {
        if (!columns.has(name)) {
          error(
            "P10_CSV_MISSING_COLUMN",
            line,
            0,
            `the case register has no "${name}" column; expected ${CASE_REGISTER_COLUMNS.join(", ")}`,
          );
        }
      }
      if (REQUIRED.some((n) => !columns!.has(n))) columns = undefined;
      return;
    }
    if (columns === undefined || fields.every((f) => f.trim() === "")) return;
    if (fields.length !== width) {
      error(
        "P10_CSV_FIELD_COUNT",
        line,
        0,
        `expected ${width} fields as in the header, found ${fields.length}`,
      );
      return;
    }
    const cols = columns;
    const cell = (name: string): string => {
      const k = cols.get(name);
      return k === undefined ? "" : (fields[k] ?? "").trim();
    };
    const col = (name: string): number => (cols.get(name) ?? -1) + 1;
    const lineOf = (name: string): number => fieldLines[cols.get(name) ?? 0] ?? line;
    let bad = false;
    for (const name of CASE_REGISTER_COLUMNS) {
      if (CONTROL.test(cell(name))) {
        error(
          "P10_CONTROL_CHARACTER",
          lineOf(name),
          col(name),
          `the ${name} ${quoteForMessage(cell(name))} holds a control character; only tab and line ends are allowed`,
        );
        bad = true;
      }
    }
    for (const name of ["entity", "period", "case", "type", "start"]) {
      if (cell(name) === "") {
        error("P10_EMPTY_CASE_FIELD", lineOf(name), col(name), `the case's ${name} is empty`);
        bad = true;
      }
    }
    for (const name of ["start", "end"]) {
      const value = cell(name);
      if (value !== "" && !isIsoDate(value)) {
        error(
          "P10_CASE_DATE",
          lineOf(name),
          col(name),
          `${name} "${value}" is not an ISO 8601 date (YYYY-MM-DD)`,
        );
        bad = true;
      }
    }
    if (!bad && cell("end") !== "" && cell("end") < cell("start")) {
      error(
        "P10_CASE_DATE",
        lineOf("end"),
        col("end"),
        `the case ends (${cell("end")}) before it starts (${cell("start")})`,
      );
      bad = true;
    }
    if (bad) return;
    const key = caseKey(cell("entity"), cell("period"), cell("case"));
    const first = seen.get(key);
    if (first !== undefined) {
      error(
        "P10_DUPLICATE_CASE",
        lineOf("case"),
        col("case"),
        `case ${cell("case")} of ${cell("entity")} ${cell("period")} is registered twice (first on line ${first})`,
      );
      return;
    }
    seen.set(key, line);
    cases.push({
      entity: cell("entity"),
      period: cell("period"),
      id: cell("case"),
      type: cell("type"),
      title: cell("title"),
      start: cell("start"),
      end: cell("end"),
      sources: cell("sources")
        .split("|")
        .map((s) => s.trim())
        .filter((s) => s !== ""),
      line,
    });
  });
  tokenizer.push(body);
  tokenizer.end();
  if (!header)
    error("P10_CSV_EMPTY", 1, 0, `the case register is empty; expected ${CASE_REGISTER_COLUMNS.join(",")}`);
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return {
    register: { ...(options.file === undefined ? {} : { file: options.file }), cases },
    issues,
    errorCount: issues.filter((i) => i.severity === "error").length,
  };
}
