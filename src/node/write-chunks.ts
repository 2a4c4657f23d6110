/**
 * Writing a streamed output (pieces of text from the core's writers, e.g. `scoreOutputChunks`) to a file
 * or a stream, waiting whenever the stream asks to (backpressure), so memory does not grow with the output.
 * A file is written to a temporary sibling and renamed into place at the end: a failed or interrupted run
 * leaves the previous file as it was, never half a file.
 */
import { once } from "node:events";
import type { OutputPiece } from "../base/utf8-sink.js";
import { writeFileAtomic } from "./atomic-write.js";
import { writeEncodedBatches } from "./encoded-batches.js";

/**
 * Writes pieces of text (or of its UTF-8 bytes) to a writable stream in order, waiting for `drain` when
 * the stream's buffer is full. Does not end the stream.
 *
 * @param stream - the stream (e.g. `process.stdout`).
 * @param chunks - the pieces.
 * @returns when every piece was handed to the stream.
 */
export async function writeChunksTo(
  stream: NodeJS.WritableStream,
  chunks: Iterable<OutputPiece> | AsyncIterable<OutputPiece>,
): Promise<void> {
  // Encoded in batches of about a megabyte (see encoded-batches.ts); the stream gets its own copy of each
  // batch, as the batch's buffer is refilled at once.
  await writeEncodedBatches(chunks, async (bytes) => {
    if (!stream.write(Buffer.from(bytes))) await once(stream, "drain");
  });
}

/**
 * Writes pieces of text (UTF-8) to a file through a temporary sibling renamed into place
 * (`writeFileAtomic`): a failed or interrupted run leaves the previous file as it was.
 *
 * @param path - the file to write (its folder must exist).
 * @param chunks - the pieces, read one by one as the file takes them.
 * @param shown - the name used in errors (default `path`).
 * @returns when the file is complete and in place.
 * @throws P10Error `P10_FILE_WRITE` naming the file when it cannot be written; the file is then untouched.
 * @example
 * ```ts
 * import { mkdtemp, readFile } from "node:fs/promises";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { saveChunks } from "principle10/node";
 * const file = join(await mkdtemp(join(tmpdir(), "p10-")), "out.csv");
 * await saveChunks(file, ["a,b\n", "1,2\n"]);
 * await readFile(file, "utf8"); // "a,b\n1,2\n"
 * ```
 */
export async function saveChunks(
  path: string,
  chunks: Iterable<string> | AsyncIterable<string>,
  shown: string = path,
): Promise<void> {
  await writeFileAtomic(path, chunks, { shown });
}
