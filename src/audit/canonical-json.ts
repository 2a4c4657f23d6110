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
  const parts = new Parts();
  write(value, parts, null);
  const list = parts.done();
  if (list.length === 1 && typeof list[0] === "string") return list[0];
  return list.map((p) => (typeof p === "string" ? p : [...textPieces(p.chunks())].join(""))).join("");
}

/**
 * A member whose canonical JSON text is produced later, piece by piece, by the caller: the rows of an
 * output too large to hold as one value. The caller vouches that the pieces are canonical JSON.
 */
export class CanonicalJsonStream<P extends OutputPiece = string> {
  /** @param chunks - yields the member's canonical text (e.g. `[`, rows, `]`) or its UTF-8 bytes, called once. */
  constructor(readonly chunks: () => Iterable<P>) {}
}

/**
 * A value whose canonical JSON text the caller already made (a part shared by many values, written once):
 * written as it is. The caller vouches that the text is the canonical JSON of one value.
 */
export class CanonicalJsonText {
  /** @param text - the canonical JSON of one value. */
  constructor(readonly text: string) {}
}

/**
 * A value {@link canonicalJsonChunks} can write: canonical data, some members of which are streamed or
 * written beforehand.
 */
export type StreamableJsonValue<P extends OutputPiece = string> =
  | CanonicalValue
  | CanonicalJsonStream<P>
  | CanonicalJsonText
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
  const parts = new Parts();
  write(value as CanonicalValue, parts, null);
  // The text between streamed members comes joined, one piece each.
  for (const part of parts.done()) {
    if (typeof part === "string") yield part;
    else yield* part.chunks() as Iterable<P>;
  }
}

/**
 * The pieces of a canonical text: each run of text between streamed members gathered as a list and joined
 * once into one flat string (joined with `+=` instead, a unit's text is a tree of thousands of strings that
 * hashing or encoding must flatten: on a million answers' canonical scores, ~270 MB, that cost more than
 * the writing).
 */
class Parts {
  private readonly list: Part[] = [];
  private run: string[] = [];

  /** Appends text. */
  add(text: string): void {
    this.run.push(text);
  }

  /** Appends a streamed member. */
  stream(member: CanonicalJsonStream<OutputPiece>): void {
    this.end();
    this.list.push(member);
  }

  /** The pieces, in order: text and streamed members alternating. */
  done(): Part[] {
    this.end();
    return this.list;
  }

  private end(): void {
    if (this.run.length > 0) this.list.push(this.run.join(""));
    this.run = [];
  }
}

/** Where a value sits in the document (`$`, then keys and indices), made into text only for a message. */
interface Place {
  readonly up: Place | null;
  readonly key: string | number;
}

/** A place as text: `$`, `.key` per member, `[i]` per array item, as the messages show it. */
function placeText(place: Place | null): string {
  const steps: string[] = [];
  for (let at = place; at !== null; at = at.up) {
    steps.push(typeof at.key === "number" ? `[${at.key}]` : `.${at.key}`);
  }
  return `$${steps.reverse().join("")}`;
}

function write(value: CanonicalValue | undefined, parts: Parts, place: Place | null): void {
  if (value instanceof CanonicalJsonStream) {
    parts.stream(value);
  } else if (value instanceof CanonicalJsonText) {
    parts.add(value.text);
  } else if (value === null) {
    parts.add("null");
  } else if (typeof value === "boolean") {
    parts.add(value ? "true" : "false");
  } else if (typeof value === "string") {
    parts.add(JSON.stringify(value));
  } else if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) {
      throw new P10Error(
        "P10_CANONICAL_NUMBER",
        `canonical JSON takes only safe integers; found ${value} at ${placeText(place)} (write decimals as strings)`,
      );
    }
    parts.add(String(value === 0 ? 0 : value));
  } else if (Array.isArray(value)) {
    parts.add("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) parts.add(",");
      const item = value[i] as CanonicalValue | undefined;
      write(item === undefined ? null : item, parts, { up: place, key: i });
    }
    parts.add("]");
  } else if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, CanonicalValue | undefined>;
    // Keys in UTF-16 code unit order (RFC 8785), members that are undefined left out.
    const keys = Object.keys(record).sort();
    parts.add("{");
    let first = true;
    for (const key of keys) {
      const member = record[key];
      if (member === undefined) continue;
      const text = keyText(key);
      parts.add(first ? text.slice(1) : text);
      first = false;
      write(member, parts, { up: place, key });
    }
    parts.add("}");
  } else {
    throw new P10Error(
      "P10_CANONICAL_VALUE",
      `canonical JSON takes plain data only; found ${typeof value} at ${placeText(place)}`,
    );
  }
}

/** Member names as written after another member (`,"name":`), for the few names that recur. */
const KEY_TEXTS = new Map<string, string>();

/**
 * Names kept in {@link KEY_TEXTS} at most, and their longest: principle10's own documents have a few hundred
 * short names; a hostile document's many or long names are written each time, never kept.
 */
const KEY_TEXTS_LIMIT = 4096;
const KEY_TEXT_LENGTH = 64;

/** `,"name":` for a member name, from a bounded cache: most objects written have the same few names. */
function keyText(key: string): string {
  let text = KEY_TEXTS.get(key);
  if (text === undefined) {
    text = `,${JSON.stringify(key)}:`;
    if (KEY_TEXTS.size < KEY_TEXTS_LIMIT && key.length <= KEY_TEXT_LENGTH) KEY_TEXTS.set(key, text);
  }
  return text;
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
