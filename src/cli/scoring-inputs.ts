/**
 * What every scoring command (`score`, `explain`, …) needs: the framework, the method and the assessment
 * file, resolved from the same options, read the same way, with the reader's warnings on stderr.
 */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { ParsedAssessments } from "../assessment/parse.js";
import type { AssessmentReadOptions } from "../assessment/reader.js";
import { formatIssue, P10Error } from "../errors.js";
import { groupDigits, visibleControls } from "../base/text-safety.js";
import type { Framework } from "../framework/framework.js";
import { DEFAULT_FRAMEWORK_ID } from "../framework/registry.js";
import type { Method } from "../method/schema.js";
import { resolveFramework } from "../node/framework-file.js";
import { resolveMethod } from "../node/method-file.js";
import { CASES_USAGE, loadCaseRegister } from "./case-register-input.js";
import {
  type Command,
  type CommandIO,
  choiceOption,
  ISSUE_PRINT_LIMIT,
  stringOption,
  UsageError,
} from "./command.js";
import { readAssessmentInput, STDIN_ARGUMENT } from "./assessment-input.js";
import { megabytes, type ProgressLine } from "./progress.js";
import { type CrosswalkInput, crosswalkAssessments, loadCrosswalk } from "./crosswalk-input.js";

/** The options shared by the scoring commands. */
export const SCORING_OPTIONS = {
  framework: { type: "string", short: "f" },
  method: { type: "string", short: "m" },
  delimiter: { type: "string" },
  "allow-extra": { type: "boolean" },
  assessor: { type: "string" },
  combine: { type: "string" },
  crosswalk: { type: "string" },
  cases: { type: "string" },
} as const satisfies Command["options"];

/** Usage lines for {@link SCORING_OPTIONS}. */
export const SCORING_USAGE = [
  `  -f, --framework ID|FILE  bundled framework id or framework JSON file (default ${DEFAULT_FRAMEWORK_ID})`,
  "  -m, --method ID|FILE     bundled method id or method JSON file (default: the framework's own method)",
  "  --delimiter , or ;       field delimiter of the CSV (default: detected from the header)",
  "  --allow-extra            ignore columns that are not part of the format",
  "  --assessor NAME          score only this assessor's answers (for double-scored files)",
  "  --combine median|mean    combine the assessors' answers to each cell: the median or mean of their",
  "                           levels' values (n/a and missing left out when some assessor gave a level)",
  "  --crosswalk FILE         read the CSV under the crosswalk's source framework, then map it to -f",
  "                           (default -f: the crosswalk's target); unmapped indicators count as missing",
  ...CASES_USAGE,
];

/**
 * The assessment reader's options given on the command line (`--delimiter`, `--allow-extra`, `--assessor`,
 * `--combine`); also what `p10 score --manifest` records.
 * @param values - the parsed options.
 * @returns the reader options (only those given).
 * @throws UsageError for `--assessor` with `--combine`, or a `--combine` other than median or mean.
 */
export function assessmentReadOptions(values: Record<string, unknown>): AssessmentReadOptions {
  const delimiter = choiceOption(values, "delimiter", [",", ";"] as const);
  const assessor = stringOption(values, "assessor");
  const combine = choiceOption(values, "combine", ["median", "mean"] as const);
  if (assessor !== undefined && combine !== undefined) {
    throw new UsageError(
      "--assessor and --combine exclude each other: score one assessor, or combine them all",
    );
  }
  return {
    ...(delimiter === undefined ? {} : { delimiter }),
    ...(values["allow-extra"] === true ? { allowExtra: true } : {}),
    ...(assessor === undefined ? {} : { assessor }),
    ...(combine === undefined ? {} : { combine }),
  };
}

/** The resolved inputs of a scoring command. */
export interface ScoringInputs {
  readonly file: string;
  readonly framework: Framework;
  readonly method: Method;
  readonly parsed: ParsedAssessments;
  /** The crosswalk of `--crosswalk`, when given (`parsed` is then already under `framework`). */
  readonly crosswalk?: CrosswalkInput;
  /** The case register read with the file (as named, and its cases), when there is one. */
  readonly cases?: { readonly file: string; readonly rows: number };
}

/**
 * Resolves the framework and method and reads the assessment file named by a scoring command.
 * @param values - the parsed options.
 * @param file - the assessment file as the user wrote it.
 * @param io - where warnings go.
 * @param progress - a progress line to show the bytes read on (large files).
 * @returns the inputs.
 */
export async function loadScoringInputs(
  values: Record<string, unknown>,
  file: string,
  io: CommandIO,
  progress?: ProgressLine,
): Promise<ScoringInputs> {
  const crosswalkFile = stringOption(values, "crosswalk");
  const crosswalk = crosswalkFile === undefined ? undefined : await loadCrosswalk(crosswalkFile, io);
  const framework = await resolveFramework(
    stringOption(values, "framework") ?? crosswalk?.crosswalk.to.framework ?? DEFAULT_FRAMEWORK_ID,
    { cwd: io.cwd },
  );
  const method = await resolveMethod(stringOption(values, "method"), framework, { cwd: io.cwd });
  const cases = await loadCaseRegister(values, file, io.cwd);
  if (cases !== undefined && cases.errorCount > 0) {
    const n = cases.errorCount;
    throw new P10Error(
      "P10_CASE_REGISTER_INVALID",
      `${cases.register.file} has ${n} error${n === 1 ? "" : "s"}`,
      cases.issues,
    );
  }
  // Progress by bytes read needs the file's size: not for standard input.
  const onRead =
    progress?.drawn === true && file !== STDIN_ARGUMENT
      ? await readProgress(resolve(io.cwd, file), file, progress)
      : undefined;
  const parsed = await readAssessmentInput(
    file,
    crosswalk?.from ?? framework,
    {
      ...assessmentReadOptions(values),
      ...(onRead === undefined ? {} : { onRead }),
      ...(cases === undefined ? {} : { cases: cases.register }),
      // The method's override of the framework's case combination applies as the cases are combined.
      ...(method.caseCombine === undefined ? {} : { caseCombine: method.caseCombine }),
    },
    io,
  );
  const warnings = parsed.issues.filter((i) => i.severity === "warning");
  const shown = warnings.slice(0, ISSUE_PRINT_LIMIT);
  for (const issue of shown) io.err(`${visibleControls(formatIssue(issue))}\n`);
  // Warnings beyond those printed, and beyond those the reader kept, are counted, never dropped silently.
  const more = warnings.length - shown.length + parsed.omittedIssues;
  if (more > 0) io.err(`… and ${groupDigits(more)} more warnings (run p10 validate to list them)\n`);
  const register =
    cases === undefined
      ? {}
      : { cases: { file: cases.register.file ?? "", rows: cases.register.cases.length } };
  if (crosswalk === undefined) return { file, framework, method, parsed, ...register };
  return {
    file,
    framework,
    method,
    parsed: crosswalkAssessments(parsed, crosswalk, framework, io),
    crosswalk,
    ...register,
  };
}

/** Shows `reading FILE: 8.4 MB of 19.3 MB (43%)` as the file is read. */
async function readProgress(
  path: string,
  file: string,
  progress: ProgressLine,
): Promise<((bytes: number) => void) | undefined> {
  const size = await stat(path).then(
    (s) => s.size,
    () => undefined,
  );
  if (size === undefined) return undefined;
  return (bytes) =>
    progress.show(
      `reading ${file}: ${megabytes(bytes)} of ${megabytes(size)} (${Math.floor((100 * bytes) / Math.max(size, 1))}%)`,
    );
}
