/**
 * Where a command's result goes: stdout, or the file named by `--out`.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { P10Error } from "../errors.js";
import { writeChunks, writeChunksTo } from "../node/write-chunks.js";
import type { CommandIO } from "./command.js";

/**
 * Writes a command's result to `--out` when given, else to stdout.
 * @param text - the result.
 * @param out - the `--out` path, or `undefined`.
 * @param io - the command's I/O.
 */
export async function emitResult(text: string, out: string | undefined, io: CommandIO): Promise<void> {
  if (out === undefined) {
    io.out(text);
    return;
  }
  try {
    await writeFile(resolve(io.cwd, out), text);
  } catch (e) {
    const why =
      (e as NodeJS.ErrnoException).code === "ENOENT" ? "its folder does not exist" : (e as Error).message;
    throw new P10Error("P10_FILE_WRITE", `cannot write ${out}: ${why}`, [
      { code: "P10_FILE_WRITE", severity: "error", file: out, message: `cannot write the file: ${why}` },
    ]);
  }
}

/**
 * Writes a streamed result (pieces of text) to `--out` when given, else to stdout, piece by piece with
 * backpressure; the file goes through a temporary sibling renamed into place.
 * @param chunks - the pieces.
 * @param out - the `--out` path, or `undefined`.
 * @param io - the command's I/O.
 */
export async function emitChunks(
  chunks: Iterable<string>,
  out: string | undefined,
  io: CommandIO,
): Promise<void> {
  if (out !== undefined) {
    await writeChunks(resolve(io.cwd, out), chunks, out);
  } else if (io.outStream !== undefined) {
    await writeChunksTo(io.outStream, chunks);
  } else {
    for (const chunk of chunks) io.out(chunk);
  }
}
