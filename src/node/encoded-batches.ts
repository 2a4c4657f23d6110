/**
 * Writing streamed output (the pieces of the core's writers) as UTF-8 in batches of about a megabyte. Each
 * piece of text is encoded straight into one of two reused buffers, and a full buffer is written while the
 * other fills: the pieces are never joined into one large string (on a 240 MB JSON output, joining,
 * flattening and encoding 256 K-character strings cost more than making the text), and the file system
 * works on one batch while the writer produces the next. Pieces that come as bytes (the row writers'
 * chunks, already UTF-8) are copied into the batch when small and written as they are when large.
 */
import type { OutputPiece } from "../base/utf8-sink.js";

/** Bytes of one batch. */
const BATCH_BYTES = 1 << 20;

/** Byte pieces at least this large are written as they are, not copied into a batch. */
const OWN_WRITE_BYTES = 1 << 16;

/**
 * Writes in flight at once: the writer makes the next bytes while the file system (its own threads) takes
 * the previous ones; with one write at a time, the writer waited on each (0.1–0.2 s of a 240 MB output).
 */
const WRITES_IN_FLIGHT = 4;

/**
 * Writes bytes in full at their place in the output (a write may take part of them; the rest follows).
 * Writes may run at the same time, so a file writer writes at `at`; a stream writer may ignore it (the
 * calls come in order).
 */
export type WriteBytes = (bytes: Uint8Array, at: number) => Promise<unknown>;

/**
 * Encodes pieces of text as UTF-8 and writes them in batches, a few writes in flight while the next batch
 * fills. A surrogate pair split between two pieces of text is kept whole (the high half waits for the next
 * piece). Byte pieces are taken as UTF-8 and are not written over (a large one is handed to `write`).
 *
 * @param pieces - the output, in order: text, or bytes.
 * @param write - writes bytes completely at their offset; a batch's bytes are reused once its promise settles.
 * @returns when every byte was written.
 * @throws the first failed write's error, once every write has settled.
 */
export async function writeEncodedBatches(
  pieces: Iterable<OutputPiece> | AsyncIterable<OutputPiece>,
  write: WriteBytes,
): Promise<void> {
  const buffers = [Buffer.allocUnsafe(BATCH_BYTES), Buffer.allocUnsafe(BATCH_BYTES)];
  // The last write of each buffer: the buffer is refilled only once it settled.
  const buffersWritten: (Promise<unknown> | null)[] = [null, null];
  let current = 0;
  let used = 0;
  let offset = 0;
  const inFlight: Promise<unknown>[] = [];
  let carry = "";
  // Returns the write's promise in a box: an async function returning a promise would wait for it.
  const send = async (bytes: Uint8Array): Promise<{ written: Promise<unknown> }> => {
    while (inFlight.length >= WRITES_IN_FLIGHT) await inFlight.shift();
    const written = write(bytes, offset);
    // Marked as handled now: a failure is rethrown where the write is awaited, not reported as unhandled.
    written.catch(() => undefined);
    offset += bytes.length;
    inFlight.push(written);
    return { written };
  };
  const flush = async (): Promise<void> => {
    if (used === 0) return;
    buffersWritten[current] = (await send((buffers[current] as Buffer).subarray(0, used))).written;
    current = 1 - current;
    used = 0;
    const previous = buffersWritten[current];
    if (previous) await previous;
  };
  const batch = (): Buffer => buffers[current] as Buffer;
  try {
    for await (const chunk of pieces) {
      if (chunk instanceof Uint8Array) {
        if (carry !== "") {
          // Half a surrogate pair followed by bytes stays alone: encoded as U+FFFD, as any encoder does.
          if (used + 3 > BATCH_BYTES) await flush();
          used += batch().write(carry, used, "utf8");
          carry = "";
        }
        if (chunk.length >= OWN_WRITE_BYTES) {
          await flush();
          await send(chunk);
        } else {
          if (used + chunk.length > BATCH_BYTES) await flush();
          batch().set(chunk, used);
          used += chunk.length;
        }
        continue;
      }
      if (typeof chunk !== "string") throw new TypeError("a chunk to write is neither text nor bytes");
      let text = carry === "" ? chunk : carry + chunk;
      carry = "";
      if (text.length === 0) continue;
      const last = text.charCodeAt(text.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) {
        carry = text.slice(-1);
        text = text.slice(0, -1);
      }
      // At most 3 bytes per UTF-16 unit: a piece that may not fit waits for a fresh buffer.
      if (used + text.length * 3 > BATCH_BYTES) await flush();
      if (text.length * 3 > BATCH_BYTES) {
        await send(Buffer.from(text, "utf8"));
        continue;
      }
      used += batch().write(text, used, "utf8");
    }
    if (carry !== "") {
      if (used + 3 > BATCH_BYTES) await flush();
      used += batch().write(carry, used, "utf8");
    }
    await flush();
  } catch (e) {
    // Settle every write in flight before rethrowing: nothing is left writing when the caller cleans up.
    await Promise.allSettled(inFlight);
    throw e;
  }
  const failed = (await Promise.allSettled(inFlight)).find((o) => o.status === "rejected");
  if (failed !== undefined) throw (failed as PromiseRejectedResult).reason;
}
