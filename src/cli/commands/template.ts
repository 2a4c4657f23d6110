/** `p10 template`: writes a blank assessment CSV for assessors, long or wide. */
import { caseTemplate } from "../../assessment/case-template.js";
import { assessmentTemplate } from "../../assessment/template.js";
import { DEFAULT_FRAMEWORK_ID } from "../../framework/registry.js";
import { resolveFramework } from "../../node/framework-file.js";
import { type Command, stringOption, UsageError } from "../command.js";
import { emitResult } from "../output.js";
import { outputFormat } from "../output-format.js";

export const templateCommand: Command = {
  name: "template",
  summary: "write a blank assessment CSV for assessors (one row per indicator, or --wide)",
  usage: [
    "Usage: p10 template [-f framework] [--wide | --cases] [--entities A,B] [--period P] [--out FILE]",
    "",
    "Writes a blank assessment file listing every indicator of the framework. Long (default): columns",
    "entity, period, indicator, title, response, source, comment, one row per indicator and entity.",
    "Wide: entity, period and one column per indicator id, one row per entity.",
    "",
    "Options:",
    `  -f, --framework ID|FILE  bundled framework id or framework JSON file (default ${DEFAULT_FRAMEWORK_ID})`,
    "  --wide                   one row per entity, one column per indicator",
    "  --cases                  practice through cases: a case column, one row per case (each indicator's",
    "                           minimum), and the case register written beside --out as FILE.cases.csv",
    "  --entities A,B           entity ids to pre-fill (comma-separated)",
    "  --period P               period to pre-fill",
    "  --out FILE               write to FILE instead of stdout",
  ].join("\n"),
  options: {
    framework: { type: "string", short: "f" },
    wide: { type: "boolean" },
    cases: { type: "boolean" },
    entities: { type: "string" },
    period: { type: "string" },
    out: { type: "string", short: "o" },
  },
  positionals: { min: 0, max: 0 },
  async run({ values }, io) {
    outputFormat(values, ["csv"] as const, { tty: "csv", pipe: "csv" }, io);
    const framework = await resolveFramework(stringOption(values, "framework") ?? DEFAULT_FRAMEWORK_ID, {
      cwd: io.cwd,
    });
    const list = stringOption(values, "entities");
    const entities = list?.split(",").map((e) => e.trim());
    if (entities?.some((e) => e === ""))
      throw new UsageError(`--entities expects comma-separated ids; got "${list}"`);
    const period = stringOption(values, "period")?.trim();
    if (values.cases === true) {
      const out = stringOption(values, "out");
      if (out === undefined)
        throw new UsageError("--cases writes two files: give the answers file with --out FILE");
      if (values.wide === true)
        throw new UsageError("--cases and --wide exclude each other: cases need the long format");
      const t = caseTemplate(framework, {
        ...(entities === undefined ? {} : { entities }),
        ...(period === undefined ? {} : { period }),
      });
      await emitResult(t.answers, out, io);
      await emitResult(t.register, `${out.replace(/\.csv$/i, "")}.cases.csv`, io);
      return 0;
    }
    const text = assessmentTemplate(framework, {
      format: values.wide === true ? "wide" : "long",
      ...(entities === undefined ? {} : { entities }),
      ...(period === undefined ? {} : { period }),
    });
    await emitResult(text, stringOption(values, "out"), io);
    return 0;
  },
};
