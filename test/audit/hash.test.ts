import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSha256, sha256Hex } from "../../src/audit/hash.js";

describe("sha256Hex", () => {
  // Reference digests: FIPS 180-2, appendix B.1 ("abc") and the empty message.
  it("matches the published test vectors", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("hashes text as UTF-8, the same as its bytes", () => {
    expect(sha256Hex("Escazú")).toBe(sha256Hex(new TextEncoder().encode("Escazú")));
  });
});

describe("createSha256", () => {
  it("matches the FIPS 180-2 vector fed in pieces", () => {
    const bytes = new TextEncoder().encode("abc");
    expect(createSha256().update(bytes.subarray(0, 1)).update(bytes.subarray(1)).hex()).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });

  it("property: any split of the bytes gives the one-shot digest", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.array(fc.nat(), { maxLength: 5 }), (bytes, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const hasher = createSha256();
        let from = 0;
        for (const p of [...points, bytes.length]) {
          hasher.update(bytes.subarray(from, p));
          from = p;
        }
        expect(hasher.hex()).toBe(sha256Hex(bytes));
      }),
    );
  });
});
