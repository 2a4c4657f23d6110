/** `p10 reconcile`: one answer per cell from a double-scored file, disagreements left blank for a reviewer. */
import { reconcileAssessments } from "../../agreement/reconcile.js";
import { writeAssessmentsCsv } from "../../assessment/write.js";
import { DEFAULT_FRAMEWORK_ID } from "../../framework/registry.js";
import { resolveFramework } from "../../node/framework-file.js";
import { type Command, stringOption } from "../command.js";
import { emitResult } from "../output.js";
import { outputFormat } from "../output-format.js";
import { readDoubleScored } from "../read-double-scored.js";

export const reconcileCommand: Command = {
  name: "reconcile",
  summary: "merge a double-scored file into one answer per cell; disagreements left blank for review",
  usage: [
    "Usage: p10 reconcile <csv> [-f framework] [--out FILE]",
    "",
    "Writes a long assessment file with one row per (entity, period, indicator) of the input:",
    "  - where every assessor gave the same answer, that answer, assessor 'reconciled', the sources",
    "    they cited, and a comment naming the assessors and lines (e.g. 'agreed: 2 (lawyer-a, line 14;",
    "    lawyer-b, line 15)'); a cell only one assessor answered is carried over the same way;",
    "  - where they differ (a level against 'not applicable' or 'missing' too), an empty response",
    "    (missing), no assessor, and the competing answers in the comment, e.g.",
    "    'disagreement: 2 (lawyer-a, line 14) vs 3 (lawyer-b, line 15)', ready for a reviewer to fill in.",
    "The assessors' own comments follow, as ' | lawyer-a: …'. The output reads back with `p10 validate`",
    "(one answer per cell). A summary (agreed / disagreed / single-assessor cells) goes to stderr.",
    "Exit code 0 on success, 1 when the input has errors (printed as FILE:LINE:COLUMN lines).",
    "",
    "Options:",
    `  -f, --framework ID|FILE  bundled framework id or framework JSON file (default ${DEFAULT_FRAMEWORK_ID})`,
    "  --out FILE               write to FILE instead of stdout",
  ].join("\n"),
  options: {
    framework: { type: "string", short: "f" },
    out: { type: "string", short: "o" },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    outputFormat(values, ["csv"] as const, { tty: "csv", pipe: "csv" }, io);
    const file = positionals[0]!;
    const framework = await resolveFramework(stringOption(values, "framework") ?? DEFAULT_FRAMEWORK_ID, {
      cwd: io.cwd,
    });
    const result = await readDoubleScored(file, framework, io);
    if (result === undefined) return 1;
    const r = reconcileAssessments(result.records, framework);
    const text = writeAssessmentsCsv(r.dataset, framework, { blankMissing: true });
    const out = stringOption(values, "out");
    await emitResult(text, out, io);
    io.err(
      `${file}: ${r.agreed + r.disagreed + r.single} cells: ${r.agreed} agreed, ${r.disagreed} disagreed ` +
        `(left blank for review), ${r.single} single-assessor` +
        (out === undefined ? "\n" : `; wrote ${out}\n`),
    );
    return 0;
  },
};
