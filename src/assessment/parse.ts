/**
 * The assessment verbs: read an assessment CSV (long or wide) from a string or from chunks, validate it
 * against a framework and build the compact dataset. `validate…` returns every problem; `parse…` throws
 * them as one P10Error.
 */
import { applyCases, type CaseValue } from "./case-apply.js";
import { withCaseValues } from "./case-dataset.js";
import { isP10Error, P10Error, type P10Issue } from "../errors.js";
import type { Framework } from "../framework/framework.js";
import { type BuildDatasetOptions, buildDataset, type Dataset } from "./dataset.js";
import { type AssessmentReadOptions, type AssessmentReadout, AssessmentReader, notText } from "./reader.js";

const isIterable = (x: unknown): x is Iterable<string> =>
  typeof x === "object" && x !== null && Symbol.iterator in x;

/** Text to read: the whole file, or its chunks in order. */
export type AssessmentInput = string | Iterable<string>;

/** What {@link validateAssessments} found. */
export interface AssessmentValidation extends AssessmentReadout {
  /** The dataset, when the file has no errors and one answer per cell (or one assessor was chosen). */
  readonly dataset: Dataset | undefined;
}

/** What {@link parseAssessments} returns: a valid file's dataset and everything else the reader found. */
export interface ParsedAssessments extends AssessmentValidation {
  readonly dataset: Dataset;
}

/**
 * Reads and checks an assessment file without throwing: every error and warning is returned, with the row
 * accounting and the accepted records. The dataset is built when there are no errors; when it cannot be
 * (several assessors answered the same cell, or the chosen assessor is unknown) that becomes an issue.
 *
 * @param input - the CSV text, or an iterable of its chunks.
 * @param framework - the framework to check against.
 * @param options - see {@link AssessmentReadOptions}.
 * @returns the validation result.
 * @throws never for bad input (only a TypeError for input that is not text).
 * @example
 * ```ts
 * import { frameworks, validateAssessments } from "principle10";
 * const v = validateAssessments("entity,period,indicator,response\nARV,2024,1.1,4\n", frameworks.get("edi-2015"));
 * v.issues[0]?.code; // "P10_RESPONSE_OFF_SCALE"
 * v.accounting; // { read: 1, accepted: 0, rejected: 1, blank: 0 }
 * ```
 */
export function validateAssessments(
  input: AssessmentInput,
  framework: Framework,
  options: AssessmentReadOptions = {},
): AssessmentValidation {
  return withDataset(readAll(input, framework, options), framework, options);
}

/**
 * {@link validateAssessments} for asynchronous chunks, such as a file stream or a `fetch` body decoded to text.
 *
 * @param input - the CSV text, or an (async) iterable of its chunks.
 * @param framework - the framework to check against.
 * @param options - see {@link AssessmentReadOptions}.
 * @returns the validation result.
 * @throws never for bad input; errors of the chunk source itself propagate.
 * @example
 * ```ts
 * import { frameworks, validateAssessmentsAsync } from "principle10";
 * async function* chunks() { yield "entity,period,indicator,response\n"; yield "ARV,2024,1.1,3\n"; }
 * (await validateAssessmentsAsync(chunks(), frameworks.get("edi-2015"))).accounting.accepted; // 1
 * ```
 */
export async function validateAssessmentsAsync(
  input: AssessmentInput | AsyncIterable<string>,
  framework: Framework,
  options: AssessmentReadOptions = {},
): Promise<AssessmentValidation> {
  return withDataset(await readAllAsync(input, framework, options), framework, options);
}

/**
 * Reads an assessment file into a dataset, or fails with every problem.
 *
 * @param input - the CSV text, or an iterable of its chunks.
 * @param framework - the framework to check against.
 * @param options - see {@link AssessmentReadOptions}.
 * @returns the dataset with the records, warnings and accounting.
 * @throws P10Error `P10_ASSESSMENT_INVALID` carrying every issue when the file has errors;
 *   `P10_MULTIPLE_ASSESSORS` when several assessors answered the same cell and neither `assessor` nor
 *   `combine` was chosen; `P10_UNKNOWN_ASSESSOR` when the chosen assessor gave no answer.
 * @example
 * ```ts
 * import { frameworks, parseAssessments } from "principle10";
 * const csv = "entity;period;indicator;response\nARV;2024;1.1;Good practice\nARV;2024;P2.1;limited\n";
 * const { dataset, delimiter } = parseAssessments(csv, frameworks.get("edi-2015"));
 * delimiter; // ";"
 * dataset.units; // [{ entity: "ARV", period: "2024" }]
 * ```
 */
export function parseAssessments(
  input: AssessmentInput,
  framework: Framework,
  options: AssessmentReadOptions = {},
): ParsedAssessments {
  return requireDataset(readAll(input, framework, options), framework, options);
}

/**
 * {@link parseAssessments} for asynchronous chunks.
 *
 * @param input - the CSV text, or an (async) iterable of its chunks.
 * @param framework - the framework to check against.
 * @param options - see {@link AssessmentReadOptions}.
 * @returns the dataset with the records, warnings and accounting.
 * @throws P10Error `P10_ASSESSMENT_INVALID`, `P10_MULTIPLE_ASSESSORS`, `P10_UNKNOWN_ASSESSOR` as {@link parseAssessments}.
 * @example
 * ```ts
 * import { frameworks, parseAssessmentsAsync } from "principle10";
 * async function* chunks() { yield "entity,period,1.1,1.2\n"; yield "ARV,2024,3,n/a\n"; }
 * (await parseAssessmentsAsync(chunks(), frameworks.get("edi-2015"))).format; // "wide"
 * ```
 */
