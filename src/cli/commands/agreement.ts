/** `p10 agreement`: how far the assessors of a double-scored assessment file agree, and where they differ. */
import { evidenceCoverage } from "../../agreement/evidence.js";
import { assessorAgreement } from "../../agreement/from-records.js";
import { agreementReport } from "../../agreement/report.js";
import { DEFAULT_FRAMEWORK_ID } from "../../framework/registry.js";
import { resolveFramework } from "../../node/framework-file.js";
import { type Command, choiceOption, stringOption } from "../command.js";
import { emitResult } from "../output.js";
import { outputFormat } from "../output-format.js";
import { readDoubleScored } from "../read-double-scored.js";

export const agreementCommand: Command = {
  name: "agreement",
  summary: "measure how far the assessors of a double-scored file agree (alpha, kappa, disagreements)",
  usage: [
    "Usage: p10 agreement <csv> [-f framework] [--format table|csv|json] [--out FILE] [--metric nominal|ordinal|interval] [--evidence]",
    "",
    "Reads an assessment file in which several assessors answered the same cells (entity, period, indicator),",
    "as in the EDI, where two lawyers scored each country, and reports for the whole file and per pillar,",
    "group (a Bali Guideline in EDI), indicator and entity:",
    "  cells       cells with at least two answers on the scale (the others are left out)",
    "  agreement   percent exact agreement over every pair of answers to a cell",
    "  alpha       Krippendorff's alpha on level positions (0 = the lowest level), three decimals; metric",
    "              ordinal when every scale in the group is ordered, nominal otherwise, unless --metric",
    "  kappa       Cohen's kappa with quadratic weights, only where exactly two assessors answered the",
    "              group's cells (e.g. per entity in EDI, where each country had its own two lawyers);",
    "              '—' elsewhere: with many assessors, calling one answer of each cell the 'first' and",
    "              the other the 'second' would be arbitrary, and kappa would depend on that choice",
    "Then the disagreements, largest first in scale steps, each with the answers, assessors and CSV lines",
    "(a level against 'not applicable' or 'missing' is listed last, with steps '—').",
    "Answers 'not applicable' or missing are left out of the statistics. Invalid files are reported as",
    "FILE:LINE:COLUMN lines on stderr, as by `p10 validate`.",
    "Exit code 0 on success, 1 when the file has errors.",
    "",
    "Options:",
    `  -f, --framework ID|FILE   bundled framework id or framework JSON file (default ${DEFAULT_FRAMEWORK_ID})`,
    "  --format table|csv|json   output (default: table on a terminal, csv when piped or redirected);",
    "                            csv is tidy long: section,level,group,entity,period,indicator,assessor,",
    "                            variable,value; json is canonical (sorted keys, three-decimal statistics)",
    "  --out FILE                write to FILE; its extension (.csv, .json, .txt) sets the format",
    "  --metric M                alpha's metric for every group: nominal, ordinal or interval (interval",
    "                            treats adjacent levels as one unit apart, e.g. for points)",
    "  --evidence                add evidence coverage: the share of answers on the scale that cite a",
    "                            source, per assessor and pillar, and every answer above the lowest level",
    "                            without a source",
  ].join("\n"),
  options: {
    framework: { type: "string", short: "f" },
    format: { type: "string" },
    out: { type: "string" },
    metric: { type: "string" },
    evidence: { type: "boolean" },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = positionals[0]!;
    const format = outputFormat(values, ["table", "csv", "json"] as const, { tty: "table", pipe: "csv" }, io);
    const metric = choiceOption(values, "metric", ["nominal", "ordinal", "interval"] as const);
    const framework = await resolveFramework(stringOption(values, "framework") ?? DEFAULT_FRAMEWORK_ID, {
      cwd: io.cwd,
    });
    const result = await readDoubleScored(file, framework, io);
    if (result === undefined) return 1;
    const agreement = assessorAgreement(result.records, framework, metric === undefined ? {} : { metric });
    const evidence = values.evidence === true ? evidenceCoverage(result.records, framework) : undefined;
    const text = agreementReport(
      { file, framework, agreement, ...(evidence === undefined ? {} : { evidence }) },
      format,
    );
    await emitResult(text, stringOption(values, "out"), io);
    return 0;
  },
};
