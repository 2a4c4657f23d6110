/** Writing a binary output (an xlsx workbook) to the `--out` file. Binary outputs never go to stdout. */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { P10Error } from "../../errors.js";
import type { CommandIO } from "../command.js";

/**
 * Writes bytes to a file named on the command line.
 * @param bytes - the content.
 * @param out - the file as the user typed it (resolved from the command's working folder).
 * @param io - the command's I/O.
 * @throws P10Error `P10_FILE_WRITE` naming the file when it cannot be written.
 */
export async function writeOutputBytes(bytes: Uint8Array, out: string, io: CommandIO): Promise<void> {
  try {
    await writeFile(resolve(io.cwd, out), bytes);
  } catch (e) {
    const why =
      (e as NodeJS.ErrnoException).code === "ENOENT" ? "its folder does not exist" : (e as Error).message;
    throw new P10Error("P10_FILE_WRITE", `cannot write ${out}: ${why}`, [
      { code: "P10_FILE_WRITE", severity: "error", file: out, message: `cannot write the file: ${why}` },
    ]);
  }
}
