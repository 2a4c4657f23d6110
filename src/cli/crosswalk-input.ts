/**
 * `--crosswalk FILE` for the scoring commands: read the assessment file under the crosswalk's source
 * framework, move it onto the target framework, and say on stderr what the crosswalk cannot fill (nodes
 * with no source indicator) and, after scoring, which nodes the coverage rule left without a score.
 */
import { resolve } from "node:path";
import type { ParsedAssessments } from "../assessment/parse.js";
import {
  applyCrosswalk,
  type Crosswalk,
  crosswalkIssues,
  crosswalkReach,
  crosswalkRecords,
  parseCrosswalk,
} from "../compare/crosswalk.js";
import { formatIssue, type P10Issue } from "../errors.js";
import type { Framework } from "../framework/framework.js";
import { readJsonFile } from "../node/json-file.js";
import { resolveFramework } from "../node/framework-file.js";
import { keptFrameworkFile } from "../node/kept-frameworks.js";
import type { ScoreSet } from "../score/types.js";
import type { CommandIO } from "./command.js";

/** A crosswalk named on the command line, with its source framework resolved. */
export interface CrosswalkInput {
  /** The file as the user wrote it (named in notes and errors). */
  readonly file: string;
  readonly crosswalk: Crosswalk;
  /** The framework the assessment file is read against: the crosswalk's `from` (a bundled id). */
  readonly from: Framework;
}

/**
 * Reads the crosswalk file and resolves its source framework.
 * @param file - the path as given on the command line (relative to `io.cwd`).
 * @param io - the command's I/O (for the working directory).
 * @returns the crosswalk and its source framework.
 * @throws P10Error `P10_FILE_READ`, `P10_JSON_SYNTAX`, `P10_CROSSWALK_INVALID`, `P10_UNKNOWN_FRAMEWORK`.
 * @example
 * ```ts
 * const input = await loadCrosswalk("data/crosswalks/edi-2015_to_p10-2026.json", io);
 * input.from.id; // "edi-2015"
 * ```
 */
export async function loadCrosswalk(file: string, io: CommandIO): Promise<CrosswalkInput> {
  const crosswalk = parseCrosswalk(await readJsonFile(resolve(io.cwd, file), { file }), { file });
  const bundled = await resolveFramework(crosswalk.from.framework);
  if (bundled.version === crosswalk.from.version) return { file, crosswalk, from: bundled };
  // A crosswalk from an earlier version of a bundled framework (p10-2026 1.1.0 → 1.2.0): the package keeps
  // earlier versions as data/frameworks/<id>-<version>.json.
  const archived = keptFrameworkFile(crosswalk.from.framework, crosswalk.from.version);
  return { file, crosswalk, from: archived === undefined ? bundled : await resolveFramework(archived) };
}

/**
 * Moves what was read under the crosswalk's source framework onto `to` (dataset and records), printing the
 * crosswalk's warnings and the nodes it leaves without any answer.
 * @param parsed - the assessment file as read against `input.from`.
 * @param input - the crosswalk.
 * @param to - the framework to score under.
 * @param io - where notes go (stderr).
 * @returns the same reading, under `to`.
 * @throws P10Error `P10_CROSSWALK_MISMATCH` when the crosswalk does not fit the two frameworks.
 * @example
 * ```ts
 * const parsed = await readAssessments("seeds/edi-2015-sample.csv", input.from);
 * crosswalkAssessments(parsed, input, frameworks.get("p10-2026"), io).dataset.framework.id; // "p10-2026"
 * ```
 */
export function crosswalkAssessments(
  parsed: ParsedAssessments,
  input: CrosswalkInput,
  to: Framework,
  io: CommandIO,
): ParsedAssessments {
  const { crosswalk, from, file } = input;
  const options = { crosswalkFile: file };
  const combine = parsed.dataset.combine;
  // Combined values are no levels of the source scale: map the records, then combine under `to`.
  const dataset =
    combine === undefined
      ? applyCrosswalk(parsed.dataset, crosswalk, from, to, options)
      : applyCrosswalk(parsed.records, crosswalk, from, to, {
          ...options,
          combine,
          ...(parsed.dataset.file === undefined ? {} : { file: parsed.dataset.file }),
        });
  const records = crosswalkRecords(parsed.records, crosswalk, from, to, options);
  const note = (issue: Omit<P10Issue, "severity" | "file">): void =>
    io.err(`${formatIssue({ ...issue, severity: "warning", file })}\n`);
  for (const w of crosswalkIssues(crosswalk, from, to)) note(w);
  const reach = crosswalkReach(crosswalk, to);
  if (reach.indicators.length > 0) {
    const nodes =
      reach.nodes.length > 0 ? `${reach.nodes.join(", ")}: no answers (not assessed by ${from.id}); ` : "";
    note({
      code: "P10_CROSSWALK_UNASSESSED",
      message: `${nodes}${reach.indicators.length} of ${to.indicators.length} ${to.id} indicators have no ${from.id} source and count as missing`,
    });
  }
  return { ...parsed, dataset, records };
}

/**
 * After scoring through a crosswalk: names, per index, the nodes that some unit could not score because too
 * few of their children had a score (the method's minimum coverage), with how many units that hit.
 * @param scoreSet - the scores.
 * @param input - the crosswalk used.
 * @param io - where the note goes (stderr).
 * @throws never.
 * @example
 * ```ts
 * reportCoverageGaps(score(parsed.dataset, p10, method), input, io);
 * // stderr: "seeds/edi-2015-sample.csv: warning P10_CROSSWALK_COVERAGE: practice index: … no score for p10 (27 of 28 units), …"
 * ```
 */
export function reportCoverageGaps(scoreSet: ScoreSet, input: CrosswalkInput, io: CommandIO): void {
  const total = scoreSet.units.length;
  scoreSet.indices.forEach((index, k) => {
    const hits = index.nodes.flatMap((node, pos) => {
      const n = scoreSet.units.filter((u) => u.indices[k]?.nodes[pos]?.reason?.code === "coverage").length;
      return n === 0 ? [] : [`${node.id} (${n} of ${total} units)`];
    });
    if (hits.length === 0) return;
    io.err(
      `${formatIssue({
        code: "P10_CROSSWALK_COVERAGE",
        severity: "warning",
        file: scoreSet.dataset.file ?? input.file,
        message: `${index.id} index: too few children scored for the method's minimum coverage (${scoreSet.method.minCoverage}), so no score for ${hits.join(", ")}`,
      })}\n`,
    );
  });
}
