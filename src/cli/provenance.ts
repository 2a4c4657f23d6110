/**
 * The provenance of a run, as a manifest (framework, method and input digests, the canonical scores'
 * digest), for the outputs that carry it: the HTML report, the spreadsheet's provenance sheet and the data
 * package. One place, so that all three state the same digests for the same run.
 */
import { canonicalScoreChunks } from "../audit/canonical-scores.js";
import { manifestWithDigest } from "../audit/create-manifest.js";
import type { Manifest, ManifestSource } from "../audit/manifest.js";
import { DEFAULT_FRAMEWORK_ID, frameworks } from "../framework/registry.js";
import { methods } from "../method/registry.js";
import { sha256OfChunks } from "../node/file-hash.js";
import type { ScoreSet } from "../score/types.js";
import { inputDigest, inputName } from "./assessment-input.js";
import { type CommandIO, stringOption } from "./command.js";

/** Where a framework or method named on the command line came from. */
function sourceOf(id: string, registry: { has(id: string): boolean }): ManifestSource {
  return registry.has(id) ? { bundled: id } : { file: id };
}

/**
 * The manifest of a run that read `file` and produced `scoreSet`.
 * @param values - the parsed options (`-f`, `-m`).
 * @param file - the assessment file argument (`-` for standard input, already read).
 * @param rows - the data rows read.
 * @param scoreSet - the scores.
 * @param io - the command's I/O.
 * @param scoresFile - the name the canonical scores are recorded under.
 * @returns the manifest.
 */
export async function runManifest(
  values: Record<string, unknown>,
  file: string,
  rows: number,
  scoreSet: ScoreSet,
  io: CommandIO,
  scoresFile: string,
): Promise<Manifest> {
  // The canonical scores are hashed as they are written out, piece by piece, never held whole.
  return manifestWithDigest(
    {
      scoreSet,
      frameworkSource: sourceOf(stringOption(values, "framework") ?? DEFAULT_FRAMEWORK_ID, frameworks),
      methodSource: sourceOf(stringOption(values, "method") ?? scoreSet.method.id, methods),
      input: { name: inputName(file), sha256: await inputDigest(file, io), rows },
      scoresFile,
    },
    sha256OfChunks(canonicalScoreChunks(scoreSet)),
  );
}

/**
 * The manifest as label–value pairs, for a sheet or a table people read.
 * @param m - the manifest.
 * @returns the pairs, in a fixed order.
 */
export function provenancePairs(m: Manifest): [string, string][] {
  const input = m.inputs[0];
  return [
    ["library", `${m.library.name} ${m.library.version}`],
    ["framework", `${m.framework.id} ${m.framework.version}`],
    ["framework sha256", m.framework.sha256],
    ["method", `${m.method.id} ${m.method.version}`],
    ["method sha256", m.method.sha256],
    ["assessments", input?.name ?? ""],
    ["assessments sha256", input?.sha256 ?? ""],
    ["assessment rows", String(input?.rows ?? "")],
    ["canonical scores sha256", m.output.sha256],
    ["units scored", String(m.output.units)],
  ];
}
