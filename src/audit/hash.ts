/**
 * SHA-256 digests of inputs and outputs, from @noble/hashes (audited, platform-free): the same digest in
 * Node and in browsers, with no dependence on `node:crypto` or WebCrypto's asynchronous API.
 */
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

/**
 * The SHA-256 of text (encoded as UTF-8) or bytes, as lowercase hex.
 *
 * @param input - a string or bytes.
 * @returns 64 hex digits.
 * @example
 * ```ts
 * import { sha256Hex } from "principle10/advanced";
 * sha256Hex("abc"); // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" (FIPS 180-2, B.1)
 * ```
 */
export function sha256Hex(input: string | Uint8Array): string {
  return bytesToHex(sha256(typeof input === "string" ? utf8ToBytes(input) : input));
}

/** An incremental SHA-256: feed bytes in pieces (e.g. a file read in chunks), then read the digest once. */
export interface Sha256Hasher {
  /** Adds bytes to the digest; returns the hasher for chaining. */
  update(bytes: Uint8Array): Sha256Hasher;
  /** The digest of everything added, as 64 lowercase hex digits (call once). */
  hex(): string;
}

/**
 * Starts an incremental SHA-256, for inputs too large to hold whole (the digest equals {@link sha256Hex}
 * of the concatenated bytes).
 *
 * @returns a fresh hasher.
 * @example
 * ```ts
 * import { createSha256, sha256Hex } from "principle10/advanced";
 * const h = createSha256().update(new TextEncoder().encode("a")).update(new TextEncoder().encode("bc"));
 * h.hex() === sha256Hex("abc"); // true
 * ```
 */
export function createSha256(): Sha256Hasher {
  const state = sha256.create();
  const hasher: Sha256Hasher = {
    update(bytes) {
      state.update(bytes);
      return hasher;
    },
    hex: () => bytesToHex(state.digest()),
  };
  return hasher;
}
