// Utf8Sink (src/base/utf8-sink.ts): what goes in as text, bytes and integers comes out as the UTF-8 of the
// same text, in chunks that each decode on their own; textPieces decodes a mix of text and bytes.
// Reference: Node's own UTF-8 encoder (Buffer.from(text, "utf8")).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type OutputPiece,
  textPieces,
  UTF8_CHUNK_BYTES,
  Utf8Sink,
  utf8Bytes,
} from "../../src/base/utf8-sink.js";

type Op = { kind: "text"; text: string } | { kind: "bytes"; text: string } | { kind: "int"; n: number };

/** Runs the operations on a sink; returns the chunks and the text they stand for. */
function run(ops: readonly Op[]): { chunks: Uint8Array[]; expected: string } {
  const sink = new Utf8Sink();
  const chunks: Uint8Array[] = [];
  let expected = "";
  for (const op of ops) {
    if (op.kind === "text") sink.text(op.text);
    else if (op.kind === "bytes") sink.bytes(utf8Bytes(op.text));
    else sink.integer(op.n);
    expected += op.kind === "int" ? String(op.n) : op.text;
    chunks.push(...sink.take());
  }
  chunks.push(...sink.end());
  return { chunks, expected };
}

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("text" as const), text: fc.string({ unit: "grapheme", maxLength: 40 }) }),
  fc.record({ kind: fc.constant("text" as const), text: fc.string({ unit: "binary", maxLength: 70_000 }) }),
  fc.record({ kind: fc.constant("bytes" as const), text: fc.string({ unit: "grapheme", maxLength: 300 }) }),
  fc.record({ kind: fc.constant("int" as const), n: fc.oneof(fc.nat(), fc.integer(), fc.double()) }),
);

describe("Utf8Sink", () => {
  it("encodes ASCII, two-, three- and four-byte characters, short and long, as Node does", () => {
    const texts = ["a,b", "é", "漢字", "\u{1F600}", `${"x".repeat(30)}é${"\u{1F600}".repeat(10)}`];
    const { chunks } = run(texts.map((text) => ({ kind: "text", text })));
    expect(Buffer.concat(chunks).equals(Buffer.from(texts.join(""), "utf8"))).toBe(true);
  });

  it("writes a lone surrogate as U+FFFD (EF BF BD), short or long, like every encoder of the platform", () => {
    for (const text of ["a\uD800b", `${"y".repeat(40)}\uDC00`]) {
      expect(Buffer.concat(run([{ kind: "text", text }]).chunks).equals(Buffer.from(text, "utf8"))).toBe(
        true,
      );
    }
  });

  it("writes integers in decimal digits: 0, 7, 10, 2^53 − 1, and others as String() does", () => {
    const ns = [0, 7, 10, 1234567890, Number.MAX_SAFE_INTEGER, -3, 2.5, 2 ** 60];
    const { chunks } = run(ns.map((n) => ({ kind: "int", n })));
    expect(new TextDecoder().decode(Buffer.concat(chunks))).toBe(ns.map(String).join(""));
  });

  it("makes chunks of at most a megabyte, each whole UTF-8, and a piece larger than a chunk whole", () => {
    const rows = Math.ceil((1.5 * UTF8_CHUNK_BYTES) / 5); // 5 bytes a row: one and a half chunks
    const three = "漢".repeat(UTF8_CHUNK_BYTES / 2); // 3 bytes a character: larger than a chunk
    const { chunks } = run([
      ...Array.from({ length: rows }, (): Op => ({ kind: "text", text: "é,1\n" })),
      { kind: "text", text: three },
    ]);
    expect(chunks.length).toBe(3);
    for (const c of chunks.slice(0, -1)) expect(c.byteLength).toBeLessThanOrEqual(UTF8_CHUNK_BYTES);
    const decoder = new TextDecoder("utf-8", { fatal: true });
    expect(chunks.map((c) => decoder.decode(c)).join("")).toBe(`${"é,1\n".repeat(rows)}${three}`);
  });

  it("equals the UTF-8 of the text joined, every chunk decoding alone (property: any text, bytes, integers)", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), (ops) => {
        const { chunks, expected } = run(ops);
        expect(Buffer.concat(chunks).equals(Buffer.from(expected, "utf8"))).toBe(true);
        // Each chunk holds whole characters: decoded one by one, they give the same text.
        const whole = new TextDecoder().decode(Buffer.concat(chunks));
        expect(chunks.map((c) => new TextDecoder().decode(c)).join("")).toBe(whole);
      }),
      { numRuns: 200 },
    );
  });

  it("starts a new chunk when bytes would overflow the current one by a single byte", () => {
    // 7-byte pieces: 2^20 = 149,796 × 7 + 4, so the next piece overflows the first chunk by 3 bytes.
    const fit = Math.floor(UTF8_CHUNK_BYTES / 7);
    const { chunks } = run(Array.from({ length: fit + 10 }, (): Op => ({ kind: "bytes", text: "abcdef\n" })));
    expect(chunks[0]?.byteLength).toBe(fit * 7);
    expect(Buffer.concat(chunks).toString("utf8")).toBe("abcdef\n".repeat(fit + 10));
  });

  it("never writes a chunk again once handed over", () => {
    const sink = new Utf8Sink();
    sink.text("first");
    const [first] = sink.end();
    sink.text("second");
    sink.end();
    expect(new TextDecoder().decode(first)).toBe("first");
  });
});

describe("textPieces", () => {
  it("decodes bytes, keeps a character split between two byte pieces whole, passes text through", () => {
    const face = utf8Bytes("\u{1F600}");
    const pieces: OutputPiece[] = ["a", face.subarray(0, 2), face.subarray(2), "b", utf8Bytes("é")];
    expect([...textPieces(pieces)].join("")).toBe("a\u{1F600}bé");
  });

  it("flushes bytes cut inside a character before text that follows them (U+FFFD, as a decoder does)", () => {
    const face = utf8Bytes("\u{1F600}");
    expect([...textPieces([face.subarray(0, 2), "x"])].join("")).toBe("\uFFFDx");
  });
});
