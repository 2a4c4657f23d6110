/**
 * Writing a streamed output (pieces of text from the core's writers, e.g. `scoreOutputChunks`) to a file
 * or a stream, waiting whenever the stream asks to (backpressure), so memory does not grow with the output.
 * A file is written to a temporary sibling and renamed into place at the end: a failed or interrupted run
 * leaves the previous file as it was, never half a file.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { P10Error } from "../errors.js";

/**
 * Bytes a file stream buffers before asking to wait (1 MiB): pieces of a few hundred rows then queue while
 * the disk writes, instead of waiting for each (Node's default is 16 KiB).
 */
const WRITE_BUFFER_BYTES = 1 << 20;

/** Temporary files made by this process so far (keeps their names distinct). */
let made = 0;

/**
 * Writes pieces of text to a writable stream in order, waiting for `drain` when the stream's buffer is
 * full. Does not end the stream.
 *
 * @param stream - the stream (e.g. `process.stdout`).
 * @param chunks - the pieces.
 * @returns when every piece was handed to the stream.
 */
export async function writeChunksTo(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (!stream.write(chunk)) await once(stream, "drain");
  }
}

/**
 * Writes pieces of text (UTF-8) to a file through a temporary sibling renamed into place.
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
 * import { writeChunks } from "principle10/node";
 * const file = join(await mkdtemp(join(tmpdir(), "p10-")), "out.csv");
 * await writeChunks(file, ["a,b\n", "1,2\n"]);
 * await readFile(file, "utf8"); // "a,b\n1,2\n"
 * ```
 */
export async function writeChunks(
  path: string,
  chunks: Iterable<string>,
  shown: string = path,
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${++made}.tmp`);
  const stream = createWriteStream(temp, { flags: "wx", highWaterMark: WRITE_BUFFER_BYTES });
  try {
    const failed = new Promise<never>((_, reject) => stream.once("error", reject));
    failed.catch(() => undefined);
    await Promise.race([once(stream, "open"), failed]);
    await Promise.race([writeChunksTo(stream, chunks), failed]);
    stream.end();
    await Promise.race([once(stream, "finish"), failed]);
    await rename(temp, path);
  } catch (e) {
    stream.destroy();
    await unlink(temp).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    if (e instanceof P10Error || typeof code !== "string") throw e;
    const why = code === "ENOENT" ? "its folder does not exist" : (e as Error).message;
    throw new P10Error("P10_FILE_WRITE", `cannot write ${shown}: ${why}`, [
      { code: "P10_FILE_WRITE", severity: "error", file: shown, message: `cannot write the file: ${why}` },
    ]);
  }
}
