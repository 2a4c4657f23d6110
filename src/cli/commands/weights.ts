/**
 * `p10 weights`: data-driven weights (PCA loadings or correlation-balanced weights) written out as an
 * explicit-weights method file, so the choice is opt-in, reviewable and reproducible.
 */
import { balanceWeights, pcaWeights } from "../../coherence/data-weights.js";
import { renderTextTable } from "../../base/text-table.js";
import { score } from "../../score/engine.js";
import { type Command, choiceOption, integerOption, stringOption, UsageError } from "../command.js";
import { outputFormat } from "../output-format.js";
import { emitResult } from "../output.js";
import { loadScoringInputs, SCORING_OPTIONS, SCORING_USAGE } from "../scoring-inputs.js";

const LEVELS = ["pillar", "group", "indicator"] as const;

export const weightsCommand: Command = {
  name: "weights",
  summary: "data-driven weights (PCA or balanced correlations) written as an explicit-weights method",
  usage: [
    "Usage: p10 weights <csv> (--pca | --balance) [-f framework] [-m method] [--level pillar|group|indicator]",
    "                   [--index ID] [--period P] [--maxit N] [--out method.json]",
    "",
    "Derives weights from the data, as COINr 1.1.14 does, and writes the method (-m, default the",
    "framework's) with those weights as explicit weights:",
    "  --pca       within each parent, the loadings of the first principal component of its children",
    "              (complete cases, centred and scaled); a negative loading is refused",
    "  --balance   the weights of every element of the level chosen so that their correlations with the",
    "              index are as equal as possible (Nelder–Mead as R's optim, reltol 0.1, from equal weights)",
    "The method must weigh nested-equal or explicit. The data come from one index and period; the weights",
    "apply wherever the nodes enter. Without --out the method JSON goes to stdout; with it, a summary.",
    "",
    "Options:",
    ...SCORING_USAGE,
    "  --level LEVEL            the level whose weights are derived (default group)",
    "  --index ID               the index the data come from (default: the method's first)",
    "  --period P               the period whose units are used (default: the last)",
    "  --maxit N                balance: Nelder–Mead's evaluation limit (default 500)",
    "  --out FILE               write the method to FILE",
  ].join("\n"),
  options: {
    ...SCORING_OPTIONS,
    pca: { type: "boolean" },
    balance: { type: "boolean" },
    level: { type: "string" },
    index: { type: "string" },
    period: { type: "string" },
    maxit: { type: "string" },
    out: { type: "string" },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    outputFormat(values, ["json"] as const, { tty: "json", pipe: "json" }, io);
    if ((values.pca === true) === (values.balance === true)) {
      throw new UsageError("choose one scheme: --pca or --balance");
    }
    const level = choiceOption(values, "level", LEVELS) ?? "group";
    const index = stringOption(values, "index");
    const period = stringOption(values, "period");
    const maxit = integerOption(values, "maxit");
    const out = stringOption(values, "out");
    const { framework, method, parsed } = await loadScoringInputs(values, positionals[0]!, io);
    const scores = score(parsed.dataset, framework, method);
    const options = {
      level,
      ...(index === undefined ? {} : { index }),
      ...(period === undefined ? {} : { period }),
      ...(maxit === undefined ? {} : { maxit }),
    };
    const result = values.pca === true ? pcaWeights(scores, options) : balanceWeights(scores, options);
    const json = `${JSON.stringify(result.method, null, 2)}\n`;
    await emitResult(json, out, io);
    if (out !== undefined) {
      const lines = [
        `${result.scheme} weights at the ${result.level} level from index ${result.index}, period ${result.period}, written to ${out}:`,
        renderTextTable({
          header: ["element", "parent", "weight"],
          align: ["left", "left", "right"],
          rows: result.weights.map((w) => [w.id, w.parent, w.weight.toFixed(4)]),
        }),
        ...result.kept.map((k) => `kept the weights under ${k.parent}: ${k.reason}`),
      ];
      if (result.balance !== undefined) {
        lines.push(
          `Nelder–Mead: ${result.balance.evaluations} evaluations, convergence code ${result.balance.convergence}`,
        );
      }
      io.out(`${lines.join("\n")}\n`);
    }
    return 0;
  },
};
