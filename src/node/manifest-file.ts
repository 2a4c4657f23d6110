/**
 * Writing and reading manifest files: `saveManifest` hashes the assessment file, records where the
 * framework and method came from (bundled id, or a path relative to the manifest), and writes the manifest
 * next to its canonical scores (`<name>.scores.json`); `readManifest` reads one back, validated.
 */
import { createHash } from "node:crypto";
import { basename, dirname, relative, resolve, sep } from "node:path";
import type { AssessmentReadOptions } from "../assessment/reader.js";
import { canonicalScoreChunks } from "../audit/canonical-scores.js";
import { documentDigest, manifestText, manifestWithDigest } from "../audit/create-manifest.js";
import { type Manifest, type ManifestSource, parseManifest } from "../audit/manifest.js";
import { P10Error } from "../errors.js";
import { frameworks } from "../framework/registry.js";
import { methods } from "../method/registry.js";
import type { ScoreSet } from "../score/types.js";
import { OutputBatch } from "./atomic-write.js";
import { hashFile } from "./file-hash.js";
import { readJsonFile } from "./json-file.js";

/** What {@link saveManifest} records: the scores and how they were made. */
export interface ManifestSubject {
  /** The scores to publish. */
  readonly scoreSet: ScoreSet;
  /** The framework as it was named: a bundled id, or a path to its JSON file. */
  readonly framework: string;
  /** The method as it was named; `undefined` when the framework's bundled method was used. */
  readonly method?: string | undefined;
  /** The assessment file's path. */
  readonly assessments: string;
  /** Data rows read from it (`accounting.read` of the reader's result). */
  readonly rows: number;
  /** The case register the run read (its path and data rows), when it used one: hashed like the input. */
  readonly cases?: { readonly file: string; readonly rows: number } | undefined;
  /** The reading options used (delimiter, format, allowExtra, assessor). */
  readonly options?: AssessmentReadOptions;
  /** The directory relative paths are resolved from; default `process.cwd()`. */
  readonly cwd?: string;
}

/** What {@link saveManifest} wrote. */
export interface WrittenManifest {
  readonly manifest: Manifest;
  /** The manifest file's absolute path. */
  readonly manifestPath: string;
  /** The canonical scores file's absolute path. */
  readonly scoresPath: string;
}

/**
 * The name of the canonical scores file that goes with a manifest: `run.json` → `run.scores.json`.
 *
 * @param manifestPath - the manifest's path.
 * @returns the sibling file's base name.
 * @example
 * ```ts
 * import { scoresFileName } from "principle10/node";
 * scoresFileName("out/manifest.json"); // "manifest.scores.json"
 * ```
 */
export function scoresFileName(manifestPath: string): string {
  return `${basename(manifestPath).replace(/\.json$/i, "")}.scores.json`;
}

/** A path relative to a folder, written with `/` on every platform. */
function relativeTo(folder: string, path: string): string {
  return relative(folder, path).split(sep).join("/");
}

/**
 * Writes a manifest and, next to it, the canonical scores it hashes. Nothing written depends on the
 * clock: the same run writes the same two files.
 *
 * @param path - the manifest file to write (its folder must exist).
 * @param subject - the scores, how the framework and method were named, the assessment file and options.
 * @returns the manifest and both paths.
 * @throws P10Error `P10_FILE_READ` when the assessment file cannot be hashed; `P10_MANIFEST_SOURCE` when a
 *   bundled id names a document other than the one scored; `P10_FILE_WRITE` when a file cannot be written.
 * @example
 * ```ts
 * import { mkdtemp } from "node:fs/promises";
 * import { tmpdir } from "node:os";
 * import { basename, join } from "node:path";
 * import { frameworks, methods, score } from "principle10";
 * import { readAssessments, saveManifest } from "principle10/node";
 * const edi = frameworks.get("edi-2015");
 * const read = await readAssessments("seeds/edi-2015-sample.csv", edi);
 * const written = await saveManifest(join(await mkdtemp(join(tmpdir(), "p10-")), "manifest.json"), {
 *   scoreSet: score(read.dataset, edi, methods.get("edi-2015")),
 *   framework: "edi-2015", assessments: "seeds/edi-2015-sample.csv", rows: read.accounting.read,
 * });
 * basename(written.scoresPath); // "manifest.scores.json"
 * written.manifest.output.sha256.length; // 64
 * ```
 */
export async function saveManifest(path: string, subject: ManifestSubject): Promise<WrittenManifest> {
  let written: WrittenManifest | undefined;
  await new OutputBatch().run(async (batch) => {
    written = await stageManifest(path, subject, batch);
  });
  return written as WrittenManifest;
}

