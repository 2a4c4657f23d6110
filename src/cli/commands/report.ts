/**
 * `p10 report`: scores an assessment file and writes one self-contained HTML report (inline SVG and CSS,
 * no script, no request): ranking, change between periods, rank intervals on request, a profile per
 * entity and the methods with the SHA-256 of every input, so that a printed copy can be audited.
 */
import { resolve } from "node:path";
import { rank } from "../../compare/rank.js";
import type { Method } from "../../method/schema.js";
import type { Dataset } from "../../assessment/dataset.js";
import type { Framework } from "../../framework/framework.js";
import { readJsonFile } from "../../node/json-file.js";
import { reportHtml } from "../../report/assemble/report.js";
import { score } from "../../score/engine.js";
import { DEFAULT_RUNS, runUncertainty, type UncertaintyResult } from "../../uncertainty/monte-carlo.js";
import { parseUncertaintySpec } from "../../uncertainty/spec.js";
import { type Command, type CommandIO, integerOption, stringOption, UsageError } from "../command.js";
import { emitResult } from "../output.js";
import { outputFormat } from "../output-format.js";
import { createProgressBar } from "../progress.js";
import { runManifest } from "../provenance.js";
import { loadScoringInputs, SCORING_OPTIONS, SCORING_USAGE } from "../scoring-inputs.js";
import { seedOf, warnFewRuns } from "./uncertainty.js";

/** Runs the uncertainty analysis `--uncertainty` asks for, with a progress bar on a terminal. */
async function uncertaintyOf(
  values: Record<string, unknown>,
  io: CommandIO,
  inputs: { dataset: Dataset; framework: Framework; method: Method },
): Promise<UncertaintyResult | undefined> {
  const runs = integerOption(values, "runs");
  const seed = stringOption(values, "seed");
  const specFile = stringOption(values, "spec");
  if (values.uncertainty !== true) {
    const stray = [
      runs === undefined ? "" : "--runs",
      seed === undefined ? "" : "--seed",
      specFile ? "--spec" : "",
    ];
    const given = stray.filter((s) => s !== "");
    if (given.length > 0)
      throw new UsageError(`${given.join(" and ")} need${given.length === 1 ? "s" : ""} --uncertainty`);
    return undefined;
  }
  const spec =
    specFile === undefined
      ? {}
      : {
          spec: parseUncertaintySpec(await readJsonFile(resolve(io.cwd, specFile)), { file: specFile }),
          specFile,
        };
  const progress = createProgressBar(io, "uncertainty runs");
  try {
    const result = runUncertainty(inputs.dataset, inputs.framework, inputs.method, {
      ...spec,
      ...(runs === undefined ? {} : { runs }),
      ...(seed === undefined ? {} : { seed: seedOf(seed) }),
      onProgress: (done, total) => progress.update(done, total),
    });
    progress.finish();
    warnFewRuns(result, io);
    return result;
  } finally {
    progress.finish();
  }
}

export const reportCommand: Command = {
  name: "report",
  summary: "write a self-contained HTML report (ranking, change, rank intervals, profiles, methods, SHA-256)",
  usage: [
    "Usage: p10 report <csv> [-f framework] [-m method] [--uncertainty [--runs N] [--seed S] [--spec FILE]]",
    "                  [--period P] [--title T] [--no-profiles] [--out FILE]",
    "",
    "Scores an assessment file and writes one HTML file that works offline and prints on A4: the ranking",
    "with index and pillar scores as bars coloured by band; the change from the previous period when the",
    "data has one; with --uncertainty, each entity's rank interval over Monte Carlo runs and the inputs",
    "that move the ranks (as p10 uncertainty); a profile per entity against the cohort median; and a",
    "methods section generated from the framework and method (weights, aggregation, missing data,",
    "coverage, rounding) with the SHA-256 of the framework, the method, the CSV and the canonical scores.",
    "",
    "Options:",
    ...SCORING_USAGE,
    "  --uncertainty            add rank intervals from an uncertainty analysis",
    `  --runs N                 its target number of model runs (default: the spec's, else ${DEFAULT_RUNS})`,
    "  --seed S                 its random seed (as p10 uncertainty)",
    "  --spec FILE              its uncertainty spec JSON (default: {})",
    "  --period P               the period to rank and profile (default: the latest)",
    "  --title T                the report's title (default: the index and the period)",
    "  --no-profiles            leave out the per-entity profiles",
    "  --out FILE               write the report to FILE instead of stdout",
  ].join("\n"),
  options: {
    ...SCORING_OPTIONS,
    uncertainty: { type: "boolean" },
    runs: { type: "string" },
    seed: { type: "string" },
    spec: { type: "string" },
    period: { type: "string" },
    title: { type: "string" },
    "no-profiles": { type: "boolean" },
    out: { type: "string" },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    outputFormat(values, ["html"] as const, { tty: "html", pipe: "html" }, io);
    const file = positionals[0]!;
    const { framework, method, parsed } = await loadScoringInputs(values, file, io);
    const uncertainty = await uncertaintyOf(values, io, { dataset: parsed.dataset, framework, method });
    const scoreSet = score(parsed.dataset, framework, method);
    const manifest = await runManifest(
      values,
      file,
      parsed.accounting.read,
      scoreSet,
      io,
      "report.scores.json",
    );
    const period = stringOption(values, "period");
    const title = stringOption(values, "title");
    const html = reportHtml({
      scoreSet,
      ranks: rank(scoreSet),
      provenance: manifest,
      ...(uncertainty === undefined ? {} : { uncertainty }),
      ...(period === undefined ? {} : { period }),
      ...(title === undefined ? {} : { title }),
      ...(values["no-profiles"] === true ? { profiles: false } : {}),
    });
    await emitResult(html, stringOption(values, "out"), io);
    return 0;
  },
};
