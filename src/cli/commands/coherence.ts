/**
 * `p10 coherence`: is the index statistically sound on this data? Correlations with parent and index,
 * collinear siblings, Cronbach's alpha, PCA, nominal against effective weights and remove-one rank shifts.
 */
import { analyseCoherence } from "../../coherence/analyse.js";
import {
  COHERENCE_TABLES,
  writeCoherenceCsv,
  writeCoherenceJson,
  writeCoherenceTables,
} from "../../coherence/writers.js";
import { score } from "../../score/engine.js";
import { type Command, choiceOption, stringOption, UsageError } from "../command.js";
import { outputFormat } from "../output-format.js";
import { emitResult } from "../output.js";
import { loadScoringInputs, SCORING_OPTIONS, SCORING_USAGE } from "../scoring-inputs.js";

const FORMATS = ["table", "csv", "json"] as const;
const REMOVE = ["pillar", "group", "indicator", "none"] as const;

/** A threshold option: a plain decimal number within [min, max]. */
function thresholdOption(values: Record<string, unknown>, name: string, min: number, max: number) {
  const v = stringOption(values, name);
  if (v === undefined) return undefined;
  const x = Number(v);
  if (!/^-?\d+(?:\.\d+)?$/.test(v) || x < min || x > max) {
    throw new UsageError(`--${name} expects a number from ${min} to ${max}; got "${v}"`);
  }
  return x;
}

export const coherenceCommand: Command = {
  name: "coherence",
  summary: "statistical coherence: correlations, alpha, PCA, effective weights, remove-one rank shifts",
  usage: [
    "Usage: p10 coherence <csv> [-f framework] [-m method] [--remove pillar|group|indicator|none]",
    "                     [--correlation pearson|spearman] [--p-value P] [--collinear R]",
    "                     [--format table|csv|json] [--table NAME] [--out FILE]",
    "",
    "Audits the index on the data, per index and period, as the JRC audits composite indices (COINr 1.1.14",
    "definitions): each element's Pearson and Spearman correlation with its parent and with the index,",
    "flagged when negative or insignificant (p > P); sibling pairs correlating above R (collinear);",
    "Cronbach's alpha of each node's children and indicators; PCA of each node's children on complete",
    "cases (centred and scaled); nominal against effective weights (each child's share of its parent's",
    "variance); and every unit's rank shift when one element of a level is removed (weight 0, siblings",
    "renormalised, re-scored by the exact engine).",
    "",
    "Options:",
    ...SCORING_USAGE,
    "  --remove LEVEL           elements removed one at a time: pillar (default), group, indicator, none",
    "  --correlation TYPE       the coefficient flags read: pearson (default) or spearman",
    "  --p-value P              significance level of the correlation with the parent (default 0.05)",
    "  --collinear R            siblings correlating above R are flagged (default 0.9)",
    "  --format FORMAT          table (default on a terminal), csv (default otherwise) or json; an --out",
    "                           FILE's extension (.csv, .json, .txt) sets it unless --format is given",
    `  --table NAME             the CSV table: ${COHERENCE_TABLES.join(", ")} (default correlations)`,
    "  --out FILE               write the result to FILE instead of stdout",
  ].join("\n"),
  options: {
    ...SCORING_OPTIONS,
    remove: { type: "string" },
    correlation: { type: "string" },
    "p-value": { type: "string" },
    collinear: { type: "string" },
    format: { type: "string" },
    table: { type: "string" },
    out: { type: "string" },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const format = outputFormat(values, FORMATS, { tty: "table", pipe: "csv" }, io);
    const table = choiceOption(values, "table", COHERENCE_TABLES);
    if (table !== undefined && format !== "csv") throw new UsageError("--table applies to --format csv only");
    const remove = choiceOption(values, "remove", REMOVE);
    const correlation = choiceOption(values, "correlation", ["pearson", "spearman"] as const);
    const pValue = thresholdOption(values, "p-value", 0, 1);
    const collinear = thresholdOption(values, "collinear", -1, 1);
    const { framework, method, parsed } = await loadScoringInputs(values, positionals[0]!, io);
    const report = analyseCoherence(score(parsed.dataset, framework, method), {
      ...(remove === undefined ? {} : { remove }),
      ...(correlation === undefined ? {} : { correlation }),
      ...(pValue === undefined ? {} : { pValue }),
      ...(collinear === undefined ? {} : { collinear }),
    });
    const text =
      format === "csv"
        ? writeCoherenceCsv(report, table)
        : format === "json"
          ? writeCoherenceJson(report)
          : writeCoherenceTables(report);
    await emitResult(text, stringOption(values, "out"), io);
    return 0;
  },
};
