// writeEncodedBatches (src/node/encoded-batches.ts): the bytes written equal the UTF-8 of the pieces joined,
// whatever the pieces' sizes, including pairs split between pieces and pieces larger than a batch; a
// batch's buffer is reused only after its write settled.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeEncodedBatches } from "../../src/node/encoded-batches.js";

/** Collects the batches, copied when their write settles later (as a file write does). */
async function written(
  pieces: Iterable<string> | AsyncIterable<string>,
): Promise<{ text: string; writes: number; bytes: Buffer }> {
  const parts: Buffer[] = [];
  let writes = 0;
  await writeEncodedBatches(pieces, async (bytes) => {
    writes++;
    await new Promise((done) => setTimeout(done, 0));
    parts.push(Buffer.from(bytes));
  });
  const bytes = Buffer.concat(parts);
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
    await expect(written([1 as unknown as string])).rejects.toThrow(/not a string/);
    const failing = writeEncodedBatches(["a".repeat(400_000), "b".repeat(400_000)], async () => {
      throw new Error("disk full");
    });
    await expect(failing).rejects.toThrow("disk full");
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
        async (pieces) => {
          const { bytes } = await written(pieces);
          expect(bytes.equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
