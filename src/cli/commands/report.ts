/**
 * `p10 report`: scores an assessment file and writes one self-contained HTML report (inline SVG and CSS,
 * no script, no request): ranking, change between periods, rank intervals on request, a profile per
 * entity and the methods with the SHA-256 of every input, so that a printed copy can be audited.
 */
import { resolve } from "node:path";
import { analyseCoherence } from "../../coherence/analyse.js";
import { rank } from "../../compare/rank.js";
import type { Method } from "../../method/schema.js";
import type { Dataset } from "../../assessment/dataset.js";
import type { Framework } from "../../framework/framework.js";
import { readJsonFile } from "../../node/json-file.js";
import { periodsOf } from "../../report/assemble/cohort.js";
import { reportHtml } from "../../report/assemble/report.js";
import { iso3166Entities, isoCountry } from "../../report/map/iso3166.js";
import type { WorldShapes } from "../../report/map/world-shapes.js";
import type { ScoreSet } from "../../score/types.js";
import { REPORT_LIMITS } from "../../report/assemble/size.js";
import { score } from "../../score/engine.js";
import { DEFAULT_RUNS, runUncertainty, type UncertaintyResult } from "../../uncertainty/monte-carlo.js";
import { parseUncertaintySpec } from "../../uncertainty/spec.js";
import {
  type Command,
  type CommandIO,
  choiceOption,
  integerOption,
  stringOption,
  UsageError,
} from "../command.js";
import type { EntityTable } from "../../assessment/entities.js";
import { failWithIssues, type P10Issue } from "../../errors.js";
import { ENTITIES_USAGE, loadEntities } from "../entities-input.js";
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

/** The entities-file column that gives each entity's ISO 3166-1 alpha-3 code (matched case-insensitively). */
const ISO_COLUMN = "iso3166";

/**
 * Each entity's ISO 3166-1 alpha-3 code from the `iso3166` column of `--entities FILE` (an empty cell: no
 * code), or `undefined` without such a column.
 * @throws P10Error `P10_REPORT_INPUT` at FILE:LINE:COLUMN for a cell that is not an alpha-3 code.
 */
function isoColumn(table: EntityTable | undefined): Map<string, string> | undefined {
  const k = table?.columns.findIndex((c) => c.toLowerCase() === ISO_COLUMN) ?? -1;
  if (table === undefined || k < 0) return undefined;
  const codes = new Map<string, string>();
  const issues: P10Issue[] = [];
  for (const record of table.entities) {
    const code = record.values[k] ?? null;
    if (code === null) continue;
    if (isoCountry(code) === undefined) {
      issues.push({
        code: "P10_REPORT_INPUT",
        severity: "error",
        message: `${record.entity}: "${code}" is not an ISO 3166-1 alpha-3 code (three capital letters, e.g. BRA)`,
        ...(table.file === undefined ? {} : { file: table.file }),
        line: record.line,
        column: table.columnFields[k]!,
      });
    } else codes.set(record.entity, code);
  }
  if (issues.length > 0) failWithIssues("P10_REPORT_INPUT", "iso3166 column", issues);
  return codes;
}

/**
 * The projected world and the entities' codes: drawn when the entities file has an `iso3166` column, or
 * when every entity of the period shown is itself an ISO 3166-1 alpha-3 code; never with `--no-map`. The
 * map libraries and Natural Earth's shapes are loaded only then.
 */
async function worldMapOf(
  values: Record<string, unknown>,
  scoreSet: ScoreSet,
  period: string | undefined,
  io: CommandIO,
): Promise<{ worldMap: WorldShapes; isoCodes?: ReadonlyMap<string, string> } | undefined> {
  const codes = isoColumn(await loadEntities(values, scoreSet.dataset, io));
  if (values["no-map"] === true) return undefined;
  const periods = periodsOf(scoreSet);
  const shownPeriod = period ?? periods[periods.length - 1];
  const entities = scoreSet.units.filter((u) => u.period === shownPeriod).map((u) => u.entity);
  const iso = iso3166Entities(
    codes === undefined ? entities : entities.flatMap((e) => (codes.has(e) ? [codes.get(e)!] : [])),
  );
  if (iso === null) return undefined;
  const { worldShapes } = await import("../world-map.js");
  const worldMap = await worldShapes([...iso.values()].map((c) => c.numeric));
  return codes === undefined ? { worldMap } : { worldMap, isoCodes: codes };
}

