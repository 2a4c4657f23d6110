/**
 * The entities file: one row per assessed entity with free attribute columns (`entity, name, region,
 * income_group, …`; only `entity` is required), read with the project's RFC 4180 tokenizer and checked like
 * assessment files, every problem named by FILE:LINE:COLUMN. Column names are trimmed and matched
 * case-insensitively, as in assessment headers.
 */
import { type IssueLocation, issueLocation } from "../base/issue-location.js";
import { invalidArgument } from "../arguments.js";
import type { P10ErrorCode } from "../error-codes.js";
import { compareCodePoints } from "../base/code-points.js";
import { CsvTokenizer, detectDelimiter, type CsvProblem } from "./csv-tokenizer.js";
import { closestMatch } from "./closest.js";
import { P10Error, type P10Issue } from "../errors.js";

/** One listed entity. */
export interface EntityRecord {
  /** The entity id (trimmed), as in the assessments' `entity` column. */
  readonly entity: string;
  /** The 1-based line of its row. */
  readonly line: number;
  /** Aligned with {@link EntityTable.columns}: each attribute, trimmed; `null` for an empty cell. */
  readonly values: readonly (string | null)[];
}

/** A valid entities file. */
export interface EntityTable {
  /** The file name used in issues, when known. */
  readonly file?: string;
  /** The attribute columns (every column but `entity`) as written in the header (trimmed), in file order. */
  readonly columns: readonly string[];
  /** The 1-based field number of each attribute column in the file (for issues). */
  readonly columnFields: readonly number[];
  /** The entities, sorted by id (code-point order). */
  readonly entities: readonly EntityRecord[];
  /** The entities by id. */
  readonly byId: ReadonlyMap<string, EntityRecord>;
}

/** Options of the entities readers. */
export interface EntitiesReadOptions {
  /** The file name used in issues. */
  readonly file?: string;
  /** Field delimiter; default `"auto"` (`;` when the header holds more semicolons than commas). */
  readonly delimiter?: "," | ";" | "auto";
}

/** What {@link validateEntities} found. */
export interface EntitiesValidation {
  /** The table, when the file has no errors. */
  readonly table: EntityTable | undefined;
  /** Errors and warnings, sorted by line and column. */
  readonly issues: readonly P10Issue[];
  readonly errorCount: number;
}

/**
 * Reads and checks an entities file without throwing: a header with an `entity` column and unique, named
 * columns; one row per entity with as many fields as the header; no empty and no repeated entity id.
 * Blank rows are skipped.
 *
 * @param text - the CSV text.
 * @param options - file name for issues, delimiter.
 * @returns the table (when there is no error) and every issue: `P10_CSV_EMPTY`, `P10_CSV_MISSING_COLUMN`,
 *   `P10_CSV_DUPLICATE_COLUMN`, `P10_CSV_UNEXPECTED_COLUMN` (a column without a name), `P10_CSV_QUOTE`,
 *   `P10_CSV_FIELD_COUNT`, `P10_EMPTY_ENTITY`, `P10_DUPLICATE_ENTITY` (errors); `P10_NO_ENTITIES` (warning).
 * @throws never for bad input.
 * @example
 * ```ts
 * import { validateEntities } from "principle10";
 * const v = validateEntities("entity,region\nARV,North\nARV,South\n", { file: "e.csv" });
 * v.issues[0]?.code; // "P10_DUPLICATE_ENTITY" (e.csv:3:1)
 * ```
 */
