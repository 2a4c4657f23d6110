/** `p10 compare`: the change of scores and ranks between two periods, with coverage drops flagged. */
import { parseCrosswalk } from "../../compare/crosswalk.js";
import { resolve } from "node:path";
import { compareCodePoints } from "../../base/code-points.js";
import { type ChangeReport, changeReport } from "../../compare/change.js";
import { compareScoreFiles } from "../../compare/score-files.js";
import { formatIssue, P10Error } from "../../errors.js";
import { poolingWarning } from "../../method/cohort.js";
import { readJsonFile } from "../../node/json-file.js";
import {
  changeCsvChunks,
  changeJsonChunks,
  changeTablesChunks,
  writeChangeCsv,
} from "../../report/change-writers.js";
import { score } from "../../score/engine.js";
import { type Command, choiceOption, stringOption, UsageError } from "../command.js";
import { reportCoverageGaps } from "../crosswalk-input.js";
import { ENTITIES_USAGE, entityNames, loadEntities } from "../entities-input.js";
import { changeSheets, xlsxBytes } from "../exports/xlsx.js";
import { writeOutputBytes } from "../exports/write-bytes.js";
import { emitResult } from "../output.js";
import { provenancePairs, runManifest } from "../provenance.js";
import { outputFormat } from "../output-format.js";
import { FORMAT_USAGE } from "../usage.js";
import { loadScoringInputs, SCORING_OPTIONS, SCORING_USAGE } from "../scoring-inputs.js";

const FORMATS = ["table", "csv", "json", "md", "xlsx"] as const;
const CHANGES = ["exact", "displayed"] as const;

