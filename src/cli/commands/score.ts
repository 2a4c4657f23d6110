/** `p10 score`: scores an assessment file and prints ranked results as a table, CSV, JSON or Markdown. */
import { rank } from "../../compare/rank.js";
import type { NodeLevel } from "../../framework/schema.js";
import { OutputBatch } from "../../node/atomic-write.js";
import { SCORE_LEVELS } from "../../report/score-rows.js";
import { scoreOutputPieces } from "../../report/score-writers.js";
import { formatIssue } from "../../errors.js";
import { score } from "../../score/engine.js";
import type { ScoreSet } from "../../score/types.js";
import { type Command, stringOption, UsageError } from "../command.js";
import { reportCoverageGaps } from "../crosswalk-input.js";
import { checkManifestOptions, writeScoreManifest } from "../manifest-option.js";
import { emitResult } from "../output.js";
import { outputFormat } from "../output-format.js";
import { FORMAT_USAGE } from "../usage.js";
import {
  checkScoreExports,
  SCORE_EXPORT_OPTIONS,
  SCORE_EXPORT_USAGE,
  writeScoreDataPackage,
  writeScoreExport,
} from "../score-exports.js";
import { createProgressLine, withWriteProgress } from "../progress.js";
import { SCORE_GROUP_OPTIONS, SCORE_GROUP_USAGE, writeGroupedScores } from "../score-groups.js";
import { loadScoringInputs, SCORING_OPTIONS, SCORING_USAGE } from "../scoring-inputs.js";

const FORMATS = ["table", "csv", "json", "md", "xlsx"] as const;

export const scoreCommand: Command = {
  name: "score",
  summary: "score an assessment CSV and rank the entities (table, csv, json or md)",
  usage: [
    "Usage: p10 score <csv> [-f framework] [-m method] [--format table|csv|json|md|xlsx] [--out FILE] [--wide]",
    "                 [--datapackage DIR]",
    "",
    "Scores every entity and period of an assessment file with exact decimal arithmetic and ranks them",
    "per node and period (ties share the best place: 1 2 2 4).",
    "",
    "Options:",
    ...SCORING_USAGE,
    ...FORMAT_USAGE,
    "  --manifest FILE          also write a manifest (inputs' SHA-256, options, canonical scores) for p10 verify",
    "  --trace                  with --format json: add every answer's CSV line, assessor and source",
    "  --levels LIST            with --format csv or json: only rows of these node levels, a comma-separated",
    "                           subset of index,pillar,group,indicator (default: all four)",
    ...SCORE_GROUP_USAGE,
    ...SCORE_EXPORT_USAGE,
    "",
    "CSV columns: entity,period,node,level,score,score_exact,rank,coverage,band (with --by: ,group,group_rank)",
  ].join("\n"),
  options: {
    ...SCORING_OPTIONS,
    ...SCORE_GROUP_OPTIONS,
    ...SCORE_EXPORT_OPTIONS,
    format: { type: "string" },
    out: { type: "string" },
    manifest: { type: "string" },
    trace: { type: "boolean" },
    levels: { type: "string" },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const format = outputFormat(values, FORMATS, { tty: "table", pipe: "csv" }, io);
    const out = stringOption(values, "out");
    const manifest = stringOption(values, "manifest");
    if (manifest !== undefined) checkManifestOptions(values, positionals[0]);
    const trace = values.trace === true;
    if (trace && format !== "json") throw new UsageError("--trace needs --format json");
    checkScoreExports(values, format);
    const levels = levelsOption(values, format);
    const progress = createProgressLine(io);
    const inputs = await loadScoringInputs(values, positionals[0]!, io, progress);
    const { framework, method, parsed, crosswalk } = inputs;
    const rows = parsed.accounting.read.toLocaleString("en");
    progress.show(
      `scoring: ${rows} answers, ${parsed.dataset.units.length.toLocaleString("en")} units`,
      true,
    );
    const scoreSet = score(parsed.dataset, framework, method);
    if (crosswalk !== undefined) reportCoverageGaps(scoreSet, crosswalk, io);
    progress.show(`ranking: ${scoreSet.units.length.toLocaleString("en")} units`, true);
    const ranks = rank(scoreSet);
    const run = { file: positionals[0]!, parsed, scoreSet, ranks };
    await writeScoreDataPackage(values, run, io);
    // The workbook and the wide CSV replace the text writers (the check above made sure xlsx has --out).
    if ((await writeScoreExport(values, format, run, io)) || format === "xlsx") {
      progress.finish();
      reportScoreWarnings(scoreSet, positionals[0]!, io);
      if (manifest !== undefined) {
        let said = "";
        await new OutputBatch().run(async (batch) => {
          said = await writeScoreManifest(manifest, values, inputs, scoreSet, io, batch);
        });
        io.err(said);
      }
      return 0;
    }
    const options = { trace, levels };
    const grouped = await writeGroupedScores(values, scoreSet, ranks, format, io, options);
    const chunks = grouped ?? scoreOutputPieces(scoreSet, ranks, format, options);
    // On a terminal that also shows the result, the status line would mix with it: clear it first.
    if (out === undefined && io.outIsTTY) progress.finish();
    const result = out === undefined && io.outIsTTY ? chunks : withWriteProgress(chunks, progress);
    // Every output of the run is committed together, or none is (a failed manifest leaves no --out).
    let said = "";
    await new OutputBatch().run(async (batch) => {
      if (out !== undefined) await emitResult(result, out, io, batch);
      if (manifest !== undefined)
        said = await writeScoreManifest(manifest, values, inputs, scoreSet, io, batch);
    });
    if (out === undefined) await emitResult(result, out, io);
    progress.finish();
    reportScoreWarnings(scoreSet, positionals[0]!, io);
    io.err(said);
    return 0;
  },
};

/**
 * Prints the warnings raised while scoring (evidence flags, constant indicators under a cohort
 * normalisation, …) on stderr, located like the reader's, so that they are not seen only in explain or JSON.
 * @param scoreSet - the scores.
 * @param file - the assessment file as named on the command line (for warnings that name none).
 * @param io - where they go.
 */
function reportScoreWarnings(scoreSet: ScoreSet, file: string, io: { err(text: string): void }): void {
  for (const w of scoreSet.warnings) io.err(`${formatIssue({ ...w, file: w.file ?? file })}\n`);
}

/**
 * Reads `--levels index,pillar,…`: a non-empty subset of the node levels, for the CSV and JSON outputs.
 * @param values - the parsed options.
 * @param format - the chosen format.
 * @returns the levels in framework order, or `undefined` (every level).
 */
function levelsOption(values: Record<string, unknown>, format: string): readonly NodeLevel[] | undefined {
  const given = stringOption(values, "levels");
  if (given === undefined) return undefined;
  if (format !== "csv" && format !== "json") {
    throw new UsageError("--levels needs --format csv or json (the tables show the index and pillars)");
  }
  const words = given.split(",").map((w) => w.trim());
  const unknown = words.filter((w) => !(SCORE_LEVELS as readonly string[]).includes(w));
  if (unknown.length > 0 || words.length === 0) {
    throw new UsageError(
      `--levels takes a comma-separated subset of ${SCORE_LEVELS.join(",")}; got "${given}"`,
    );
  }
  return SCORE_LEVELS.filter((l) => words.includes(l));
}