export function validateEntities(text: string, options: EntitiesReadOptions = {}): EntitiesValidation {
  if (typeof text !== "string") throw invalidArgument("text", "text (a string)", text);
  const issues: P10Issue[] = [];
  const where = (line: number, column: number): IssueLocation => issueLocation(options.file, line, column);
  const error = (code: P10ErrorCode, line: number, column: number, message: string): void => {
    issues.push({ code, severity: "error", message, ...where(line, column) });
  };
  const delimiter =
    options.delimiter === undefined || options.delimiter === "auto"
      ? detectDelimiter(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
      : options.delimiter;
  let header: { width: number; entity: number; attributes: number[]; names: string[] } | undefined;
  let headerSeen = false;
  const records: EntityRecord[] = [];
  const firstLine = new Map<string, number>();
  const tokenizer = new CsvTokenizer(delimiter, (fields, line, fieldLines, problem) => {
    if (problem !== undefined) error("P10_CSV_QUOTE", problem.line, problem.field + 1, quoting(problem));
    if (!headerSeen) {
      headerSeen = true;
      header = readEntitiesHeader(fields, line, error);
      return;
    }
    if (problem !== undefined || header === undefined || fields.every((f) => f.trim() === "")) return;
    if (fields.length !== header.width) {
      const k = Math.min(fields.length, header.width + 1) - 1;
      error(
        "P10_CSV_FIELD_COUNT",
        fieldLines[k] ?? line,
        k + 1,
        `expected ${header.width} fields as in the header, found ${fields.length}`,
      );
      return;
    }
    const entityLine = fieldLines[header.entity] ?? line;
    const entity = (fields[header.entity] ?? "").trim();
    if (entity === "") {
      error("P10_EMPTY_ENTITY", entityLine, header.entity + 1, "the entity is empty");
      return;
    }
    const first = firstLine.get(entity);
    if (first !== undefined) {
      error(
        "P10_DUPLICATE_ENTITY",
        entityLine,
        header.entity + 1,
        `entity ${entity} is listed again (first on line ${first}); list each entity once`,
      );
      return;
    }
    firstLine.set(entity, entityLine);
    const values = header.attributes.map((k) => {
      const v = (fields[k] ?? "").trim();
      return v === "" ? null : v;
    });
    records.push({ entity, line: entityLine, values });
  });
  tokenizer.push(text);
  tokenizer.end();
  if (!headerSeen) {
    error("P10_CSV_EMPTY", 1, 0, "the file is empty; expected a header such as entity,name,region");
  } else if (records.length === 0 && header !== undefined && issues.length === 0) {
    issues.push({
      code: "P10_NO_ENTITIES",
      severity: "warning",
      message: "the file has a header but no entity rows",
      ...where(0, 0),
    });
  }
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const errorCount = issues.filter((i) => i.severity === "error").length;
  if (errorCount > 0 || header === undefined) return { table: undefined, issues, errorCount };
  const entities = records.sort((a, b) => compareCodePoints(a.entity, b.entity));
  const table: EntityTable = {
    ...(options.file === undefined ? {} : { file: options.file }),
    columns: header.names,
    columnFields: header.attributes.map((k) => k + 1),
    entities,
    byId: new Map(entities.map((r) => [r.entity, r])),
  };
  return { table, issues, errorCount };
}

/**
 * Reads an entities file, or fails with every problem.
 *
 * @param text - the CSV text.
 * @param options - file name for issues, delimiter.
 * @returns the table.
 * @throws P10Error `P10_ENTITIES_INVALID` carrying every issue of {@link validateEntities} when the file
 *   has errors.
 * @example
 * ```ts
 * import { parseEntities } from "principle10";
 * const table = parseEntities("entity,name,Region\nBMR,Belmora,South\nARV,Arvenia,North\n");
 * table.columns; // ["name", "Region"]
 * table.entities.map((e) => e.entity); // ["ARV", "BMR"]
 * ```
 */
export function parseEntities(text: string, options: EntitiesReadOptions = {}): EntityTable {
  const v = validateEntities(text, options);
  if (v.table === undefined) {
    throw new P10Error(
      "P10_ENTITIES_INVALID",
      `${options.file ?? "the entities file"} has ${v.errorCount} error${v.errorCount === 1 ? "" : "s"}`,
      v.issues,
    );
  }
  return v.table;
}

/**
 * Finds an attribute column by name, ignoring case and surrounding space.
 *
 * @param table - the entities.
 * @param name - the column name, e.g. `region`.
 * @returns its position in {@link EntityTable.columns}.
 * @throws P10Error `P10_UNKNOWN_COLUMN` naming the columns there are (and the closest one).
 * @example
 * ```ts
 * import { parseEntities } from "principle10";
 * import { entityColumn } from "./entities.js";
 * entityColumn(parseEntities("entity,Region\nARV,North\n"), "region"); // 0
 * ```
 */
export function entityColumn(table: EntityTable, name: string): number {
  const wanted = name.trim().toLowerCase();
  const k = table.columns.findIndex((c) => c.toLowerCase() === wanted);
  if (k >= 0) return k;
  const guess = closestMatch(name, table.columns);
  const message =
    `${table.file ?? "the entities file"} has no column "${name}"` +
    (guess === undefined ? "" : ` (did you mean "${guess}"?)`) +
    `; its columns are ${table.columns.length === 0 ? "only entity" : table.columns.join(", ")}`;
  throw new P10Error("P10_UNKNOWN_COLUMN", message, [
    {
      code: "P10_UNKNOWN_COLUMN",
      severity: "error",
      message,
      ...(table.file === undefined ? {} : { file: table.file, line: 1 }),
    },
  ]);
}

/** Reads the header: the `entity` column and the attribute columns; reports unnamed and repeated columns. */
function readEntitiesHeader(
  fields: readonly string[],
  line: number,
  error: (code: P10ErrorCode, line: number, column: number, message: string) => void,
): { width: number; entity: number; attributes: number[]; names: string[] } | undefined {
  const seen = new Map<string, number>();
  const attributes: number[] = [];
  const names: string[] = [];
  let entity = -1;
  let ok = true;
  fields.forEach((field, k) => {
    const name = field.trim();
    const key = name.toLowerCase();
    const first = seen.get(key);
    if (name === "") {
      ok = false;
      error("P10_CSV_UNEXPECTED_COLUMN", line, k + 1, "column has no name; name every column");
    } else if (first !== undefined) {
      ok = false;
      error("P10_CSV_DUPLICATE_COLUMN", line, k + 1, `column "${name}" repeats column ${first + 1}`);
    } else {
      seen.set(key, k);
      if (key === "entity") entity = k;
      else {
        attributes.push(k);
        names.push(name);
      }
    }
  });
  if (entity < 0) {
    ok = false;
    error(
      "P10_CSV_MISSING_COLUMN",
      line,
      0,
      'the header has no "entity" column; an entities file needs entity and optionally name, region, …',
    );
  }
  return ok ? { width: fields.length, entity, attributes, names } : undefined;
}

function quoting(problem: CsvProblem): string {
  return problem.kind === "unclosed-quote"
    ? "a quoted field opens here and is never closed"
    : problem.kind === "stray-quote"
      ? "a quote inside an unquoted field; quote the whole field and double inner quotes"
      : "text after a closing quote; a quoted field must end at a delimiter or the end of the line";
}
