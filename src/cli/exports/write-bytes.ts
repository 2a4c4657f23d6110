/** Writing a binary output (an xlsx workbook) to the `--out` file. Binary outputs never go to stdout. */
import { resolve } from "node:path";
import { writeFileAtomic } from "../../node/atomic-write.js";
import type { CommandIO } from "../command.js";

/**
 * Writes bytes to a file named on the command line, atomically (a temporary sibling renamed into place),
 * like every other output.
 * @param bytes - the content.
 * @param out - the file as the user typed it (resolved from the command's working folder).
 * @param io - the command's I/O.
 * @throws P10Error `P10_FILE_WRITE` naming the file when it cannot be written.
 */
export async function writeOutputBytes(bytes: Uint8Array, out: string, io: CommandIO): Promise<void> {
  await writeFileAtomic(resolve(io.cwd, out), bytes, { shown: out });
}
