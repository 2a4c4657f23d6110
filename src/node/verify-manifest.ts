/**
 * Verifying a manifest from its files: re-reads the framework, method and assessment file it names,
 * hashes them, scores again with the recorded options, and compares with the published canonical scores
 * (the judgement itself is the core's `verifyRun`; this module only gathers what it needs from disk).
 */
import { createHash } from "node:crypto";
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { dirname, isAbsolute, join, normalize, resolve, sep } from "node:path";
import { canonicalScoreChunks } from "../audit/canonical-scores.js";
import { documentDigest, readOptionsOf } from "../audit/create-manifest.js";
import type { Manifest, ManifestSource } from "../audit/manifest.js";
import { type Verification, verifyRun } from "../audit/verification.js";
import { isP10Error, P10Error, type P10Issue } from "../errors.js";
import type { Framework } from "../framework/framework.js";
import { frameworks } from "../framework/registry.js";
import { methods } from "../method/registry.js";
import type { Method } from "../method/schema.js";
import { score } from "../score/engine.js";
import { quoteForMessage, shortForMessage } from "../base/text-safety.js";
import { type ConfinedFile, confinedFile } from "./confined-file.js";
import { hashFile, sha256OfChunks } from "./file-hash.js";
import { readFramework } from "./framework-file.js";
import { keptFrameworkFile } from "./kept-frameworks.js";
import { readTextFile } from "./json-file.js";
import { validateCaseRegister } from "../assessment/case-register.js";
import { fileReadError } from "./json-file.js";
import { readManifest } from "./manifest-file.js";
import { readMethod } from "./method-file.js";
import { readAssessments } from "./read-assessments.js";

/** Options of {@link verifyManifest}. */
export interface VerifyManifestOptions {
  /** The directory a relative manifest path is resolved from; default `process.cwd()`. */
  readonly cwd?: string;
  /**
   * Read files the manifest names outside its folder (absolute paths, `..`, symbolic links leading out);
   * default `false`: a manifest written by someone else cannot make the verifier read other files.
   */
  readonly allowOutside?: boolean;
}

/**
 * Re-reads everything a manifest names, scores again and compares. It never throws for a difference:
 * judge the result with `verificationStatus`, `verificationIssues` or `assertVerified`.
 *
 * @param path - the manifest file.
 * @param options - `cwd`, `allowOutside` (see {@link VerifyManifestOptions}).
 * @returns the verification: every digest recorded and found now, and the score differences.
 * Reads only what it should: every file the manifest names must be inside the manifest's folder (unless
 * `allowOutside`), a regular file (never a FIFO, device or directory; checked before opening), and no
 * larger than a limit derived from the manifest's records ({@link inputByteLimit}, {@link scoresByteLimit},
 * {@link MAX_DOCUMENT_BYTES}); problems in the files are reported by code and place, never quoting them.
 *
 * @throws P10Error `P10_VERIFY_PATH` for a named file outside the folder, not regular, or too large;
 *   `P10_FILE_READ` / `P10_JSON_SYNTAX` / `P10_MANIFEST_INVALID` for an unreadable
 *   manifest or framework or method file; `P10_VERIFY_SOURCE` when a bundled framework or method is not
 *   in this version; `P10_VERIFY_MISMATCH` when the inputs found now cannot be scored at all (their
 *   digests and the reader's or engine's issues are listed).
 * @example
 * ```ts
 * import { mkdtemp } from "node:fs/promises";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { frameworks, methods, score } from "principle10";
 * import { verificationStatus } from "principle10/advanced";
 * import { readAssessments, verifyManifest, saveManifest } from "principle10/node";
 * const edi = frameworks.get("edi-2015");
 * const read = await readAssessments("seeds/edi-2015-sample.csv", edi);
 * const written = await saveManifest(join(await mkdtemp(join(tmpdir(), "p10-")), "manifest.json"), {
 *   scoreSet: score(read.dataset, edi, methods.get("edi-2015")),
 *   framework: "edi-2015", assessments: "seeds/edi-2015-sample.csv", rows: read.accounting.read,
 * });
 * // The sample lies outside the temporary folder: read it only because this manifest is trusted.
 * verificationStatus(await verifyManifest(written.manifestPath, { allowOutside: true })); // "verified"
 * ```
 */
