// writeEncodedBatches (src/node/encoded-batches.ts): the bytes written equal the UTF-8 of the pieces joined,
// whatever the pieces' sizes, including pairs split between pieces and pieces larger than a batch; a
// batch's buffer is reused only after its write settled.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OutputPiece } from "../../src/base/utf8-sink.js";
import { writeEncodedBatches } from "../../src/node/encoded-batches.js";

/**
 * Collects the writes, copied when they settle later and in an order of their own (as file writes do),
 * each put at the offset it was given; checks the writes leave no gap and do not overlap.
 */
async function written(
  pieces: Iterable<OutputPiece> | AsyncIterable<OutputPiece>,
): Promise<{ text: string; writes: number; bytes: Buffer }> {
  const parts: { at: number; bytes: Buffer }[] = [];
  let writes = 0;
  await writeEncodedBatches(pieces, async (bytes, at) => {
    writes++;
    // Later writes may settle first.
    await new Promise((done) => setTimeout(done, (7 * writes) % 5));
    parts.push({ at, bytes: Buffer.from(bytes) });
  });
  parts.sort((a, b) => a.at - b.at);
  let end = 0;
  for (const p of parts) {
    expect(p.at).toBe(end);
    end += p.bytes.length;
  }
  const bytes = Buffer.concat(parts.map((p) => p.bytes));
  return { text: bytes.toString("utf8"), writes, bytes };
}

describe("writeEncodedBatches", () => {
  it("writes a surrogate pair split between two pieces as one character (4 bytes, not two replacements)", async () => {
    const face = "\u{1F600}"; // 😀, two UTF-16 units
    const { text } = await written(["a", face[0] as string, face[1] as string, "b"]);
    expect(text).toBe(`a${face}b`);
    expect(Buffer.byteLength(text)).toBe(6);
  });

  it("gathers small pieces into few writes and writes a piece larger than a batch whole", async () => {
    const small = Array.from({ length: 10_000 }, (_, i) => `row ${i}\n`);
    const few = await written(small);
    expect(few.text).toBe(small.join(""));
    expect(few.writes).toBe(1); // 88,890 bytes: one batch
    const big = "é".repeat(600_000); // 1.2 MB of UTF-8: more than a batch
    const mixed = await written(["start,", big, ",end"]);
    expect(mixed.text).toBe(`start,${big},end`);
  });

  it("writes nothing for no pieces or empty ones, and takes async pieces", async () => {
    expect(await written([])).toMatchObject({ text: "", writes: 0 });
    expect(await written(["", ""])).toMatchObject({ text: "", writes: 0 });
    async function* pieces(): AsyncGenerator<string> {
      yield "x";
      yield "y";
    }
    expect((await written(pieces())).text).toBe("xy");
  });

  it("rejects a piece that is not a string, and surfaces a failed write", async () => {
    await expect(written([1 as unknown as string])).rejects.toThrow(/neither text nor bytes/);
    const failing = writeEncodedBatches(["a".repeat(400_000), "b".repeat(400_000)], async () => {
      throw new Error("disk full");
    });
    await expect(failing).rejects.toThrow("disk full");
  });

  it("takes byte pieces: small ones copied into the batch, large ones written as they are, in order", async () => {
    const small = Buffer.from("é,1\n");
    const large = new Uint8Array(200_000).fill(0x41);
    const { bytes, writes } = await written(["head\n", small, large, "tail😀", small]);
    expect(
      bytes.equals(Buffer.concat([Buffer.from("head\n"), small, large, Buffer.from("tail😀"), small])),
    ).toBe(true);
    expect(writes).toBe(3); // the batch before the large piece, the large piece, the batch after it
  });

  it("keeps at most four writes in flight, and surfaces a failed one after the others settled", async () => {
    let inFlight = 0;
    let most = 0;
    let settled = 0;
    const big = Array.from({ length: 12 }, () => new Uint8Array(100_000));
    await writeEncodedBatches(big, async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((done) => setTimeout(done, 2));
      inFlight--;
    });
    expect(most).toBe(4);
    const failing = writeEncodedBatches(big, async (_, at) => {
      await new Promise((done) => setTimeout(done, at === 0 ? 1 : 5));
      settled++;
      if (at === 0) throw new Error("disk full");
    });
    await expect(failing).rejects.toThrow("disk full");
    expect(inFlight).toBe(0);
    expect(settled).toBeGreaterThan(1);
  });

  it("writes half a surrogate pair followed by bytes as U+FFFD", async () => {
    const { bytes } = await written(["a\uD83D", Buffer.from("b")]);
    expect(bytes.equals(Buffer.from("a\uFFFDb", "utf8"))).toBe(true);
  });

  it("equals the UTF-8 of the joined pieces (property: any text, any split)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary", maxLength: 300_000 })),
          {
            maxLength: 12,
          },
        ),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        async (pieces, asBytes) => {
          // Some pieces given as their UTF-8 bytes (a lone surrogate encodes to U+FFFD either way).
          const mixed = pieces.map((p, i): OutputPiece => (asBytes[i] ? Buffer.from(p, "utf8") : p));
          const { bytes } = await written(mixed);
          // Adjacent text pieces are one text (a pair split between them is whole); bytes stand alone.
          const parts: Buffer[] = [];
          let run = "";
          for (const p of mixed) {
            if (typeof p === "string") run += p;
            else {
              parts.push(Buffer.from(run, "utf8"), p as Buffer);
              run = "";
            }
          }
          const expected = Buffer.concat([...parts, Buffer.from(run, "utf8")]);
          expect(bytes.equals(expected)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