export const reportCommand: Command = {
  name: "report",
  summary: "write a self-contained HTML report (ranking, change, rank intervals, profiles, methods, SHA-256)",
  usage: [
    "Usage: p10 report <csv> [-f framework] [-m method] [--uncertainty [--runs N] [--seed S] [--spec FILE]]",
    "                  [--coherence [--remove LEVEL]] [--period P] [--title T]",
    "                  [--profiles ID,…|all | --no-profiles] [--no-map] [--entities FILE] [--out FILE]",
    "",
    "Scores an assessment file and writes one HTML file that works offline and prints on A4: the ranking",
    "with index and pillar scores as bars coloured by band; the change from the previous period when the",
    "data has one; with --uncertainty, each entity's rank interval over Monte Carlo runs and the inputs",
    "that move the ranks (as p10 uncertainty); with --coherence, the statistical coherence of the index",
    "(as p10 coherence: correlation heatmaps per pillar, alpha, effective weights, remove-one rank shifts);",
    "a profile per entity against the cohort median; when every entity id is an ISO 3166-1 alpha-3 code",
    "(BRA, CHL, …) or the entities file gives them, a world map of the index by band; and a",
    "methods section generated from the framework and method (weights, aggregation, missing data,",
    "coverage, rounding) with the SHA-256 of the framework, the method, the CSV and the canonical scores.",
    "",
    "Options:",
    ...SCORING_USAGE,
    "  --uncertainty            add rank intervals from an uncertainty analysis",
    `  --runs N                 its target number of model runs (default: the spec's, else ${DEFAULT_RUNS})`,
    "  --seed S                 its random seed (as p10 uncertainty)",
    "  --spec FILE              its uncertainty spec JSON (default: {})",
    "  --coherence              add the statistical coherence section",
    "  --remove LEVEL           its remove-one level: pillar (default), group, indicator, none",
    "  --period P               the period to rank and profile (default: the latest)",
    "  --title T                the report's title (default: the index and the period)",
    "  --profiles ID,…          profiles of these entities only (ids as in the file); `all` for every one",
    "  --no-profiles            leave out the per-entity profiles",
    "  --no-map                 leave out the world map drawn when entity ids are ISO 3166-1 alpha-3 codes",
    ENTITIES_USAGE,
    "                           an `iso3166` column (alpha-3 codes; empty: none) puts them on the map",
    "  --out FILE               write the report to FILE instead of stdout",
    "",
    "What each size gets (entities assessed in the period shown):",
    `  up to ${REPORT_LIMITS.allProfiles}             everything, with a profile of every entity`,
    `  ${REPORT_LIMITS.allProfiles + 1} to ${REPORT_LIMITS.chartEntities}          ranking table and charts, change, rank intervals; profiles of the`,
    `                     ${REPORT_LIMITS.profilesAtEachEnd} highest- and ${REPORT_LIMITS.profilesAtEachEnd} lowest-ranked (or those --profiles names)`,
    `  over ${REPORT_LIMITS.chartEntities}          summary only: ranking table, methods and audit; the per-entity charts,`,
    "                     change section and rank intervals are left out (profiles only with --profiles);",
    "                     the page says what it left out",
  ].join("\n"),
  options: {
    ...SCORING_OPTIONS,
    uncertainty: { type: "boolean" },
    coherence: { type: "boolean" },
    remove: { type: "string" },
    runs: { type: "string" },
    seed: { type: "string" },
    spec: { type: "string" },
    period: { type: "string" },
    title: { type: "string" },
    "no-profiles": { type: "boolean" },
    "no-map": { type: "boolean" },
    entities: { type: "string" },
    profiles: { type: "string" },
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
    const remove = choiceOption(values, "remove", ["pillar", "group", "indicator", "none"] as const);
    if (remove !== undefined && values.coherence !== true) throw new UsageError("--remove needs --coherence");
    const coherence =
      values.coherence === true
        ? analyseCoherence(scoreSet, remove === undefined ? {} : { remove })
        : undefined;
    const period = stringOption(values, "period");
    const title = stringOption(values, "title");
    const map = await worldMapOf(values, scoreSet, period, io);
    const html = reportHtml({
      scoreSet,
      ranks: rank(scoreSet),
      provenance: manifest,
      ...(uncertainty === undefined ? {} : { uncertainty }),
      ...(coherence === undefined ? {} : { coherence }),
      ...map,
      ...(period === undefined ? {} : { period }),
      ...(title === undefined ? {} : { title }),
      ...profilesOption(values),
    });
    await emitResult(html, stringOption(values, "out"), io);
    return 0;
  },
};

/** `--profiles ID,…|all` or `--no-profiles` (not both). */
function profilesOption(values: Record<string, unknown>): { profiles?: boolean | readonly string[] } {
  const given = stringOption(values, "profiles");
  if (values["no-profiles"] === true) {
    if (given !== undefined) throw new UsageError("--profiles and --no-profiles exclude each other");
    return { profiles: false };
  }
  if (given === undefined) return {};
  if (given === "all") return { profiles: true };
  const ids = given.split(",").map((id) => id.trim());
  if (ids.some((id) => id === ""))
    throw new UsageError(`--profiles takes entity ids separated by commas; got "${given}"`);
  return { profiles: ids };
}
