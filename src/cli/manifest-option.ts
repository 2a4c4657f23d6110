/**
 * `p10 score --manifest FILE`: records how the scores were made (framework, method, the assessment file's
 * digest, the reader options) next to their canonical form, for `p10 verify`.
 */
import { DEFAULT_FRAMEWORK_ID } from "../framework/registry.js";
import type { OutputBatch } from "../node/atomic-write.js";
import { stageManifest } from "../node/manifest-file.js";
import type { ScoreSet } from "../score/types.js";
import { STDIN_ARGUMENT } from "./assessment-input.js";
import { type CommandIO, stringOption, UsageError } from "./command.js";
import { assessmentReadOptions, type ScoringInputs } from "./scoring-inputs.js";

/**
 * Refuses options a manifest cannot record yet, before anything is read, scored or written.
 * @param values - the parsed options of `p10 score`.
 * @param file - the assessment file argument (`-`, standard input, cannot be verified later).
 * @throws UsageError with `--crosswalk`, or with standard input.
 */
export function checkManifestOptions(values: Record<string, unknown>, file?: string): void {
  if (file === STDIN_ARGUMENT) {
    throw new UsageError("--manifest needs the assessments in a file that p10 verify can read again, not -");
  }
  if (values.crosswalk !== undefined) {
    throw new UsageError(
      "--manifest cannot record --crosswalk yet: score the mapped file, or leave out --manifest",
    );
  }
}

/**
 * Stages the manifest of a `p10 score` run (and its canonical scores) in the run's batch of outputs;
 * returns the line to print on stderr once the batch is committed.
 * @param path - the `--manifest` file.
 * @param values - the parsed options (the same ones the inputs were loaded with).
 * @param inputs - the loaded inputs.
 * @param scoreSet - the scores computed from them.
 * @param io - the command's I/O.
 * @param batch - the run's outputs, committed together.
 * @throws UsageError with `--crosswalk` (see {@link checkManifestOptions}).
 */
export async function writeScoreManifest(
  path: string,
  values: Record<string, unknown>,
  inputs: ScoringInputs,
  scoreSet: ScoreSet,
  io: CommandIO,
  batch: OutputBatch,
): Promise<string> {
  checkManifestOptions(values);
  const written = await stageManifest(
    path,
    {
      scoreSet,
      framework: stringOption(values, "framework") ?? DEFAULT_FRAMEWORK_ID,
      method: stringOption(values, "method"),
      assessments: inputs.file,
      rows: inputs.parsed.accounting.read,
      cases: inputs.cases,
      options: assessmentReadOptions(values),
      cwd: io.cwd,
    },
    batch,
  );
  return `manifest written to ${path} (scores sha256 ${written.manifest.output.sha256}); check it with: p10 verify ${path}\n`;
}
