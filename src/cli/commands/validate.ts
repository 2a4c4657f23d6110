/** `p10 validate`: checks an assessment CSV against a framework and reports every problem with its place. */
import type { AssessmentValidation } from "../../assessment/parse.js";
import { summarizeAssessments } from "../../assessment/summary.js";
import { dec, roundForDisplay } from "../../decimal.js";
import { formatIssue } from "../../errors.js";
import type { Framework } from "../../framework/framework.js";
import { DEFAULT_FRAMEWORK_ID } from "../../framework/registry.js";
import { resolveFramework } from "../../node/framework-file.js";
import { CASES_USAGE, loadCaseRegister } from "../case-register-input.js";
import { inputName, validateAssessmentInput } from "../assessment-input.js";
import {
  type Command,
  type CommandIO,
  choiceOption,
  ISSUE_PRINT_LIMIT,
  stringOption,
  UsageError,
} from "../command.js";
import { validateJson } from "../json/outputs.js";
import { emitResult } from "../output.js";
import { outputFormat } from "../output-format.js";
import { maxOf } from "../../base/extent.js";
import { groupDigits, visibleControls } from "../../base/text-safety.js";

export const validateCommand: Command = {
  name: "validate",
  summary: "check an assessment CSV (long or wide) against a framework; report every problem",
  usage: [
    "Usage: p10 validate <csv> [-f framework] [--delimiter ,|;] [--layout long|wide] [--allow-extra] [--assessor NAME]",
    "                    [--format text|json] [--out FILE]",
    "",
    "Checks every row of an assessment file and prints a summary (entities, periods, answers, coverage",
    "per pillar, rows read/accepted/rejected) on stdout, and every problem as FILE:LINE:COLUMN on stderr.",
    "Exit code 0 when the file is valid, 1 when it has errors. <csv> may be - for standard input.",
    "With --format json, one JSON document on stdout holds the summary and every issue (nothing on stderr);",
    "its shape is data/schema/validate-output.schema.json.",
    "",
    "Options:",
    `  -f, --framework ID|FILE  bundled framework id or framework JSON file (default ${DEFAULT_FRAMEWORK_ID})`,
    "  --delimiter , or ;       field delimiter (default: detected from the header)",
    "  --layout long|wide       file layout (default: detected from the header)",
    "  --format text|json       the output (default text; an --out FILE ending in .json selects json)",
    "  --out FILE               write the summary (or the JSON) to FILE instead of stdout",
    "  --allow-extra            ignore columns that are not part of the format",
    "  --assessor NAME          build the dataset from this assessor's rows only",
    ...CASES_USAGE,
  ].join("\n"),
  options: {
    framework: { type: "string", short: "f" },
    delimiter: { type: "string" },
    layout: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    "allow-extra": { type: "boolean" },
    assessor: { type: "string" },
    cases: { type: "string" },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = positionals[0]!;
    const delimiter = choiceOption(values, "delimiter", [",", ";"] as const);
    const layout = layoutOption(values);
    const output = outputFormat(values, ["text", "json"] as const, { tty: "text", pipe: "text" }, io);
    const assessor = stringOption(values, "assessor");
    const framework = await resolveFramework(stringOption(values, "framework") ?? DEFAULT_FRAMEWORK_ID, {
      cwd: io.cwd,
    });
    const cases = await loadCaseRegister(values, file, io.cwd);
    const read = await validateAssessmentInput(
      file,
      framework,
      {
        ...(delimiter === undefined ? {} : { delimiter }),
        ...(layout === undefined ? {} : { format: layout }),
        ...(values["allow-extra"] === true ? { allowExtra: true } : {}),
        ...(assessor === undefined ? {} : { assessor }),
        ...(cases === undefined ? {} : { cases: cases.register }),
      },
      io,
    );
    // The register's problems are listed first, then the assessment file's, every one at once.
    const result: AssessmentValidation =
      cases === undefined || cases.issues.length === 0
        ? read
        : {
            ...read,
            issues: [...cases.issues, ...read.issues],
            errorCount: read.errorCount + cases.errorCount,
          };
    if (output === "json") {
      await emitResult(validateJson(inputName(file), framework, result), stringOption(values, "out"), io);
    } else {
      await emitResult(summaryText(inputName(file), framework, result), stringOption(values, "out"), io);
      printIssues(result, io);
    }
    return result.errorCount > 0 ? 1 : 0;
  },
};

