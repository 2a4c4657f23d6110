/**
 * Output made as UTF-8 bytes, in chunks of about a megabyte. Writers of millions of rows spend
 * most of their time not on deciding what to write but on turning text into bytes: a row built by joining
 * strings is a tree of small strings that must be flattened and then encoded, and on a 240 MB JSON output
 * that cost more than making the rows (0.45 s of 0.85 s). Text that repeats (a row's fixed members, an
 * entity's lead) can instead be encoded once and copied as bytes, which is a `memcpy`.
 *
 * Every chunk holds whole characters (a piece of text or bytes never straddles two chunks), so each chunk
 * decodes on its own. Platform-free: `TextEncoder` and `Uint8Array` only.
 */

/**
 * Bytes of a chunk: large enough that handing a chunk on (a file write each) costs little next to filling
 * it (256 KiB chunks spent 57 ms of the main thread in write calls on a 240 MB output), small next to the
 * data.
 */
export const UTF8_CHUNK_BYTES = 1 << 20;

const encoder = new TextEncoder();

/** Texts up to this many UTF-16 units are encoded by a loop here, longer ones by `TextEncoder`. */
const SHORT_TEXT = 24;

/**
 * The UTF-8 bytes of a text, for caching text that is written many times.
 *
 * @param text - the text (a lone surrogate becomes U+FFFD, as in every UTF-8 encoder of the platform).
 * @returns its bytes.
 * @example
 * ```ts
 * import { utf8Bytes } from "./utf8-sink.js"; // internal
 * utf8Bytes("é,1").length; // 4
 * ```
 */
export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/**
 * Collects output as UTF-8 bytes: {@link Utf8Sink.text} encodes text, {@link Utf8Sink.bytes} copies
 * bytes encoded before; {@link Utf8Sink.take} hands over the chunks filled so far, {@link Utf8Sink.end}
 * the rest. A chunk handed over is never written again (callers may keep it).
 *
 * @example
 * ```ts
 * import { Utf8Sink, utf8Bytes } from "./utf8-sink.js"; // internal
 * const sink = new Utf8Sink();
 * const comma = utf8Bytes(",");
 * sink.text("a");
 * sink.bytes(comma);
 * sink.text("é");
 * new TextDecoder().decode(sink.end()[0]); // "a,é"
 * ```
 */
export class Utf8Sink {
  private chunk = new Uint8Array(UTF8_CHUNK_BYTES);
  private used = 0;
  private done: Uint8Array[] = [];

  /**
   * Appends bytes (UTF-8 made by {@link utf8Bytes}).
   * @param bytes - the bytes; copied, so the caller may keep and reuse them.
   */
  bytes(bytes: Uint8Array): void {
    if (this.used + bytes.length > this.chunk.length) this.next(bytes.length);
    this.chunk.set(bytes, this.used);
    this.used += bytes.length;
  }

  /**
   * Appends text as UTF-8.
   * @param text - the text (a lone surrogate becomes U+FFFD).
   */
  text(text: string): void {
    const n = text.length;
    // At most 3 bytes per UTF-16 code unit (a surrogate pair is 2 units and 4 bytes).
    if (this.used + 3 * n > this.chunk.length) this.next(3 * n);
    if (n > SHORT_TEXT) {
      // The platform's encoder, in one call: about three times faster than a loop on a row of JSON.
      this.used += encoder.encodeInto(text, this.chunk.subarray(this.used)).written;
      return;
    }
    const chunk = this.chunk;
    let at = this.used;
    // A short text byte by byte (cheaper than the call), ASCII the common case; the first other character
    // hands the rest to the encoder.
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) {
        at += encoder.encodeInto(i === 0 ? text : text.slice(i), chunk.subarray(at)).written;
        break;
      }
      chunk[at++] = c;
    }
    this.used = at;
  }

  /**
   * Appends an integer in decimal digits (a rank, a count).
   * @param n - the integer (any other number is written as `String` writes it).
   */
  integer(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) {
      this.text(String(n));
      return;
    }
    if (this.used + MAX_DIGITS > this.chunk.length) this.next(MAX_DIGITS);
    const chunk = this.chunk;
    let digits = 1;
    for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    let at = this.used + digits;
    this.used = at;
    let rest = n;
    do {
      chunk[--at] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
  }

  /**
   * The chunks filled since the last call (each whole: none will be written again).
   * @returns them, in order; often none.
   */
  take(): Uint8Array[] {
    if (this.done.length === 0) return NO_CHUNKS;
    const done = this.done;
    this.done = [];
    return done;
  }

  /**
   * Every chunk not yet taken, the last one partly filled.
   * @returns them, in order.
   */
  end(): Uint8Array[] {
    if (this.used > 0) this.done.push(this.chunk.subarray(0, this.used));
    this.chunk = new Uint8Array(0);
    this.used = 0;
    return this.take();
  }

  /** Hands over the current chunk and starts one with room for `need` bytes. */
  private next(need: number): void {
    if (this.used > 0) this.done.push(this.chunk.subarray(0, this.used));
    this.chunk = new Uint8Array(Math.max(UTF8_CHUNK_BYTES, need));
    this.used = 0;
  }
}

const NO_CHUNKS: Uint8Array[] = [];

/** Digits of the largest safe integer. */
const MAX_DIGITS = 16;

/** A piece of a streamed output: text, or text already encoded as UTF-8 (see {@link Utf8Sink}). */
export type OutputPiece = string | Uint8Array;

/**
 * The pieces of an output as text: bytes are decoded (as UTF-8, a character split between two pieces
 * kept whole), text passes as it is.
 *
 * @param pieces - text and bytes, in order.
 * @returns the same output as text pieces.
 * @example
 * ```ts
 * import { textPieces, utf8Bytes } from "./utf8-sink.js"; // internal
 * [...textPieces(["a", utf8Bytes("é")])].join(""); // "aé"
 * ```
 */
export function* textPieces(pieces: Iterable<OutputPiece>): Generator<string, void, undefined> {
  const decoder = new TextDecoder();
  for (const piece of pieces) {
    if (typeof piece === "string") {
      // Bytes cut inside a character and followed by text are malformed: flushed as U+FFFD, like any decoder.
      const rest = decoder.decode();
      if (rest !== "") yield rest;
      yield piece;
    } else {
      const text = decoder.decode(piece, { stream: true });
      if (text !== "") yield text;
    }
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}