export async function verifyManifest(
  path: string,
  options: VerifyManifestOptions = {},
): Promise<Verification> {
  const cwd = options.cwd ?? process.cwd();
  const manifest = await readManifest(path, { cwd });
  const folder = dirname(resolve(cwd, path));
  /** A manifest-relative name as the user sees it (relative to the working directory when the manifest path is). */
  const shown = (name: string): string =>
    isAbsolute(name)
      ? name
      : normalize(join(dirname(path), name))
          .split(sep)
          .join("/");
  const check = async (name: string, at: string, what: string, maxBytes: number): Promise<ConfinedFile> => {
    const file = await confinedFile(
      folder,
      name,
      { file: path, path: at },
      {
        what,
        maxBytes,
        ...(options.allowOutside === true ? { allowOutside: true } : {}),
      },
    );
    if (file === null) throw fileReadError(shown(name), Object.assign(new Error(), { code: "ENOENT" }));
    return file;
  };
  const input = manifest.inputs[0] as Manifest["inputs"][number];
  // Check every named file before reading any of them.
  const frameworkFile =
    "file" in manifest.framework.source
      ? await check(manifest.framework.source.file, "framework.source.file", "framework", MAX_DOCUMENT_BYTES)
      : null;
  const methodFileChecked =
    "file" in manifest.method.source
      ? await check(manifest.method.source.file, "method.source.file", "method", MAX_DOCUMENT_BYTES)
      : null;
  const inputChecked = await check(input.name, "inputs[0].name", "input", inputByteLimit(input.rows));
  const registerInput = manifest.inputs[1];
  const registerChecked =
    registerInput === undefined
      ? null
      : await check(
          registerInput.name,
          "inputs[1].name",
          "case register",
          inputByteLimit(registerInput.rows),
        );
  const published = await confinedFile(
    folder,
    manifest.output.file,
    { file: path, path: "output.file" },
    {
      what: "published scores",
      maxBytes: scoresByteLimit(manifest.output.units),
      ...(options.allowOutside === true ? { allowOutside: true } : {}),
    },
  );
  const framework = await loadSource(manifest.framework.source, "framework", frameworkFile, shown);
  // A manifest written under an earlier version of a bundled framework is verified against the version it
  // names, which the package keeps as data/frameworks/<id>-<version>.json.
  const { source: frameworkSource, version: recordedVersion } = manifest.framework;
  const keptFile =
    "bundled" in frameworkSource && framework.version !== recordedVersion
      ? keptFrameworkFile(frameworkSource.bundled, recordedVersion)
      : undefined;
  const scoredUnder =
    keptFile === undefined
      ? framework
      : await readFramework(keptFile, { file: `data/frameworks/${framework.id}-${recordedVersion}.json` });
  const method = await loadSource(manifest.method.source, "method", methodFileChecked, shown);
  const inputFile = shown(input.name);
  const inputPath = inputChecked.realPath;
  const inputDigest = await withheld(inputFile, () => hashFile(inputPath));
  // The case register the run read: hashed like the input, and read again so that the case-level answers
  // combine as they did (a changed register is a changed input).
  const registerFile = registerInput === undefined ? undefined : shown(registerInput.name);
  const register =
    registerChecked === null || registerFile === undefined
      ? undefined
      : await withheld(registerFile, async () => {
          const text = await readTextFile(registerChecked.realPath, { file: registerFile });
          return {
            sha256: await hashFile(registerChecked.realPath),
            validation: validateCaseRegister(text, { file: registerFile }),
          };
        });
  const methodFile = "file" in manifest.method.source ? shown(manifest.method.source.file) : undefined;
  let recomputed: ReturnType<typeof score>;
  let rows: number;
  try {
    if (register !== undefined && register.validation.errorCount > 0) {
      throw new P10Error(
        "P10_CASE_REGISTER_INVALID",
        `${registerFile} has ${register.validation.errorCount} error(s)`,
        register.validation.issues,
      );
    }
    const parsed = await readAssessments(inputPath, scoredUnder, {
      ...readOptionsOf(manifest.options),
      file: inputFile,
      ...(register === undefined ? {} : { cases: register.validation.register }),
      ...(method.caseCombine === undefined ? {} : { caseCombine: method.caseCombine }),
    });
    rows = parsed.accounting.read;
    recomputed = score(parsed.dataset, scoredUnder, method, methodFile === undefined ? {} : { methodFile });
  } catch (e) {
    if (!isP10Error(e)) throw e;
    const changed = (file: string, was: string, now: string): P10Issue[] =>
      was === now
        ? []
        : [
            {
              code: "P10_VERIFY_INPUT",
              severity: "error",
              file,
              message: `input ${file} changed (sha256 ${was} → ${now})`,
            },
          ];
    const hash: P10Issue[] = [
      ...changed(inputFile, input.sha256, inputDigest),
      ...(registerInput === undefined || register === undefined || registerFile === undefined
        ? []
        : changed(registerFile, registerInput.sha256, register.sha256)),
    ];
    throw new P10Error(
      "P10_VERIFY_MISMATCH",
      `not verified: the inputs cannot be scored again (${e.code}); check ${inputFile} with p10 validate`,
      [...hash, ...withholdContent(e, inputFile).issues],
    );
  }
  const publishedFile = shown(manifest.output.file);
  // Both digests streamed with the platform's hash: neither text is held, and the published scores are read
  // only when they must be compared with the recomputed ones (a million answers' scores are ~270 MB).
  const digests = {
    published:
      published === null ? null : await hashBounded(published.realPath, publishedFile, published.size),
    recomputed: sha256OfChunks(canonicalScoreChunks(recomputed)),
  };
  const compare =
    digests.published === manifest.output.sha256 && digests.recomputed !== manifest.output.sha256;
  return verifyRun({
    manifest,
    frameworkDigest: documentDigest(scoredUnder.document),
    methodDigest: documentDigest(method),
    inputs: [
      { file: inputFile, sha256: inputDigest, rows },
      ...(register === undefined || registerFile === undefined
        ? []
        : [
            {
              file: registerFile,
              sha256: register.sha256,
              rows: register.validation.register.cases.length,
            },
          ]),
    ],
    published:
      published === null || !compare
        ? null
        : await readBounded(published.realPath, publishedFile, published.size),
    publishedFile,
    recomputed,
    digests,
  });
}

