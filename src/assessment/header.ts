/**
 * Reads the header line of an assessment file: decides between the long format (`entity, period, indicator,
 * response`, one answer per row) and the wide format (`entity, period, <indicator id>…`, one unit per row),
 * and maps every column. Names are trimmed and matched case-insensitively.
 */
import type { P10ErrorCode } from "../error-codes.js";
import type { P10Issue } from "../errors.js";
import type { Framework } from "../framework/framework.js";
import { closestMatch } from "./closest.js";

/** The two layouts of an assessment file. */
export type AssessmentFormat = "long" | "wide";

/** Where each column of an assessment file is (0-based field positions; -1 when absent). */
export interface HeaderLayout {
  readonly format: AssessmentFormat;
  /** Number of fields every row must have (the header's). */
  readonly width: number;
  readonly entity: number;
  readonly period: number;
  readonly entityName: number;
  readonly assessor: number;
  /** Long format only. */
  readonly indicator: number;
  /** Long format only. */
  readonly response: number;
  /** Long format only. */
  readonly source: number;
  /** Long format only. */
  readonly comment: number;
  /** Long format only: the case a case-level answer belongs to (see `case-apply.ts`). */
  readonly case: number;
  /** Wide format: field position of each indicator column. */
  readonly wideFields: Int32Array;
  /** Wide format: indicator ordinal of each indicator column. */
  readonly wideOrdinals: Int32Array;
}

/** Options that shape how a header is read. */
export interface HeaderOptions {
  /** Force a format; default: detected (long when an `indicator` or `response` column exists). */
  readonly format?: AssessmentFormat | undefined;
  /** Ignore columns that are not part of the format instead of reporting them. */
  readonly allowExtra?: boolean | undefined;
  readonly file?: string | undefined;
}

const LONG_REQUIRED = ["entity", "period", "indicator", "response"] as const;
const LONG_OPTIONAL = ["entity_name", "assessor", "source", "comment", "title", "case"] as const;
const WIDE_KNOWN = ["entity", "period", "entity_name", "assessor"] as const;

/**
 * Interprets the header of an assessment file.
 *
 * @param fields - the header's fields as the tokenizer gave them.
 * @param line - the header's line (1 unless the file starts with blank lines).
 * @param framework - the framework whose indicator ids wide columns must name.
 * @param options - forced format, `allowExtra`, file name for issues.
 * @returns the layout, or `undefined` when a required column is missing; and the issues found.
 * @throws P10Error is never thrown; problems are returned as issues (`P10_CSV_MISSING_COLUMN`,
 *   `P10_CSV_DUPLICATE_COLUMN`, `P10_CSV_UNEXPECTED_COLUMN`, `P10_UNKNOWN_INDICATOR`).
 * @example
 * ```ts
 * import { frameworks } from "principle10";
 * import { readHeader } from "./header.js";
 * const { layout } = readHeader(["Entity", "period", "1.1", "1.2"], 1, frameworks.get("edi-2015"), {});
 * layout?.format; // "wide"
 * ```
 */