/** `, giving 560 indicator values (1 with too few cases)`: what the case answers became (valid files only). */
function casesLine(result: AssessmentValidation): string {
  const cells = result.dataset?.cases;
  if (cells === undefined) return "";
  let few = 0;
  for (const c of cells.values()) if (c.tooFew) few++;
  const also = few === 0 ? "" : ` (${few} with too few cases: missing)`;
  return `, giving ${cells.size} indicator value${cells.size === 1 ? "" : "s"}${also}; the coverage below counts direct answers only`;
}

function summaryText(file: string, framework: Framework, result: AssessmentValidation): string {
  const s = summarizeAssessments(result.records, framework);
  const { read, accepted, rejected, blank } = result.accounting;
  const warnings = result.issues.filter((i) => i.severity === "warning").length;
  const width = maxOf(s.coverage.map((c) => c.title.length));
  const lines = [
    `${file}: ${result.format ?? "unreadable"} format, delimiter "${result.delimiter}", framework ${framework.id} ${framework.version}`,
    `rows: ${read} read, ${accepted} accepted, ${rejected} rejected${blank > 0 ? ` (${blank} blank row${blank === 1 ? "" : "s"} skipped)` : ""}`,
    `entities: ${s.entities}, periods: ${s.periods.length}${s.periods.length > 0 ? ` (${s.periods.join(", ")})` : ""}, units: ${s.units}`,
    `answers: ${s.answers} (${s.levels} on the scale, ${s.notApplicable} not applicable, ${s.missing} missing)` +
      (s.cells !== s.answers ? ` in ${s.cells} cells` : ""),
    ...(s.assessors.length > 0 ? [`assessors: ${s.assessors.join(", ")}`] : []),
    ...(result.caseAnswers.length > 0
      ? [
          `case-level answers: ${result.caseAnswers.length} (${new Set(result.caseAnswers.map((a) => `${a.entity} ${a.period} ${a.case}`)).size} cases)` +
            casesLine(result),
        ]
      : []),
    "coverage of scored indicators (cells with an answer on the scale):",
    ...s.coverage.map(
      (c) =>
        `  ${c.title.padEnd(width)}  ${percent(c.answered, c.expected).padStart(6)}  (${c.answered} of ${c.expected})`,
    ),
    `${result.errorCount > 0 ? "invalid" : "valid"}: ${result.errorCount} error${result.errorCount === 1 ? "" : "s"}, ` +
      `${warnings} warning${warnings === 1 ? "" : "s"}`,
  ];
  return `${lines.join("\n")}\n`;
}

function percent(part: number, whole: number): string {
  if (whole === 0) return "–";
  return `${roundForDisplay(dec(String(part)).mul(100).div(whole), 1, "half-even")}%`;
}

/**
 * Prints the issues of a validation on stderr as FILE:LINE:COLUMN lines, at most ISSUE_PRINT_LIMIT of them.
 * @param result - the validation.
 * @param io - where to write.
 */
export function printIssues(
  result: Pick<AssessmentValidation, "issues" | "omittedIssues">,
  io: CommandIO,
): void {
  if (result.issues.length === 0) return;
  const shown = result.issues.slice(0, ISSUE_PRINT_LIMIT).map((i) => visibleControls(formatIssue(i)));
  const more = result.issues.length - shown.length + result.omittedIssues;
  io.err(`${shown.join("\n")}\n${more > 0 ? `… and ${groupDigits(more)} more\n` : ""}`);
}

/**
 * Reads `--layout long|wide`. `--format long|wide` was its name before `--format` meant the output, as
 * in every other command: it is answered with the new name rather than silently taken as either.
 */
function layoutOption(values: Record<string, unknown>): "long" | "wide" | undefined {
  const format = values.format;
  if (format === "long" || format === "wide") {
    throw new UsageError(
      `--format now names the output (text or json); for the file layout use --layout ${format}`,
    );
  }
  return choiceOption(values, "layout", ["long", "wide"] as const);
}