/** The largest framework or method file `verifyManifest` reads (16 MiB; the bundled ones are < 1 MiB). */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

/**
 * The largest assessment file `verifyManifest` reads for a manifest that records `rows` data rows:
 * 1 MiB plus 64 KiB per row (a row of six 10,000-character ids is 60 KB).
 */
export function inputByteLimit(rows: number): number {
  return 1024 * 1024 + rows * 64 * 1024;
}

/** The largest published scores file read for `units` units: 1 MiB plus 1 MiB per unit. */
export function scoresByteLimit(units: number): number {
  return 1024 * 1024 * (1 + units);
}

async function loadSource(
  source: ManifestSource,
  kind: "framework",
  checked: ConfinedFile | null,
  shown: (name: string) => string,
): Promise<Framework>;
async function loadSource(
  source: ManifestSource,
  kind: "method",
  checked: ConfinedFile | null,
  shown: (name: string) => string,
): Promise<Method>;
async function loadSource(
  source: ManifestSource,
  kind: "framework" | "method",
  checked: ConfinedFile | null,
  shown: (name: string) => string,
): Promise<Framework | Method> {
  if ("file" in source && checked !== null) {
    const file = shown(source.file);
    const read = (): Promise<Framework | Method> =>
      kind === "framework"
        ? readFramework(checked.realPath, { file })
        : readMethod(checked.realPath, { file });
    return withheld(file, read);
  }
  if (!("bundled" in source)) throw new Error("unreachable: a file source is checked first");
  const registry = kind === "framework" ? frameworks : methods;
  if (!registry.has(source.bundled)) {
    throw new P10Error(
      "P10_VERIFY_SOURCE",
      `the manifest names the bundled ${kind} ${quoteForMessage(source.bundled)}, which this version of principle10 does not bundle (bundled: ${registry
        .list()
        .map((d) => d.id)
        .join(", ")})`,
    );
  }
  return registry.get(source.bundled);
}

/** A checked file's text (at most `size` bytes: the size seen when it was checked). */
async function readBounded(path: string, shown: string, size: number): Promise<string> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } catch (e) {
    throw fileReadError(shown, e);
  } finally {
    await handle?.close();
  }
}

/**
 * The SHA-256 of a file's first `size` bytes (the size checked when the file was found), read a megabyte
 * at a time the way `readBounded` opens it: never blocking on something that is not a regular file, never
 * reading more than was checked.
 */
async function hashBounded(path: string, shown: string, size: number): Promise<string> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const hash = createHash("sha256");
    const buffer = Buffer.allocUnsafe(Math.min(size, 1 << 20));
    let at = 0;
    while (at < size) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, size - at), at);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      at += bytesRead;
    }
    return hash.digest("hex");
  } catch (e) {
    throw fileReadError(shown, e);
  } finally {
    await handle?.close();
  }
}

/**
 * Runs a read whose errors may quote the file (a JSON syntax error quotes the text around it, a reader
 * error the cell): keeps each issue's code and place, withholds its words. A manifest someone else wrote
 * must not turn the verifier into a way of printing files.
 */
async function withheld<T>(shown: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!isP10Error(e)) throw e;
    throw withholdContent(e, shown);
  }
}

function withholdContent(e: P10Error, shown: string): P10Error {
  const words = `details withheld (p10 verify does not quote the files it reads): check ${shown} with p10 validate`;
  return new P10Error(
    e.code,
    `cannot use ${shown} (${e.code}): ${words}`,
    e.issues.map((i) => ({
      code: i.code,
      severity: i.severity,
      file: shown,
      ...(i.line === undefined ? {} : { line: i.line }),
      ...(i.column === undefined ? {} : { column: i.column }),
      ...(i.path === undefined ? {} : { path: shortForMessage(i.path) }),
      message: words,
    })),
  );
}
