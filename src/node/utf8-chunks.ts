/**
 * Decoding files as strict UTF-8: an invalid byte is an error at its line and column, never a silent
 * U+FFFD that would become a new, garbled entity id (`AR�V`); a file marked as UTF-16 by its byte-order
 * mark gets an error naming the encoding and how to convert it. The fast path is the platform's fatal
 * `TextDecoder` in streaming mode; the location is worked out only when it fails.
 */
import { P10Error } from "../errors.js";

/**
 * Decodes a stream of byte chunks as UTF-8 (a leading byte-order mark is dropped), chunk by chunk.
 *
 * @param chunks - the file's bytes, in order, in chunks of any size.
 * @param file - the file's name, for errors.
 * @returns the text, in chunks.
 * @throws P10Error `P10_ENCODING` at the line and column of the first invalid byte, or naming UTF-16.
 */
export async function* utf8Chunks(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  file: string,
): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let lines = 0;
  let column = 0; // characters since the last line break
  let tail: Uint8Array = new Uint8Array(0); // bytes of a sequence cut by the previous chunk's end
  let first = true;
  for await (const chunk of chunks) {
    if (first && chunk.length > 0) {
      first = false;
      refuseUtf16(chunk, file);
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw invalidAt(concat(tail, chunk), lines, column, file);
    }
    tail = incompleteTail(chunk.length >= 4 ? chunk : concat(tail, chunk));
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
      lines++;
      column = text.length - i - 1;
    }
    if (text.lastIndexOf("\n") === -1) column += text.length;
    if (text.length > 0) yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest.length > 0) yield rest;
  } catch {
    throw encodingError(file, lines + 1, column + 1, "the file ends in the middle of a UTF-8 character");
  }
}

/** Decodes a whole file's bytes as strict UTF-8 (see {@link utf8Chunks}); a leading BOM is dropped. */
export async function utf8Text(bytes: Uint8Array, file: string): Promise<string> {
  let out = "";
  for await (const part of utf8Chunks([bytes], file)) out += part;
  return out;
}

function refuseUtf16(chunk: Uint8Array, file: string): void {
  const le = chunk[0] === 0xff && chunk[1] === 0xfe;
  const be = chunk[0] === 0xfe && chunk[1] === 0xff;
  if (!le && !be) return;
  const encoding = le ? "UTF-16LE" : "UTF-16BE";
  throw encodingError(
    file,
    1,
    1,
    `the file is encoded as ${encoding} (it starts with a UTF-16 byte-order mark); principle10 reads UTF-8: ` +
      `save it as "CSV UTF-8" or convert it, e.g. iconv -f ${encoding} -t UTF-8 ${file} > converted.csv`,
  );
}

/** The error for the first invalid byte of `bytes`, which start at a character boundary. */
function invalidAt(bytes: Uint8Array, lines: number, column: number, file: string): P10Error {
  const bad = firstInvalidByte(bytes);
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, bad));
  const lastBreak = before.lastIndexOf("\n");
  let line = lines + 1;
  for (let i = before.indexOf("\n"); i !== -1; i = before.indexOf("\n", i + 1)) line++;
  const col = (lastBreak === -1 ? column + before.length : before.length - lastBreak - 1) + 1;
  const value = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  return encodingError(
    file,
    line,
    col,
    `byte 0x${value} is not valid UTF-8 (is the file Latin-1 or Windows-1252?); principle10 reads UTF-8 only: ` +
      `save it as "CSV UTF-8" or convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8`,
  );
}

function encodingError(file: string, line: number, column: number, message: string): P10Error {
  return new P10Error("P10_ENCODING", `${file}:${line}:${column}: ${message}`, [
    { code: "P10_ENCODING", severity: "error", file, line, column, message },
  ]);
}

/**
 * The offset of the first byte that makes `bytes` invalid UTF-8 (an incomplete sequence at the very end
 * counts as valid: more bytes may follow); `bytes.length` when there is none.
 */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return n;
      const c = bytes[i + k] as number;
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return n;
}

/** The last bytes of a valid chunk that begin a character not yet complete (0 to 3 bytes). */
function incompleteTail(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  for (let k = 1; k <= Math.min(3, n); k++) {
    const b = bytes[n - k] as number;
    if (b < 0x80) return new Uint8Array(0);
    if (b >= 0xc0) {
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return length > k ? bytes.slice(n - k) : new Uint8Array(0);
    }
  }
  return new Uint8Array(0);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
