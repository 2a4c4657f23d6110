/**
 * Verifying a manifest from its files: re-reads the framework, method and assessment file it names,
 * hashes them, scores again with the recorded options, and compares with the published canonical scores
 * (the judgement itself is the core's `verifyRun`; this module only gathers what it needs from disk).
 */
import { readFile } from "node:fs/promises";
import { dirname, join, normalize, resolve, sep } from "node:path";
import { documentDigest, readOptionsOf } from "../audit/create-manifest.js";
import type { Manifest, ManifestSource } from "../audit/manifest.js";
import { type Verification, verifyRun } from "../audit/verification.js";
import { isP10Error, P10Error, type P10Issue } from "../errors.js";
import type { Framework } from "../framework/framework.js";
import { frameworks } from "../framework/registry.js";
import { methods } from "../method/registry.js";
import type { Method } from "../method/schema.js";
import { score } from "../score/engine.js";
import { hashFile } from "./file-hash.js";
import { readFramework } from "./framework-file.js";
import { fileReadError } from "./json-file.js";
import { readManifest } from "./manifest-file.js";
import { readMethod } from "./method-file.js";
import { readAssessments } from "./read-assessments.js";

/** Options of {@link verifyManifest}. */
export interface VerifyManifestOptions {
  /** The directory a relative manifest path is resolved from; default `process.cwd()`. */
  readonly cwd?: string;
}

/**
 * Re-reads everything a manifest names, scores again and compares. It never throws for a difference:
 * judge the result with `verificationStatus`, `verificationIssues` or `assertVerified`.
 *
 * @param path - the manifest file.
 * @param options - `cwd` (see {@link VerifyManifestOptions}).
 * @returns the verification: every digest recorded and found now, and the score differences.
 * @throws P10Error `P10_FILE_READ` / `P10_JSON_SYNTAX` / `P10_MANIFEST_INVALID` for an unreadable
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
 * verificationStatus(await verifyManifest(written.manifestPath)); // "verified"
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
    normalize(join(dirname(path), name))
      .split(sep)
      .join("/");
  const framework = await loadSource(manifest.framework.source, "framework", folder, shown);
  const method = await loadSource(manifest.method.source, "method", folder, shown);
  const input = manifest.inputs[0] as Manifest["inputs"][number];
  const inputFile = shown(input.name);
  const inputPath = resolve(folder, input.name);
  const inputDigest = await namedAs(inputPath, inputFile, () => hashFile(inputPath));
  const methodFile = "file" in manifest.method.source ? shown(manifest.method.source.file) : undefined;
  let recomputed: ReturnType<typeof score>;
  let rows: number;
  try {
    const parsed = await readAssessments(inputPath, framework, {
      ...readOptionsOf(manifest.options),
      file: inputFile,
    });
    rows = parsed.accounting.read;
    recomputed = score(parsed.dataset, framework, method, methodFile === undefined ? {} : { methodFile });
  } catch (e) {
    if (!isP10Error(e)) throw e;
    const hash: P10Issue[] =
      inputDigest === input.sha256
        ? []
        : [
            {
              code: "P10_VERIFY_INPUT",
              severity: "error",
              file: inputFile,
              message: `input ${inputFile} changed (sha256 ${input.sha256} → ${inputDigest})`,
            },
          ];
    throw new P10Error(
      "P10_VERIFY_MISMATCH",
      `not verified: the inputs cannot be scored again: ${e.message}`,
      [...hash, ...e.issues],
    );
  }
  const publishedFile = shown(manifest.output.file);
  return verifyRun({
    manifest,
    frameworkDigest: documentDigest(framework.document),
    methodDigest: documentDigest(method),
    inputs: [{ file: inputFile, sha256: inputDigest, rows }],
    published: await readOptional(resolve(folder, manifest.output.file), publishedFile),
    publishedFile,
    recomputed,
  });
}

async function loadSource(
  source: ManifestSource,
  kind: "framework",
  folder: string,
  shown: (name: string) => string,
): Promise<Framework>;
async function loadSource(
  source: ManifestSource,
  kind: "method",
  folder: string,
  shown: (name: string) => string,
): Promise<Method>;
async function loadSource(
  source: ManifestSource,
  kind: "framework" | "method",
  folder: string,
  shown: (name: string) => string,
): Promise<Framework | Method> {
  if ("file" in source) {
    const path = resolve(folder, source.file);
    const read = (): Promise<Framework | Method> =>
      kind === "framework" ? readFramework(path) : readMethod(path);
    return namedAs(path, shown(source.file), read);
  }
  const registry = kind === "framework" ? frameworks : methods;
  if (!registry.has(source.bundled)) {
    throw new P10Error(
      "P10_VERIFY_SOURCE",
      `the manifest names the bundled ${kind} ${source.bundled}, which this version of principle10 does not bundle (bundled: ${registry
        .list()
        .map((d) => d.id)
        .join(", ")})`,
    );
  }
  return registry.get(source.bundled);
}

/** A file's text, or `null` when it does not exist. */
async function readOptional(path: string, shown: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw fileReadError(shown, e);
  }
}

/** Runs a file operation whose errors name `path`, renaming it `shown` (as the manifest names it). */
async function namedAs<T>(path: string, shown: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!isP10Error(e)) throw e;
    throw new P10Error(
      e.code,
      e.message.split(path).join(shown),
      e.issues.map((i) => (i.file === path ? { ...i, file: shown } : i)),
    );
  }
}
