/**
 * Building a manifest from a scoring run, without touching files: the digests of the framework and method
 * documents, the canonical scores and their digest. File access (hashing input bytes, writing the two
 * files) lives in `principle10/node` (`saveManifest`).
 */
import type { AssessmentReadOptions } from "../assessment/reader.js";
import type { ScoreSet } from "../score/types.js";
import { VERSION } from "../version.js";
import { type CanonicalValue, canonicalJson } from "./canonical-json.js";
import { CANONICAL_SCORES_FORMAT, canonicalScoreSet } from "./canonical-scores.js";
import { sha256Hex } from "./hash.js";
import { MANIFEST_FORMAT, type Manifest, type ManifestOptions, type ManifestSource } from "./manifest.js";
import { checkArgKind, checkKind, checkObject, invalidArgument } from "../arguments.js";

/**
 * The SHA-256 of a framework or method document: of the canonical JSON of the document as parsed
 * (defaults applied), without its `$schema` key (an editor hint, not content). Reformatting a file or
 * reordering its keys keeps the digest; changing any value changes it.
 *
 * @param document - a parsed framework document (`framework.document`) or method.
 * @returns 64 hex digits.
 * @throws P10Error `P10_CANONICAL_NUMBER` if the document holds a number that is not a safe integer
 *   (parsed frameworks and methods never do).
 * @example
 * ```ts
 * import { methods } from "principle10";
 * import { documentDigest } from "principle10/advanced";
 * documentDigest(methods.get("edi-2015")).length; // 64
 * ```
 */
export function documentDigest(document: object): string {
  const { $schema: _, ...content } = document as Record<string, unknown>;
  return sha256Hex(canonicalJson(content as CanonicalValue));
}

/**
 * The manifest form of reading options, defaults written out (`auto`, `false`, `null`), so that a
 * manifest states every choice (including `combine`, how several assessors per cell were combined).
 *
 * @param options - the options given to the assessment reader (`file` and `maxIssues` do not affect
 *   results and are not recorded).
 * @returns the recorded options.
 * @example
 * ```ts
 * import { manifestOptions } from "./create-manifest.js";
 * manifestOptions({ delimiter: ";" });
 * // { delimiter: ";", format: "auto", allowExtra: false, assessor: null, combine: null }
 * ```
 */
export function manifestOptions(options: AssessmentReadOptions = {}): ManifestOptions {
  return {
    delimiter: options.delimiter ?? "auto",
    format: options.format ?? "auto",
    allowExtra: options.allowExtra ?? false,
    assessor: options.assessor ?? null,
    combine: options.combine ?? null,
  };
}

/**
 * The reader options a manifest records, back in the reader's form.
 *
 * @param options - a manifest's options.
 * @returns options for `parseAssessments` / `readAssessments`.
 * @example
 * ```ts
 * import { readOptionsOf } from "./create-manifest.js";
 * readOptionsOf({ delimiter: "auto", format: "auto", allowExtra: false, assessor: null, combine: "median" });
 * // { combine: "median" }
 * ```
 */
export function readOptionsOf(options: ManifestOptions): AssessmentReadOptions {
  return {
    ...(options.delimiter === "auto" ? {} : { delimiter: options.delimiter }),
    ...(options.format === "auto" ? {} : { format: options.format }),
    ...(options.allowExtra ? { allowExtra: true } : {}),
    ...(options.assessor === null ? {} : { assessor: options.assessor }),
    ...(options.combine === null || options.combine === undefined ? {} : { combine: options.combine }),
  };
}

/** What {@link createManifest} needs besides the scores. */
export interface ManifestInput {
  /** The scores to publish. */
  readonly scoreSet: ScoreSet;
  /** Where the framework came from (a bundled id, or a file path relative to the manifest's folder). */
  readonly frameworkSource: ManifestSource;
  /** Where the method came from. */
  readonly methodSource: ManifestSource;
  /** The assessment file: name relative to the manifest's folder, SHA-256 of its bytes, rows read. */
  readonly input: { readonly name: string; readonly sha256: string; readonly rows: number };
  /** The reading options (see {@link manifestOptions}); default: all defaults. */
  readonly options?: AssessmentReadOptions;
  /** The canonical scores' file name, relative to the manifest's folder. */
  readonly scoresFile: string;
}

