/**
 * `p10 uncertainty`: how robust is each rank? Monte Carlo rank intervals under perturbed weights and
 * alternative methods, and the Sobol indices saying which uncertain input moves the ranks most.
 */
import { resolve } from "node:path";
import { readJsonFile } from "../../node/json-file.js";
import { DEFAULT_RUNS, DEFAULT_SEED, runUncertainty } from "../../uncertainty/monte-carlo.js";
import { sobolPrecisionWarning } from "../../uncertainty/sample-size.js";
import { parseUncertaintySpec } from "../../uncertainty/spec.js";
import type { UncertaintyResult } from "../../uncertainty/monte-carlo.js";
import {
  writeUncertaintyCsv,
  writeUncertaintyJson,
  writeUncertaintyTables,
} from "../../uncertainty/writers.js";
import { type Command, type CommandIO, integerOption, stringOption, UsageError } from "../command.js";
import { emitResult } from "../output.js";
import { outputFormat } from "../output-format.js";
import { FORMAT_USAGE } from "../usage.js";
import { createProgressBar } from "../progress.js";
import { loadScoringInputs, SCORING_OPTIONS, SCORING_USAGE } from "../scoring-inputs.js";

const FORMATS = ["table", "csv", "json"] as const;

/** A `--seed` value: a whole number below 2^32 is a number seed, anything else a text seed. */
export function seedOf(text: string): number | string {
  if (text === "") throw new UsageError("--seed expects a value");
  return /^\d{1,10}$/.test(text) && Number(text) < 4_294_967_296 ? Number(text) : text;
}

/**
 * Warns on stderr when the runs were too few for Sobol indices one can read (see `sample-size.ts`).
 * @param result - the analysis.
 * @param io - where the warning goes.
 * @param node - the node the output shows (default: the index root).
 */
export function warnFewRuns(result: UncertaintyResult, io: CommandIO, node?: string): void {
  const warning = sobolPrecisionWarning(result, node === undefined ? undefined : [node]);
  if (warning !== null) io.err(`warning P10_UNCERTAINTY_FEW_RUNS: ${warning}\n`);
}

export const uncertaintyCommand: Command = {
  name: "uncertainty",
  summary: "rank intervals and Sobol sensitivity indices under perturbed weights and methods",
  usage: [
    "Usage: p10 uncertainty <csv> [-f framework] [-m method] [--spec FILE] [--runs N] [--seed S]",
    "                       [--node ID] [--format table|csv|json] [--out FILE]",
    "",
    "Re-scores every entity many times with the uncertain inputs of the spec drawn at random (default:",
    "weights ±25 % per level, arithmetic or geometric pillars and index (a geometric mean offsets values by",
    "1 % of the range unless the method or spec sets a zeros rule), missing answers dropped or zero, one",
    "group left out at a time) and reports, per period, each entity's nominal rank, median rank and",
    "5th–95th percentile interval, then the first-order and total Sobol indices of each input on the mean",
    "absolute rank shift (Saltelli 2010 / Jansen estimators, bootstrap intervals). The runs are the rows",
    "of one Saltelli design: with k inputs it has n = round(N / (k + 2)) base rows and n·(k + 2) runs.",
    "The same seed gives the same output, byte for byte, on every platform.",
    "",
    "Options:",
    ...SCORING_USAGE,
    "  --spec FILE              uncertainty spec JSON (data/schema/uncertainty.schema.json); default: {}",
    `  --runs N                 target number of model runs N (default: the spec's, else ${DEFAULT_RUNS})`,
    `  --seed S                 random seed: an integer 0–4294967295 or any text (default: the spec's, else ${DEFAULT_SEED})`,
    "  --node ID                the node the table shows (default: the index root); pillars are always analysed",
    ...FORMAT_USAGE,
    "",
    "CSV columns: index,node,period,entity,nominal,median,p05,p95,mean,min,max,mean_shift,runs",
    "(the Sobol indices are in the table and JSON outputs). A progress bar is drawn on stderr only when it",
    "is a terminal and CI is not set.",
  ].join("\n"),
  options: {
    ...SCORING_OPTIONS,
    spec: { type: "string" },
    runs: { type: "string" },
    seed: { type: "string" },
    node: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const format = outputFormat(values, FORMATS, { tty: "table", pipe: "csv" }, io);
    const runs = integerOption(values, "runs");
    const seedText = stringOption(values, "seed");
    const node = stringOption(values, "node");
    const specFile = stringOption(values, "spec");
    const specOptions =
      specFile === undefined
        ? {}
        : {
            spec: parseUncertaintySpec(await readJsonFile(resolve(io.cwd, specFile)), { file: specFile }),
            specFile,
          };
    const { framework, method, parsed } = await loadScoringInputs(values, positionals[0]!, io);
    const progress = createProgressBar(io, "uncertainty runs");
    let result: ReturnType<typeof runUncertainty>;
    try {
      result = runUncertainty(parsed.dataset, framework, method, {
        ...specOptions,
        ...(runs === undefined ? {} : { runs }),
        ...(seedText === undefined ? {} : { seed: seedOf(seedText) }),
        ...(node === undefined ? {} : { nodes: [node] }),
        onProgress: (done, total) => progress.update(done, total),
      });
    } finally {
      progress.finish();
    }
    warnFewRuns(result, io, node);
    const text =
      format === "csv"
        ? writeUncertaintyCsv(result)
        : format === "json"
          ? writeUncertaintyJson(result)
          : writeUncertaintyTables(result, node === undefined ? {} : { node });
    await emitResult(text, stringOption(values, "out"), io);
    return 0;
  },
};