export function readHeader(
  fields: readonly string[],
  line: number,
  framework: Framework,
  options: HeaderOptions,
): { layout: HeaderLayout | undefined; issues: P10Issue[] } {
  const names = fields.map((f) => f.trim().toLowerCase());
  const issues: P10Issue[] = [];
  const at = (column: number): { file?: string; line: number; column?: number } => ({
    ...(options.file === undefined ? {} : { file: options.file }),
    line,
    ...(column >= 0 ? { column: column + 1 } : {}),
  });
  const error = (code: P10ErrorCode, column: number, message: string): void => {
    issues.push({ code, severity: "error", message, ...at(column) });
  };
  const format =
    options.format ?? (names.includes("indicator") || names.includes("response") ? "long" : "wide");
  const known: readonly string[] = format === "long" ? [...LONG_REQUIRED, ...LONG_OPTIONAL] : WIDE_KNOWN;
  const position = new Map<string, number>();
  const wideFields: number[] = [];
  const wideOrdinals: number[] = [];
  const seenOrdinal = new Map<number, number>();
  const indicatorIdsLower = new Map<string, string>();
  for (const i of framework.indicators) indicatorIdsLower.set(i.id.toLowerCase(), i.id);

  names.forEach((name, k) => {
    const raw = fields[k]?.trim() ?? "";
    if (known.includes(name)) {
      const first = position.get(name);
      if (first !== undefined)
        error("P10_CSV_DUPLICATE_COLUMN", k, `column "${raw}" appears twice (first as column ${first + 1})`);
      else position.set(name, k);
      return;
    }
    if (format === "wide") {
      const id = framework.indicatorById.has(raw) ? raw : indicatorIdsLower.get(name);
      const indicator = id === undefined ? undefined : framework.indicatorById.get(id);
      if (indicator !== undefined) {
        const first = seenOrdinal.get(indicator.ordinal);
        if (first !== undefined) {
          error(
            "P10_CSV_DUPLICATE_COLUMN",
            k,
            `indicator ${indicator.id} has two columns (first as column ${first + 1})`,
          );
        } else {
          seenOrdinal.set(indicator.ordinal, k);
          wideFields.push(k);
          wideOrdinals.push(indicator.ordinal);
        }
        return;
      }
    }
    if (options.allowExtra) return;
    if (raw === "") {
      error(
        "P10_CSV_UNEXPECTED_COLUMN",
        k,
        "column has no name (pass --allow-extra to ignore extra columns)",
      );
    } else if (format === "wide" && !isLongOnly(name)) {
      const guess = closestMatch(
        raw,
        framework.indicators.map((i) => i.id),
      );
      error(
        "P10_UNKNOWN_INDICATOR",
        k,
        `column "${raw}" is not an indicator of framework ${framework.id}` +
          (guess === undefined ? "" : ` (did you mean "${guess}"?)`) +
          " (pass --allow-extra to ignore extra columns)",
      );
    } else {
      error(
        "P10_CSV_UNEXPECTED_COLUMN",
        k,
        `unexpected column "${raw}" in a ${format} file; expected ${describeColumns(format)} (pass --allow-extra to ignore extra columns)`,
      );
    }
  });

  const required = format === "long" ? LONG_REQUIRED : (["entity", "period"] as const);
  let complete = true;
  for (const name of required) {
    if (!position.has(name)) {
      complete = false;
      error(
        "P10_CSV_MISSING_COLUMN",
        -1,
        `the header has no "${name}" column; a ${format} file needs ${describeColumns(format)}`,
      );
    }
  }
  if (format === "wide" && wideFields.length === 0 && complete) {
    complete = false;
    error(
      "P10_CSV_MISSING_COLUMN",
      -1,
      `a wide file needs at least one indicator column; expected ${describeColumns("wide")}`,
    );
  }
  if (!complete) return { layout: undefined, issues };
  const col = (name: string): number => position.get(name) ?? -1;
  return {
    layout: {
      format,
      width: fields.length,
      entity: col("entity"),
      period: col("period"),
      entityName: col("entity_name"),
      assessor: col("assessor"),
      indicator: col("indicator"),
      response: col("response"),
      source: col("source"),
      comment: col("comment"),
      case: col("case"),
      wideFields: Int32Array.from(wideFields),
      wideOrdinals: Int32Array.from(wideOrdinals),
    },
    issues,
  };
}

function isLongOnly(name: string): boolean {
  return (
    (LONG_REQUIRED as readonly string[]).includes(name) || (LONG_OPTIONAL as readonly string[]).includes(name)
  );
}

function describeColumns(format: AssessmentFormat): string {
  return format === "long"
    ? "entity, period, indicator, response and optionally entity_name, assessor, source, comment, title, case"
    : "entity, period, one column per indicator id, and optionally entity_name, assessor";
}