/**
 * Stages what {@link saveManifest} writes in a batch, for a command that commits all its outputs together:
 * the canonical scores first, written in pieces and hashed as they go (never held whole), then the manifest
 * that records their digest.
 *
 * @param path - the manifest file.
 * @param subject - as for {@link saveManifest}.
 * @param batch - the run's outputs; nothing is in place until it commits.
 * @returns the manifest and its paths.
 */
export async function stageManifest(
  path: string,
  subject: ManifestSubject,
  batch: OutputBatch,
): Promise<WrittenManifest> {
  const cwd = subject.cwd ?? process.cwd();
  const manifestPath = resolve(cwd, path);
  const folder = dirname(manifestPath);
  const { scoreSet } = subject;
  const source = (named: string, bundled: boolean): ManifestSource =>
    bundled ? { bundled: named } : { file: relativeTo(folder, resolve(cwd, named)) };
  const frameworkBundled = frameworks.has(subject.framework);
  if (frameworkBundled) {
    checkBundled(
      "framework",
      subject.framework,
      frameworks.get(subject.framework).document,
      scoreSet.framework.document,
    );
  }
  const methodName = subject.method ?? scoreSet.method.id;
  const methodBundled = subject.method === undefined || methods.has(subject.method);
  if (methodBundled)
    checkBundled(
      "method",
      methodName,
      methods.has(methodName) ? methods.get(methodName) : null,
      scoreSet.method,
    );
  const scoresFile = scoresFileName(manifestPath);
  const scoresPath = resolve(folder, scoresFile);
  const inputSha256 = await hashFile(resolve(cwd, subject.assessments));
  const hasher = createHash("sha256");
  function* hashed(): Generator<string> {
    for (const chunk of canonicalScoreChunks(scoreSet)) {
      hasher.update(chunk, "utf8");
      yield chunk;
    }
  }
  await batch.stage(scoresPath, hashed(), path.replace(/[^/\\]*$/, scoresFile));
  const manifest = manifestWithDigest(
    {
      scoreSet,
      frameworkSource: source(subject.framework, frameworkBundled),
      methodSource: source(methodName, methodBundled),
      input: {
        name: relativeTo(folder, resolve(cwd, subject.assessments)),
        sha256: inputSha256,
        rows: subject.rows,
      },
      ...(subject.options === undefined ? {} : { options: subject.options }),
      scoresFile,
    },
    hasher.digest("hex"),
  );
  const register = subject.cases;
  const recorded: Manifest =
    register === undefined
      ? manifest
      : {
          ...manifest,
          inputs: [
            ...manifest.inputs,
            {
              role: "cases",
              name: relativeTo(folder, resolve(cwd, register.file)),
              sha256: await hashFile(resolve(cwd, register.file)),
              rows: register.rows,
            },
          ],
        };
  await batch.stage(manifestPath, manifestText(recorded), path);
  return { manifest: recorded, manifestPath, scoresPath };
}

/** Refuses a bundled source whose document is not the one scored (the manifest would not reproduce it). */
function checkBundled(kind: "framework" | "method", id: string, bundled: object | null, used: object): void {
  if (bundled !== null && documentDigest(bundled) === documentDigest(used)) return;
  throw new P10Error(
    "P10_MANIFEST_SOURCE",
    bundled === null
      ? `the ${kind} scored (${id}) is not bundled with principle10: name its JSON file`
      : `the ${kind} scored is not the bundled ${kind} ${id} (its document differs): name its JSON file instead`,
  );
}

/**
 * Reads and validates a manifest file.
 *
 * @param path - the manifest's path (named in errors as given).
 * @param options - `cwd`: the directory a relative path is resolved from (default `process.cwd()`).
 * @returns the manifest.
 * @throws P10Error `P10_FILE_READ`, `P10_JSON_SYNTAX`, or `P10_MANIFEST_INVALID` with the JSON path of
 *   every problem.
 * @example
 * ```ts
 * import { mkdtemp } from "node:fs/promises";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { frameworks, methods, score } from "principle10";
 * import { readAssessments, readManifest, saveManifest } from "principle10/node";
 * const edi = frameworks.get("edi-2015");
 * const read = await readAssessments("seeds/edi-2015-sample.csv", edi);
 * const written = await saveManifest(join(await mkdtemp(join(tmpdir(), "p10-")), "manifest.json"), {
 *   scoreSet: score(read.dataset, edi, methods.get("edi-2015")),
 *   framework: "edi-2015", assessments: "seeds/edi-2015-sample.csv", rows: read.accounting.read,
 * });
 * const manifest = await readManifest(written.manifestPath);
 * manifest.output.sha256 === written.manifest.output.sha256; // true
 * ```
 */
export async function readManifest(path: string, options: { cwd?: string } = {}): Promise<Manifest> {
  const at = options.cwd === undefined ? path : resolve(options.cwd, path);
  return parseManifest(await readJsonFile(at), { file: path });
}