export async function parseAssessmentsAsync(
  input: AssessmentInput | AsyncIterable<string>,
  framework: Framework,
  options: AssessmentReadOptions = {},
): Promise<ParsedAssessments> {
  return requireDataset(await readAllAsync(input, framework, options), framework, options);
}

function readAll(
  input: AssessmentInput,
  framework: Framework,
  options: AssessmentReadOptions,
): AssessmentReadout {
  if (typeof input !== "string" && (input instanceof Uint8Array || !isIterable(input))) throw notText(input);
  const reader = new AssessmentReader(framework, options);
  if (typeof input === "string") reader.push(input);
  else for (const chunk of input) reader.push(chunk);
  return reader.finish();
}

async function readAllAsync(
  input: AssessmentInput | AsyncIterable<string>,
  framework: Framework,
  options: AssessmentReadOptions,
): Promise<AssessmentReadout> {
  if (typeof input !== "object" || input === null || !(Symbol.asyncIterator in input))
    return readAll(input, framework, options);
  const reader = new AssessmentReader(framework, options);
  for await (const chunk of input) reader.push(chunk);
  return reader.finish();
}

function datasetOptions(options: AssessmentReadOptions): BuildDatasetOptions {
  return {
    ...(options.file === undefined ? {} : { file: options.file }),
    ...(options.assessor === undefined ? {} : { assessor: options.assessor }),
    ...(options.combine === undefined ? {} : { combine: options.combine }),
  };
}

/**
 * Checks the case-level answers against the register and merges their issues into the readout; the values
 * they combine to are kept for the dataset. A file without case answers passes through unchanged.
 */
function withCases(
  readout: AssessmentReadout,
  framework: Framework,
  options: AssessmentReadOptions,
): { readout: AssessmentReadout; values: readonly CaseValue[] } {
  if (readout.caseAnswers.length === 0 && options.cases === undefined) return { readout, values: [] };
  const applied = applyCases(framework, readout.caseAnswers, readout.records, options.cases, {
    ...(options.file === undefined ? {} : { file: options.file }),
    ...(options.assessor === undefined ? {} : { assessor: options.assessor }),
    ...(options.caseCombine === undefined ? {} : { caseCombine: options.caseCombine }),
    responseColumn: readout.columns.response,
  });
  if (applied.issues.length === 0) return { readout, values: applied.values };
  const issues = [...readout.issues, ...applied.issues].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  return {
    readout: { ...readout, issues, errorCount: readout.errorCount + applied.errorCount },
    values: applied.values,
  };
}

function build(
  framework: Framework,
  readout: AssessmentReadout,
  values: readonly CaseValue[],
  options: AssessmentReadOptions,
): Dataset {
  return withCaseValues(framework, buildDataset(framework, readout.records, datasetOptions(options)), values);
}

function withDataset(
  read: AssessmentReadout,
  framework: Framework,
  options: AssessmentReadOptions,
): AssessmentValidation {
  const { readout, values } = withCases(read, framework, options);
  if (readout.errorCount > 0) return { ...readout, dataset: undefined };
  try {
    return { ...readout, dataset: build(framework, readout, values, options) };
  } catch (e) {
    if (!isP10Error(e)) throw e;
    // Several assessors per cell is valid data that needs a choice before scoring: a warning here.
    const severity = e.code === "P10_MULTIPLE_ASSESSORS" ? "warning" : "error";
    const issue: P10Issue = {
      code: e.code,
      severity,
      message: e.message,
      ...(options.file === undefined ? {} : { file: options.file }),
    };
    return {
      ...readout,
      issues: [issue, ...readout.issues],
      errorCount: readout.errorCount + (severity === "error" ? 1 : 0),
      dataset: undefined,
    };
  }
}

function requireDataset(
  read: AssessmentReadout,
  framework: Framework,
  options: AssessmentReadOptions,
): ParsedAssessments {
  const { readout, values } = withCases(read, framework, options);
  if (readout.errorCount > 0) {
    const { read, accepted, rejected } = readout.accounting;
    const errors = readout.errorCount;
    const more = readout.omittedIssues;
    const issues =
      more > 0
        ? [
            ...readout.issues,
            {
              code: "P10_ASSESSMENT_INVALID" as const,
              severity: "error" as const,
              message: `… and ${more} more problems not listed`,
            },
          ]
        : readout.issues;
    const error = new P10Error(
      "P10_ASSESSMENT_INVALID",
      `${options.file ?? "the assessment file"} has ${errors} error${errors === 1 ? "" : "s"}: ` +
        `${read} rows read, ${accepted} accepted, ${rejected} rejected`,
      issues,
    );
    // The last issue stands for the omitted ones; printers count them from this (see cli/main.ts).
    throw Object.assign(error, { omittedIssues: more });
  }
  return { ...readout, dataset: build(framework, readout, values, options) };
}
