/**
 * Structured errors. Every user mistake becomes a {@link P10Error} with a stable code and a list of
 * {@link P10Issue}s that say where (file, line, column, or a path in a framework or method) and what was
 * expected. In the spirit of valibot's issues: data first, the message is derived from it.
 */
import type { P10ErrorCode } from "./error-codes.js";

/** Where an issue was found: a place in a text file, or a path inside a JSON document. */
export interface IssueLocation {
  /** The file name as the user gave it, when the input came from a file. */
  readonly file?: string;
  /** 1-based line in the file. */
  readonly line?: number;
  /** 1-based column (the field number for CSV input). */
  readonly column?: number;
  /** A JSON path such as `nodes[12].scale`, or a framework node id. */
  readonly path?: string;
}

/** One problem found in the input, with its stable code. */
export interface P10Issue extends IssueLocation {
  /** A stable machine-readable code such as `P10_UNKNOWN_INDICATOR` (see `ERROR_CATALOGUE`). */
  readonly code: P10ErrorCode;
  /** What was found and what was expected. */
  readonly message: string;
  /** `error` stops the input from being used; `warning` is reported and the input is kept. */
  readonly severity: "error" | "warning";
}

/**
 * The error type of the library: a stable `code`, a readable message and the structured issues.
 *
 * @example
 * ```ts
 * import { P10Error, isP10Error } from "principle10";
 * try {
 *   throw new P10Error("P10_UNKNOWN_PERIOD", "no results for period 2031");
 * } catch (e) {
 *   if (isP10Error(e)) console.log(e.code); // "P10_UNKNOWN_PERIOD"
 * }
 * ```
 */
export class P10Error extends Error {
  /** A stable machine-readable code, one of the catalogue (`ERROR_CATALOGUE`). */
  readonly code: P10ErrorCode;
  /** Every problem found; never empty. */
  readonly issues: readonly P10Issue[];
  /** Marks instances across bundles (an `import` build and a `require` build have different classes). */
  readonly isP10Error = true as const;

  /**
   * @param code - a stable code such as `P10_CSV_COLUMNS`.
   * @param message - the summary message.
   * @param issues - the individual issues; defaults to one error issue carrying the message.
   */
  constructor(code: P10ErrorCode, message: string, issues?: readonly P10Issue[]) {
    super(message);
    this.name = "P10Error";
    this.code = code;
    this.issues = issues && issues.length > 0 ? issues : [{ code, message, severity: "error" }];
  }
}

/**
 * Tells whether a thrown value is a principle10 error, also across duplicate copies of the library
 * (an ESM and a CJS build loaded side by side), where `instanceof` alone would fail.
 *
 * @param value - anything caught.
 * @returns `true` for a {@link P10Error}.
 * @example
 * ```ts
 * import { isP10Error, parseFramework } from "principle10";
 * try { parseFramework({}); } catch (e) { console.log(isP10Error(e)); } // true
 * ```
 */
export function isP10Error(value: unknown): value is P10Error {
  return (
    value instanceof P10Error ||
    (typeof value === "object" && value !== null && (value as { isP10Error?: unknown }).isP10Error === true)
  );
}

/**
 * Formats an issue as `FILE:LINE:COLUMN: message` (or `PATH: message`), the form the CLI prints.
 *
 * @param issue - the issue.
 * @returns one line of text.
 * @example
 * ```ts
 * import { formatIssue } from "principle10";
 * formatIssue({ code: "P10_CSV_QUOTE", message: "bad", severity: "error", file: "a.csv", line: 3, column: 4 });
 * // "a.csv:3:4: error P10_CSV_QUOTE: bad"
 * ```
 */
export function formatIssue(issue: P10Issue): string {
  // Inline, not src/arguments.ts: that module imports this one.
  if (typeof issue !== "object" || issue === null || !("code" in issue) || !("message" in issue)) {
    const message = "issue must be an issue ({ code, message })";
    throw new P10Error("P10_INVALID_ARGUMENT", message, [
      { code: "P10_INVALID_ARGUMENT", severity: "error", path: "issue", message },
    ]);
  }
  const where: string[] = [];
  if (issue.file !== undefined) where.push(issue.file);
  if (issue.line !== undefined) where.push(String(issue.line));
  if (issue.column !== undefined) where.push(String(issue.column));
  let prefix = where.join(":");
  if (issue.path !== undefined) prefix = prefix ? `${prefix}: ${issue.path}` : issue.path;
  const body = `${issue.severity} ${issue.code}: ${issue.message}`;
  return prefix ? `${prefix}: ${body}` : body;
}

/** How {@link failWithIssues} words and locates the error. */
export interface FailOptions {
  /** The file named on every issue (issues that already name one keep it when this is absent). */
  readonly file?: string | undefined;
  /** The headline when there is no issue at all. */
  readonly fallback?: string;
  /** How the first issue is shown in the message; its `message` by default. */
  readonly first?: (issue: P10Issue) => string;
}

/**
 * Throws one error for a list of problems, the way every document parser reports them: the message shows
 * the first problem and counts the rest, e.g. `invalid method: … (and 2 more problems)`; `issues` holds
 * every problem, each with `file` when one is given.
 *
 * @param code - the error's code, e.g. `P10_METHOD_INVALID`.
 * @param summary - what failed, e.g. `invalid method`.
 * @param issues - every problem found, in order.
 * @param options - the file, the headline without issues, how to show the first issue.
 * @returns never.
 * @throws P10Error with `code`, always.
 * @example
 * ```ts
 * const issue = { code: "P10_METHOD_SCHEMA", severity: "error" as const, message: "bad" };
 * failWithIssues("P10_METHOD_INVALID", "invalid method", [issue, issue, issue]); // throws "invalid method: bad (and 2 more problems)"
 * ```
 */
export function failWithIssues(
  code: P10ErrorCode,
  summary: string,
  issues: readonly P10Issue[],
  options: FailOptions = {},
): never {
  const { file } = options;
  const located = file === undefined ? [...issues] : issues.map((i) => ({ ...i, file }));
  const first = issues[0];
  const headline =
    first === undefined ? (options.fallback ?? "invalid") : (options.first ?? ((i) => i.message))(first);
  const rest = issues.length - 1;
  const more = rest > 0 ? ` (and ${rest} more problem${rest > 1 ? "s" : ""})` : "";
  throw new P10Error(code, `${summary}: ${headline}${more}`, located);
}