export const compareCommand: Command = {
  name: "compare",
  summary: "change of scores and ranks between two periods, flagging changes that follow missing answers",
  usage: [
    "Usage: p10 compare <csv> [--from P1] [--to P2] [-f framework] [-m method] [--node ID]",
    "                   [--entities FILE] [--format table|csv|json|md|xlsx] [--out FILE]",
    "       p10 compare --scores FROM.json TO.json [--crosswalk FILE | --across-frameworks] [--from P1] [--to P2] [--node ID]",
    "",
    "For each entity: the score and rank in two periods, the exact change (rounded for display), the rank",
    "change (positive = climbed) and a flag where missing answers grew (coverage-fell), more answers were",
    "not applicable (applicable-fell), or a score is missing.",
    "Both periods are scored with the same framework and method, so they are comparable by construction.",
    "With --scores, two files written by p10 score --format json are compared as published (scores, ranks",
    "and coverage as the files state them); files of different frameworks or methods are refused unless",
    "--across-frameworks says the instruments may differ.",
    "",
    "Options:",
    "  --from P1                the earlier period (default: the earliest in the file)",
    "  --to P2                  the later period (default: the latest in the file)",
    "  --node ID                compare this node (a pillar or group) instead of the index; may be repeated",
    "  --all-nodes              compare every node of the index",
    "  --scores                 compare two score files (p10 score --format json) instead of scoring a CSV",
    "  --across-frameworks      with --scores: accept files of different frameworks or methods",
    "  --change exact|displayed the change shown: the exact change rounded, or the difference of the",
    "                           displayed scores as publishers print it (default: the method's",
    "                           presentation.change, else exact)",
    ...SCORING_USAGE,
    ENTITIES_USAGE,
    ...FORMAT_USAGE,
    "",
    "Tables list the largest rise first. CSV columns: entity,node,level,period_from,period_to,score_from,",
    "score_to,change,score_exact_from,score_exact_to,change_exact,rank_from,rank_to,rank_change,out_of_from,",
    "out_of_to,coverage_from,coverage_to,answers_from,answers_to,flags,note",
  ].join("\n"),
  options: {
    ...SCORING_OPTIONS,
    from: { type: "string" },
    to: { type: "string" },
    node: { type: "string", multiple: true },
    "all-nodes": { type: "boolean" },
    change: { type: "string" },
    scores: { type: "boolean" },
    "across-frameworks": { type: "boolean" },
    entities: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
  },
  positionals: { min: 1, max: 2 },
  async run({ values, positionals }, io) {
    const format = outputFormat(values, FORMATS, { tty: "table", pipe: "csv" }, io);
    const change = choiceOption(values, "change", CHANGES);
    const out = stringOption(values, "out");
    const nodeOption = values.node as string[] | undefined;
    if (nodeOption !== undefined && values["all-nodes"] === true) {
      throw new UsageError("--node and --all-nodes exclude each other");
    }
    if (format === "xlsx" && out === undefined) {
      throw new UsageError("an xlsx workbook is binary: write it to a file with --out FILE.xlsx");
    }
    if (values.scores === true) {
      if (format === "xlsx") throw new UsageError("--scores does not write xlsx yet");
      const report = await scoreFilesReport(values, positionals, nodeOption, change, io.cwd);
      await emitResult(render(report, format), out, io);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
    if (values["across-frameworks"] === true) throw new UsageError("--across-frameworks goes with --scores");
    const file = positionals[0]!;
    const { parsed, framework, method, crosswalk } = await loadScoringInputs(values, file, io);
    const entities = await loadEntities(values, parsed.dataset, io);
    const periods = [...new Set(parsed.dataset.units.map((u) => u.period))].sort(compareCodePoints);
    const fromOption = stringOption(values, "from");
    const toOption = stringOption(values, "to");
    if ((fromOption === undefined || toOption === undefined) && periods.length < 2) {
      throw new P10Error(
        "P10_ONE_PERIOD",
        `${file} has ${periods.length === 0 ? "no period" : `only period ${periods[0]}`}; compare needs two (--from, --to)`,
      );
    }
    const from = fromOption ?? (periods[0] as string);
    const to = toOption ?? (periods[periods.length - 1] as string);
    const scoreSet = score(parsed.dataset, framework, method);
    const pooled = poolingWarning(method);
    if (pooled !== null) io.err(`${formatIssue(pooled)}\n`);
    if (crosswalk !== undefined) reportCoverageGaps(scoreSet, crosswalk, io);
    // Default: the index; under a framework with several roots, each of them.
    const roots =
      framework.roots.length > 1
        ? scoreSet.indices.map((ix) => ix.nodes[0]?.id as string)
        : scoreSet.indices.slice(0, 1).map((ix) => ix.nodes[0]?.id as string);
    const nodes = values["all-nodes"] === true ? undefined : (nodeOption ?? roots);
    const report = {
      ...changeReport(
        { scoreSet, period: from },
        { scoreSet, period: to },
        { ...(nodes === undefined ? {} : { nodes }), ...(change === undefined ? {} : { change }) },
      ),
      entityNames: entityNames(parsed.dataset, entities),
    };
    if (format === "xlsx") {
      const manifest = await runManifest(values, file, parsed.accounting.read, scoreSet, io, "scores.json");
      const sheets = changeSheets(writeChangeCsv(report), provenancePairs(manifest));
      await writeOutputBytes(await xlsxBytes(sheets), out as string, io);
      return 0;
    }
    await emitResult(render(report, format), out, io);
    return 0;
  },
};

/** The report in the chosen format, in pieces written as they are made (never one whole string). */
function render(report: ChangeReport, format: Exclude<(typeof FORMATS)[number], "xlsx">): Iterable<string> {
  return format === "csv"
    ? changeCsvChunks(report)
    : format === "json"
      ? changeJsonChunks(report)
      : changeTablesChunks(
          report,
          format,
          report.nodes.map((n) => n.id),
        );
}

/** `--scores FROM.json TO.json`: the change between two published score sets. */
async function scoreFilesReport(
  values: Record<string, unknown>,
  positionals: readonly string[],
  nodeOption: string[] | undefined,
  change: (typeof CHANGES)[number] | undefined,
  cwd: string,
): Promise<ChangeReport> {
  if (positionals.length !== 2) {
    throw new UsageError("--scores takes two score files: p10 compare --scores FROM.json TO.json");
  }
  for (const name of ["framework", "method", "entities", "delimiter", "assessor", "combine"]) {
    if (values[name] !== undefined)
      throw new UsageError(`--${name} does not go with --scores: the files say what they are`);
  }
  const [fromName, toName] = positionals as [string, string];
  const [from, to] = await Promise.all(
    [fromName, toName].map((name) => readJsonFile(resolve(cwd, name), { file: name })),
  );
  const fromPeriod = stringOption(values, "from");
  const toPeriod = stringOption(values, "to");
  const crosswalkFile = stringOption(values, "crosswalk");
  return compareScoreFiles(from, to, {
    names: [fromName, toName],
    ...(fromPeriod === undefined ? {} : { from: fromPeriod }),
    ...(toPeriod === undefined ? {} : { to: toPeriod }),
    ...(values["all-nodes"] === true
      ? { nodes: "all" as const }
      : nodeOption === undefined
        ? {}
        : { nodes: nodeOption }),
    ...(change === undefined ? {} : { change }),
    acrossFrameworks: values["across-frameworks"] === true,
    ...(crosswalkFile === undefined
      ? {}
      : {
          crosswalk: parseCrosswalk(
            await readJsonFile(resolve(cwd, crosswalkFile), { file: crosswalkFile }),
            {
              file: crosswalkFile,
            },
          ),
        }),
  });
}
