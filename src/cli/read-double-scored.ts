/**
 * Reading a double-scored assessment file for `p10 agreement` and `p10 reconcile`: every problem is printed
 * as `p10 validate` prints it, except the notice that several assessors answered the same cells — which is
 * what these commands are for.
 */
import type { AssessmentValidation } from "../assessment/parse.js";
import type { Framework } from "../framework/framework.js";
import { inputName, validateAssessmentInput } from "./assessment-input.js";
import type { CommandIO } from "./command.js";
import { printIssues } from "./commands/validate.js";

/**
 * Reads and checks an assessment file, printing its errors and warnings on stderr.
 *
 * @param file - the file, as the user gave it.
 * @param framework - the framework to check against.
 * @param io - where to write.
 * @returns the validation, or `undefined` when the file has errors (the command then exits with 1).
 * @throws P10Error `P10_FILE_READ` when the file cannot be read.
 * @example
 * ```ts
 * const result = await readDoubleScored("seeds/edi-2015-double-scored.csv", frameworks.get("edi-2015"), io);
 * ```
 */
export async function readDoubleScored(
  file: string,
  framework: Framework,
  io: CommandIO,
): Promise<AssessmentValidation | undefined> {
  const result = await validateAssessmentInput(file, framework, {}, io);
  const issues = result.issues.filter((i) => i.code !== "P10_MULTIPLE_ASSESSORS");
  printIssues({ issues, omittedIssues: result.omittedIssues }, io);
  if (result.errorCount === 0) return result;
  const n = result.errorCount;
  io.err(
    `${inputName(file)}: ${n} error${n === 1 ? "" : "s"}; nothing was computed (see \`p10 validate ${file}\`)\n`,
  );
  return undefined;
}
