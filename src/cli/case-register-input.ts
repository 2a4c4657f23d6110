/**
 * The case register of a scoring or validating command: `--cases FILE`, or else the file beside the
 * assessment named like it with `.cases.csv` (`answers.csv` → `answers.cases.csv`), when there is one.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type CaseRegisterValidation, validateCaseRegister } from "../assessment/case-register.js";
import { readTextFile } from "../node/json-file.js";
import { stringOption } from "./command.js";

/** Usage line of `--cases`. */
export const CASES_USAGE = [
  "  --cases FILE             case register (entity, period, case, type, title, start, end, sources) the",
  "                           rows with a case column refer to (default: <csv name>.cases.csv beside it)",
];

/**
 * The register file a command uses: `--cases`, or the sibling `.cases.csv` when it exists.
 * @param values - the parsed options.
 * @param file - the assessment file as the user wrote it.
 * @param cwd - the command's working directory.
 * @returns the register's display name, or `undefined` when there is none.
 */
export function caseRegisterName(
  values: Record<string, unknown>,
  file: string,
  cwd: string,
): string | undefined {
  const given = stringOption(values, "cases");
  if (given !== undefined) return given;
  // Standard input has no folder to look beside: its register must be named with --cases.
  if (file === "-") return undefined;
  const sibling = file.replace(/\.csv$/i, "") + ".cases.csv";
  return existsSync(resolve(cwd, sibling)) ? sibling : undefined;
}

/**
 * Reads and checks the case register of a command, if any.
 * @param values - the parsed options.
 * @param file - the assessment file as the user wrote it.
 * @param cwd - the command's working directory.
 * @returns the validation (register and issues), or `undefined` without a register.
 * @throws P10Error `P10_FILE_READ` when the named register cannot be read.
 */
export async function loadCaseRegister(
  values: Record<string, unknown>,
  file: string,
  cwd: string,
): Promise<CaseRegisterValidation | undefined> {
  const name = caseRegisterName(values, file, cwd);
  if (name === undefined) return undefined;
  const text = await readTextFile(resolve(cwd, name), { file: name });
  return validateCaseRegister(text, { file: name });
}
