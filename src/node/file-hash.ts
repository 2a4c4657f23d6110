/**
 * The SHA-256 of a file's bytes, read in chunks so that a large assessment file is never held whole, with
 * Node's native hash: the digest of the core's `createSha256` (@noble/hashes) and of `sha256sum`, several
 * times faster on the hundreds of megabytes of a large set's published scores.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { fileReadError } from "./json-file.js";

/**
 * Hashes a file's bytes with SHA-256.
 *
 * @param path - the file's path.
 * @returns 64 lowercase hex digits.
 * @throws P10Error `P10_FILE_READ` naming the file when it cannot be read.
 * @example
 * ```ts
 * import { hashFile } from "principle10/node";
 * (await hashFile("seeds/edi-2015-sample.csv")).length; // 64
 * ```
 */
export async function hashFile(path: string): Promise<string> {
  const hasher = createHash("sha256");
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      hasher.update(chunk as Uint8Array);
    }
  } catch (e) {
    throw fileReadError(path, e);
  }
  return hasher.digest("hex");
}

/**
 * The SHA-256 of text given in pieces (UTF-8), with Node's native hash: the digest of the core's
 * `canonicalScoresSha256`, several times faster on the hundreds of megabytes of a large set's canonical
 * scores.
 *
 * @param chunks - the pieces of text.
 * @returns 64 lowercase hex digits.
 * @example
 * ```ts
 * import { sha256OfChunks } from "principle10/node";
 * sha256OfChunks(["a", "bc"]); // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 * ```
 */
export function sha256OfChunks(chunks: Iterable<string>): string {
  const hash = createHash("sha256");
  for (const chunk of chunks) hash.update(chunk, "utf8");
  return hash.digest("hex");
}