/** A manifest and the canonical scores it vouches for. */
export interface ManifestRecord {
  readonly manifest: Manifest;
  /** The canonical scores text, to store byte for byte in `manifest.output.file`. */
  readonly scores: string;
}

/**
 * Builds the manifest of a scoring run and the canonical scores it hashes.
 *
 * @param input - the scores, the sources, the input file's digest and the options.
 * @returns the manifest and the canonical scores text.
 * @throws P10Error `P10_CANONICAL_NUMBER` only for a corrupted framework or method document.
 * @example
 * ```ts
 * import { createManifest, frameworks, methods, score } from "principle10";
 * import { createDataset, sha256Hex } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const csv = "entity,period,indicator,response\nAA,2024,1.1,3\n";
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * const { manifest, scores } = createManifest({
 *   scoreSet: set,
 *   frameworkSource: { bundled: "edi-2015" },
 *   methodSource: { bundled: "edi-2015" },
 *   input: { name: "answers.csv", sha256: sha256Hex(csv), rows: 1 },
 *   scoresFile: "manifest.scores.json",
 * });
 * manifest.output.sha256 === sha256Hex(scores); // true
 * ```
 */
export function createManifest(input: ManifestInput): ManifestRecord {
  checkObject("input", input);
  checkArgKind("input.scoreSet", input.scoreSet, "scoreSet");
  checkObject("input.frameworkSource", input.frameworkSource, "a source: { bundled: id } or { file: path }");
  checkObject("input.methodSource", input.methodSource, "a source: { bundled: id } or { file: path }");
  checkKind("input.input", input.input, "the input file: { name, sha256, rows }", ["name", "sha256", "rows"]);
  if (typeof input.scoresFile !== "string")
    throw invalidArgument("input.scoresFile", "a file name", input.scoresFile);
  const scores = canonicalScoreSet(input.scoreSet);
  return { manifest: manifestWithDigest(input, sha256Hex(scores)), scores };
}

/**
 * Builds the manifest of a scoring run whose canonical scores were hashed elsewhere (written in pieces,
 * see `canonicalScoreChunks` and `canonicalScoresSha256`), so the whole text is never held.
 *
 * @param input - the scores, the sources, the input file's digest and the options.
 * @param scoresSha256 - the SHA-256 of the canonical scores.
 * @returns the manifest.
 */
export function manifestWithDigest(input: ManifestInput, scoresSha256: string): Manifest {
  const { scoreSet } = input;
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    library: { name: "principle10", version: VERSION },
    framework: {
      id: scoreSet.framework.id,
      version: scoreSet.framework.version,
      sha256: documentDigest(scoreSet.framework.document),
      source: input.frameworkSource,
    },
    method: {
      id: scoreSet.method.id,
      version: scoreSet.method.version,
      sha256: documentDigest(scoreSet.method),
      source: input.methodSource,
    },
    inputs: [{ role: "assessments", ...input.input }],
    options: manifestOptions(input.options),
    ...(scoreSet.imputation === undefined
      ? {}
      : { imputation: { rule: scoreSet.imputation.rule, imputed: scoreSet.imputation.cells.length } }),
    output: {
      format: CANONICAL_SCORES_FORMAT,
      file: input.scoresFile,
      sha256: scoresSha256,
      units: scoreSet.units.length,
    },
  };
  return manifest;
}

/**
 * Writes a manifest as readable JSON (2-space indent, keys in the schema's order, final newline). The
 * manifest is not itself hashed; everything it vouches for is, by the digests it holds.
 *
 * @param manifest - the manifest.
 * @returns the file text.
 * @example
 * ```ts
 * import { createManifest, frameworks, methods, score } from "principle10";
 * import { createDataset, manifestText, sha256Hex } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const { manifest } = createManifest({
 *   scoreSet: score(createDataset(edi, []), edi, methods.get("edi-2015")),
 *   frameworkSource: { bundled: "edi-2015" },
 *   methodSource: { bundled: "edi-2015" },
 *   input: { name: "answers.csv", sha256: sha256Hex(""), rows: 0 },
 *   scoresFile: "manifest.scores.json",
 * });
 * manifestText(manifest).startsWith('{\n  "format": "principle10-manifest/1"'); // true
 * ```
 */
export function manifestText(manifest: Manifest): string {
  const { $schema, ...rest } = manifest;
  return `${JSON.stringify($schema === undefined ? rest : { $schema, ...rest }, null, 2)}\n`;
}
