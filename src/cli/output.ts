/**
 * Where a command's result goes: stdout (piece by piece, with backpressure), or the file named by `--out`,
 * written atomically (a temporary sibling renamed into place), so a failure or a kill never leaves a
 * half-written file.
 */
import { resolve } from "node:path";
import { type OutputBatch, type TextChunks, writeFileAtomic } from "../node/atomic-write.js";
import { writeChunksTo } from "../node/write-chunks.js";
import type { OutputPiece } from "../base/utf8-sink.js";
import type { CommandIO } from "./command.js";

/**
 * Writes a command's result to `--out` when given, else to stdout.
 * @param text - the result, or its chunks (a streamed writer's pieces are never joined).
 * @param out - the `--out` path, or `undefined`.
 * @param io - the command's I/O.
 * @param batch - stage the file in this batch instead of writing it now (the caller commits every output
 *   of the run together); stdout is written at once either way, so call this last.
 */
export async function emitResult(
  text: TextChunks,
  out: string | undefined,
  io: CommandIO,
  batch?: OutputBatch,
): Promise<void> {
  if (out === undefined) {
    if (typeof text === "string") io.out(text);
    else if (io.outStream !== undefined) await writeChunksTo(io.outStream, text);
    else {
      // An I/O without a stream (tests, embedding) takes text: bytes are decoded, a character never split.
      const decoder = new TextDecoder();
      for await (const chunk of text as AsyncIterable<OutputPiece>) {
        io.out(
          typeof chunk === "string" ? decoder.decode() + chunk : decoder.decode(chunk, { stream: true }),
        );
      }
      io.out(decoder.decode());
    }
    return;
  }
  if (batch !== undefined) await batch.stage(resolve(io.cwd, out), text, out);
  else await writeFileAtomic(resolve(io.cwd, out), text, { shown: out });
}
