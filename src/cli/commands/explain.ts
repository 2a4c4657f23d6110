/** `p10 explain`: shows how one entity's scores were built, down to each answer and its CSV line. */
import { compareCodePoints } from "../../base/code-points.js";
import { P10Error } from "../../errors.js";
import { explain, explainEach } from "../../score/explain.js";
import type { ScoreSet } from "../../score/types.js";
import { formatExplanation } from "../../score/explain-format.js";
import { score } from "../../score/engine.js";
import { type Command, stringOption, UsageError } from "../command.js";
import { inputName } from "../assessment-input.js";
import { explainJson } from "../json/outputs.js";
import { emitResult } from "../output.js";
import { outputFormat } from "../output-format.js";
import { didYouMean } from "../parse-options.js";
import { loadScoringInputs, SCORING_OPTIONS, SCORING_USAGE } from "../scoring-inputs.js";

/** Every unit's explanation as it is made: text separated by blank lines, or JSON Lines. */
function* explainChunks(
  scoreSet: ScoreSet,
  format: "text" | "json",
  period: string | undefined,
): Generator<string, void, undefined> {
  let first = true;
  for (const explanation of explainEach(scoreSet, period)) {
    if (format === "json") yield explainJson(explanation);
    else {
      if (!first) yield "\n";
      yield formatExplanation(explanation);
    }
    first = false;
  }
}

export const explainCommand: Command = {
  name: "explain",
  summary: "show how one entity's scores were built, from each answer (with its CSV line) to the index",
  usage: [
    "Usage: p10 explain <csv> --entity E [--period P] [-f framework] [-m method] [--format text|json] [--out FILE]",
    "       p10 explain <csv> --all [--period P] [...]",
    "",
    "Prints the tree of one entity's scores: each node's score, how it was aggregated, its coverage, and",
    "each answer with its line in the CSV, its value, weight and contribution. With --format json, the same",
    "tree as data (exact decimals as strings; shape: data/schema/explain-output.schema.json).",
    "",
    "Options:",
    "  --entity E               the entity id (required)",
    "  --period P               the period (default: the entity's latest; with --all: every period)",
    "  --all                    explain every entity (and period), one after another, written as they are",
    "                           made: text separated by blank lines; json one p10-explain/1 object per line",
    ...SCORING_USAGE,
    "  --format text|json       the output (default text; an --out FILE ending in .json selects json)",
    "  --out FILE               write the explanation to FILE instead of stdout",
  ].join("\n"),
  options: {
    ...SCORING_OPTIONS,
    entity: { type: "string" },
    period: { type: "string" },
    all: { type: "boolean" },
    format: { type: "string" },
    out: { type: "string" },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const format = outputFormat(values, ["text", "json"] as const, { tty: "text", pipe: "text" }, io);
    const entity = stringOption(values, "entity");
    const all = values.all === true;
    if (all && entity !== undefined) throw new UsageError("--all and --entity exclude each other");
    if (!all && entity === undefined)
      throw new UsageError("--entity is required (or --all for every entity)");
    const { framework, method, parsed } = await loadScoringInputs(values, positionals[0]!, io);
    if (entity === undefined) {
      const period = stringOption(values, "period");
      const periods = [...new Set(parsed.dataset.units.map((u) => u.period))].sort(compareCodePoints);
      if (period !== undefined && !periods.includes(period)) {
        throw new P10Error(
          "P10_UNKNOWN_UNIT",
          `period "${period}" is not in ${inputName(positionals[0]!)} (periods: ${periods.join(", ")})`,
        );
      }
      const scoreSet = score(parsed.dataset, framework, method);
      await emitResult(explainChunks(scoreSet, format, period), stringOption(values, "out"), io);
      return 0;
    }
    const periods = parsed.dataset.units
      .filter((u) => u.entity === entity)
      .map((u) => u.period)
      .sort(compareCodePoints);
    const period = stringOption(values, "period") ?? periods[periods.length - 1];
    if (period === undefined) {
      const all = [...new Set(parsed.dataset.units.map((u) => u.entity))];
      throw new P10Error(
        "P10_UNKNOWN_UNIT",
        `entity "${entity}" is not in ${inputName(positionals[0]!)}${didYouMean(entity, all)} (entities: ${all.slice(0, 20).join(", ")})`,
      );
    }
    const scoreSet = score(parsed.dataset, framework, method);
    const explanation = explain(scoreSet, entity, period);
    const text = format === "json" ? explainJson(explanation) : formatExplanation(explanation);
    await emitResult(text, stringOption(values, "out"), io);
    return 0;
  },
};
