/** `p10 score`: scores an assessment file and prints ranked results as a table, CSV, JSON or Markdown. */
import { rank } from "../../compare/rank.js";
import { writeScoresCsv, writeScoresJson, writeScoresTables } from "../../report/score-writers.js";
import { OutputBatch } from "../../node/atomic-write.js";
import { score } from "../../score/engine.js";
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
    const inputs = await loadScoringInputs(values, positionals[0]!, io);
    const { framework, method, parsed, crosswalk } = inputs;
    const scoreSet = score(parsed.dataset, framework, method);
    if (crosswalk !== undefined) reportCoverageGaps(scoreSet, crosswalk, io);
    const ranks = rank(scoreSet);
    const run = { file: positionals[0]!, parsed, scoreSet, ranks };
    await writeScoreDataPackage(values, run, io);
    // The workbook and the wide CSV replace the text writers (the check above made sure xlsx has --out).
    if ((await writeScoreExport(values, format, run, io)) || format === "xlsx") {
      if (manifest !== undefined) {
        const batch = new OutputBatch();
        let said = "";
        await batch.run(async () => {
          said = await writeScoreManifest(manifest, values, inputs, scoreSet, io, batch);
        });
        io.err(said);
      }
      return 0;
    }
    const grouped = await writeGroupedScores(values, scoreSet, ranks, format, io, { trace });
    const text =
      grouped ??
      (format === "csv"
        ? writeScoresCsv(scoreSet, ranks)
        : format === "json"
          ? writeScoresJson(scoreSet, ranks, { trace })
          : writeScoresTables(scoreSet, ranks, format));
    // Every output of the run is committed together, or none is (a failed manifest leaves no --out).
    const batch = new OutputBatch();
    let said = "";
    await batch.run(async () => {
      if (out !== undefined) await emitResult(text, out, io, batch);
      if (manifest !== undefined)
        said = await writeScoreManifest(manifest, values, inputs, scoreSet, io, batch);
    });
    if (out === undefined) await emitResult(text, out, io);
    io.err(said);
    return 0;
  },
};
