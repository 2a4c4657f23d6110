import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/audit/hash.js";

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
