/**
 * Canonical JSON: one byte sequence per value, so equal results are equal bytes and can be hashed.
 * Follows the JSON Canonicalization Scheme (RFC 8785) for what principle10 emits: object keys sorted by
 * code units, no insignificant whitespace, strings escaped as `JSON.stringify` does; numbers are limited to
 * safe integers (exact decimals travel as strings, so no float ever reaches the output).
 */
import { type OutputPiece, textPieces } from "../base/utf8-sink.js";
import { P10Error } from "../errors.js";

/** A value canonical JSON can hold. */
export type CanonicalValue =
  | null
  | boolean
  | number
  | string
  | readonly CanonicalValue[]
  | { readonly [key: string]: CanonicalValue | undefined };

/**
 * Writes a value as canonical JSON. `undefined` object members are left out (as in `JSON.stringify`).
 *
 * @param value - plain data: objects, arrays, strings, booleans, null and safe integers.
 * @returns the canonical text.
 * @throws P10Error `P10_CANONICAL_NUMBER` for a number that is not a safe integer (a float has no single
 *   decimal spelling across platforms; pass decimals as strings), `P10_CANONICAL_VALUE` for anything else
 *   that is not plain JSON data.
 * @example
 * ```ts
 * import { canonicalJson } from "principle10/advanced";
 * canonicalJson({ b: "2.50", a: [1, null] }); // '{"a":[1,null],"b":"2.50"}'
 * ```
 */
export function canonicalJson(value: CanonicalValue): string {
  const parts: Part[] = [];
  write(value, parts, "$");
  return parts.map((p) => (typeof p === "string" ? p : [...textPieces(p.chunks())].join(""))).join("");
}

/**
 * A member whose canonical JSON text is produced later, piece by piece, by the caller: the rows of an
 * output too large to hold as one value. The caller vouches that the pieces are canonical JSON.
 */
export class CanonicalJsonStream<P extends OutputPiece = string> {
  /** @param chunks - yields the member's canonical text (e.g. `[`, rows, `]`) or its UTF-8 bytes, called once. */
  constructor(readonly chunks: () => Iterable<P>) {}
}

/** A value {@link canonicalJsonChunks} can write: canonical data, some members of which are streamed. */
export type StreamableJsonValue<P extends OutputPiece = string> =
  | CanonicalValue
  | CanonicalJsonStream<P>
  | readonly StreamableJsonValue<P>[]
  | { readonly [key: string]: StreamableJsonValue<P> | undefined };

type Part = string | CanonicalJsonStream<OutputPiece>;

/**
 * Writes a value as canonical JSON in pieces: the text between streamed members is written as by
 * {@link canonicalJson} (same bytes), each {@link CanonicalJsonStream} yields its own pieces in place.
 *
 * @param value - plain data, with streamed members.
 * @returns the pieces; their concatenation is the canonical text.
 * @throws P10Error as {@link canonicalJson}, when the pieces are read.
 */
export function* canonicalJsonChunks<P extends OutputPiece = string>(
  value: StreamableJsonValue<P>,
): Generator<string | P, void, undefined> {
  const parts: Part[] = [];
  write(value as CanonicalValue, parts, "$");
  let text = "";
  for (const part of parts) {
    if (typeof part === "string") {
      text += part;
      continue;
    }
    if (text !== "") yield text;
    text = "";
    yield* part.chunks() as Iterable<P>;
  }
  if (text !== "") yield text;
}

function write(value: CanonicalValue | undefined, parts: Part[], path: string): void {
  if (value instanceof CanonicalJsonStream) {
    parts.push(value);
  } else if (value === null) {
    parts.push("null");
  } else if (typeof value === "boolean") {
    parts.push(value ? "true" : "false");
  } else if (typeof value === "string") {
    parts.push(JSON.stringify(value));
  } else if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) {
      throw new P10Error(
        "P10_CANONICAL_NUMBER",
        `canonical JSON takes only safe integers; found ${value} at ${path} (write decimals as strings)`,
      );
    }
    parts.push(String(value === 0 ? 0 : value));
  } else if (Array.isArray(value)) {
    parts.push("[");
    value.forEach((item, i) => {
      if (i > 0) parts.push(",");
      write(item === undefined ? null : item, parts, `${path}[${i}]`);
    });
    parts.push("]");
  } else if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const keys = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort();
    parts.push("{");
    keys.forEach((key, i) => {
      if (i > 0) parts.push(",");
      parts.push(JSON.stringify(key), ":");
      write((value as Record<string, CanonicalValue>)[key], parts, `${path}.${key}`);
    });
    parts.push("}");
  } else {
    throw new P10Error(
      "P10_CANONICAL_VALUE",
      `canonical JSON takes plain data only; found ${typeof value} at ${path}`,
    );
  }
}

/** Items written into one piece by {@link canonicalJsonArrayChunks}. */
const ITEMS_PER_PIECE = 256;

/**
 * Writes items as a canonical JSON array in pieces of a few hundred items, for a {@link CanonicalJsonStream}
 * whose items are made one at a time: the pieces joined equal `canonicalJson` of the array.
 *
 * @param items - plain data, one item at a time.
 * @returns the pieces of the array's text.
 * @throws P10Error as {@link canonicalJson}, when the pieces are read.
 * @example
 * ```ts
 * import { canonicalJsonArrayChunks } from "./canonical-json.js"; // internal
 * [...canonicalJsonArrayChunks([{ b: 1, a: "x" }, null])].join(""); // '[{"a":"x","b":1},null]'
 * ```
 */
export function* canonicalJsonArrayChunks(
  items: Iterable<CanonicalValue>,
): Generator<string, void, undefined> {
  let text = "[";
  let n = 0;
  for (const item of items) {
    text += (n === 0 ? "" : ",") + canonicalJson(item);
    n++;
    if (n % ITEMS_PER_PIECE === 0) {
      yield text;
      text = "";
    }
  }
  yield `${text}]`;
}
