/** `p10 compare`: the change of scores and ranks between two periods, with coverage drops flagged. */
import { compareCodePoints } from "../../base/code-points.js";
import { changeReport } from "../../compare/change.js";
import { P10Error } from "../../errors.js";
import { writeChangeCsv, writeChangeJson, writeChangeTables } from "../../report/change-writers.js";
import { score } from "../../score/engine.js";
import { type Command, stringOption, UsageError } from "../command.js";
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

export const compareCommand: Command = {
  name: "compare",
  summary: "change of scores and ranks between two periods, flagging changes that follow missing answers",
  usage: [
    "Usage: p10 compare <csv> [--from P1] [--to P2] [-f framework] [-m method] [--node ID]",
    "                   [--entities FILE] [--format table|csv|json|md|xlsx] [--out FILE]",
    "",
    "For each entity: the score and rank in two periods, the exact change (rounded for display), the rank",
    "change (positive = climbed) and a flag where coverage or answers present fell, or a score is missing.",
    "Both periods are scored with the same framework and method, so they are comparable by construction.",
    "",
    "Options:",
    "  --from P1                the earlier period (default: the earliest in the file)",
    "  --to P2                  the later period (default: the latest in the file)",
    "  --node ID                compare this node (a pillar or group) instead of the index; may be repeated",
    "  --all-nodes              compare every node of the index",
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
    entities: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const format = outputFormat(values, FORMATS, { tty: "table", pipe: "csv" }, io);
    const out = stringOption(values, "out");
    const nodeOption = values.node as string[] | undefined;
    if (nodeOption !== undefined && values["all-nodes"] === true) {
      throw new UsageError("--node and --all-nodes exclude each other");
    }
    if (format === "xlsx" && out === undefined) {
      throw new UsageError("an xlsx workbook is binary: write it to a file with --out FILE.xlsx");
    }
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
    if (crosswalk !== undefined) reportCoverageGaps(scoreSet, crosswalk, io);
    const rootId = scoreSet.indices[0]?.nodes[0]?.id;
    const nodes =
      values["all-nodes"] === true ? undefined : (nodeOption ?? (rootId === undefined ? [] : [rootId]));
    const report = {
      ...changeReport(
        { scoreSet, period: from },
        { scoreSet, period: to },
        nodes === undefined ? {} : { nodes },
      ),
      entityNames: entityNames(parsed.dataset, entities),
    };
    if (format === "xlsx") {
      const manifest = await runManifest(values, file, parsed.accounting.read, scoreSet, io, "scores.json");
      const sheets = changeSheets(writeChangeCsv(report), provenancePairs(manifest));
      await writeOutputBytes(await xlsxBytes(sheets), out as string, io);
      return 0;
    }
    const text =
      format === "csv"
        ? writeChangeCsv(report)
        : format === "json"
          ? writeChangeJson(report)
          : writeChangeTables(
              report,
              format,
              report.nodes.map((n) => n.id),
            );
    await emitResult(text, out, io);
    return 0;
  },
};
