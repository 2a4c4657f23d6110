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
 * import { sha256Hex } from "principle10";
 * sha256Hex("abc"); // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" (FIPS 180-2, B.1)
 * ```
 */
export function sha256Hex(input: string | Uint8Array): string {
  return bytesToHex(sha256(typeof input === "string" ? utf8ToBytes(input) : input));
}
