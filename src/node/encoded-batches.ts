/**
 * Writing streamed text (the pieces of the core's writers) as UTF-8 in batches of about a megabyte. Each
 * piece is encoded straight into one of two reused buffers, and a full buffer is written while the other
 * fills: the pieces are never joined into one large string (on a 240 MB JSON output, joining, flattening
 * and encoding 256 K-character strings cost more than making the text), and the file system works on one
 * batch while the writer produces the next.
 */

/** Bytes of one batch. */
const BATCH_BYTES = 1 << 20;

/** Writes bytes in full (a write may take part of them; the rest follows). */
export type WriteBytes = (bytes: Uint8Array) => Promise<unknown>;

/**
 * Encodes pieces of text as UTF-8 and writes them in batches, one write in flight while the next batch
 * fills. A surrogate pair split between two pieces is kept whole (the high half waits for the next piece).
 *
 * @param pieces - the text, in order.
 * @param write - writes one batch completely; the batch's bytes are reused once its promise settles.
 * @returns when every byte was written.
 */
export async function writeEncodedBatches(
  pieces: Iterable<string> | AsyncIterable<string>,
  write: WriteBytes,
): Promise<void> {
  const buffers = [Buffer.allocUnsafe(BATCH_BYTES), Buffer.allocUnsafe(BATCH_BYTES)];
  let current = 0;
  let used = 0;
  let pending: Promise<unknown> | null = null;
  let carry = "";
  const send = async (bytes: Uint8Array): Promise<void> => {
    if (pending !== null) await pending;
    pending = write(bytes);
  };
  const flush = async (): Promise<void> => {
    if (used === 0) return;
    const full = (buffers[current] as Buffer).subarray(0, used);
    await send(full);
    // The other buffer's write has settled (awaited in send): it is free to fill.
    current = 1 - current;
    used = 0;
  };
  try {
    for await (const chunk of pieces) {
      if (typeof chunk !== "string") throw new TypeError("a chunk to write is not a string");
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
      used += (buffers[current] as Buffer).write(text, used, "utf8");
    }
    if (carry !== "") {
      if (used + 3 > BATCH_BYTES) await flush();
      used += (buffers[current] as Buffer).write(carry, used, "utf8");
    }
    await flush();
  } finally {
    // Settle the write in flight before returning or rethrowing (its own failure surfaces here).
    if (pending !== null) await pending;
  }
}
