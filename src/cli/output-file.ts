/** Writing a command's result to the `--out` file, with the project's error when the file cannot be written. */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { P10Error } from "../errors.js";

/**
 * Writes text to a file given on the command line.
 *
 * @param cwd - the directory a relative path is resolved from.
 * @param path - the file, as the user gave it (named in the error).
 * @param text - the content.
 * @returns nothing.
 * @throws P10Error `P10_FILE_WRITE` naming the file and the reason.
 * @example
 * ```ts
 * writeOutputFile(process.cwd(), "reconciled.csv", "entity,period,indicator,response\n");
 * ```
 */
export function writeOutputFile(cwd: string, path: string, text: string): void {
  try {
    writeFileSync(resolve(cwd, path), text);
  } catch (e) {
    const why = (e as Error).message;
    throw new P10Error("P10_FILE_WRITE", `cannot write ${path}: ${why}`, [
      { code: "P10_FILE_WRITE", severity: "error", file: path, message: `cannot write the file: ${why}` },
    ]);
  }
}
