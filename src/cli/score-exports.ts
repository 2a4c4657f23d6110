/**
 * The exports of `p10 score` beyond its text outputs: `--format xlsx` (a workbook), `--wide` (a wide CSV:
 * one row per entity × period, one column per node) and `--datapackage DIR` (a Frictionless Data Package).
 * Kept apart from the command so that the streaming text outputs stay as they are.
 */
import type { Manifest } from "../audit/manifest.js";
import type { ParsedAssessments } from "../assessment/parse.js";
import type { RankSet } from "../compare/rank.js";
import { writeWideScoresCsv } from "../report/wide-scores.js";
import type { ScoreSet } from "../score/types.js";
import { type Command, type CommandIO, stringOption, UsageError } from "./command.js";
import { writeDataPackage } from "./exports/datapackage.js";
import { writeOutputBytes } from "./exports/write-bytes.js";
import { scoreSheets, xlsxBytes } from "./exports/xlsx.js";
import { scoreGroups } from "./score-groups.js";
import { emitResult } from "./output.js";
import { provenancePairs, runManifest } from "./provenance.js";

/** The options `--wide` and `--datapackage`. */
export const SCORE_EXPORT_OPTIONS = {
  wide: { type: "boolean" },
  datapackage: { type: "string" },
} as const satisfies Command["options"];

/** Usage lines of the exports. */
export const SCORE_EXPORT_USAGE = [
  "  --wide                   with csv: one row per entity and period, one column per node (rounded scores)",
  "  --datapackage DIR        also write a Frictionless Data Package to DIR: datapackage.json (Table Schemas,",
  "                           keys, provenance; licence and sources to fill in), scores.csv, entities.csv,",
  "                           assessments.csv",
  "  xlsx (with --out F.xlsx) one sheet per level (entities as rows; scores as numbers, exact values as text",
  "                           beside them, ranks) and a provenance sheet with the digests of the run",
];

/** A finished scoring run. */
export interface ScoreRun {
  readonly file: string;
  readonly parsed: ParsedAssessments;
  readonly scoreSet: ScoreSet;
  readonly ranks: RankSet;
}

/**
 * Refuses export options that cannot go together, before anything is read.
 * @param values - the parsed options.
 * @param format - the resolved output format.
 * @throws UsageError for xlsx without `--out`, `--wide` with a format other than csv, or with `--by`.
 */
export function checkScoreExports(values: Record<string, unknown>, format: string): void {
  if (format === "xlsx" && stringOption(values, "out") === undefined) {
    throw new UsageError("an xlsx workbook is binary: write it to a file with --out FILE.xlsx");
  }
  if (values.wide === true && format !== "csv") {
    throw new UsageError(`--wide is a CSV layout; got --format ${format}`);
  }
  if (values.wide === true && values.by !== undefined)
    throw new UsageError("--wide and --by exclude each other");
}

/** The run manifest of each run's exports, made once: the workbook and the data package both carry it. */
const exportManifests = new WeakMap<ScoreRun, Promise<Manifest>>();

/**
 * The manifest the exports carry (inputs' digests, options, the canonical scores' digest), made once per
 * run: hashing a large set's canonical scores takes seconds, and `--out x.xlsx` with `--datapackage`
 * needs it twice.
 */
function exportManifest(values: Record<string, unknown>, run: ScoreRun, io: CommandIO): Promise<Manifest> {
  let manifest = exportManifests.get(run);
  if (manifest === undefined) {
    manifest = runManifest(values, run.file, run.parsed.accounting.read, run.scoreSet, io, "scores.json");
    exportManifests.set(run, manifest);
  }
  return manifest;
}

/**
 * Writes the xlsx workbook or the wide CSV, when asked for.
 * @param values - the parsed options.
 * @param format - the resolved output format.
 * @param run - the run.
 * @param io - the command's I/O.
 * @returns whether it wrote the command's output (then the text writers are skipped).
 */
export async function writeScoreExport(
  values: Record<string, unknown>,
  format: string,
  run: ScoreRun,
  io: CommandIO,
): Promise<boolean> {
  const out = stringOption(values, "out");
  if (format === "xlsx" && out !== undefined) {
    const manifest = await exportManifest(values, run, io);
    const grouped = await scoreGroups(values, run.scoreSet, io);
    const sheets = scoreSheets(
      run.scoreSet,
      run.ranks,
      run.parsed.dataset.entityNames,
      provenancePairs(manifest),
      grouped === undefined
        ? undefined
        : { column: grouped.groups.column, groupOf: grouped.groups.groupOf, ranks: grouped.groupRanks },
    );
    await writeOutputBytes(await xlsxBytes(sheets), out, io);
    return true;
  }
  if (values.wide === true) {
    await emitResult(writeWideScoresCsv(run.scoreSet, run.ranks), out, io);
    return true;
  }
  return false;
}

/**
 * Writes the data package of `--datapackage DIR`, when given, and says so on stderr.
 * @param values - the parsed options.
 * @param run - the run.
 * @param io - the command's I/O.
 */
export async function writeScoreDataPackage(
  values: Record<string, unknown>,
  run: ScoreRun,
  io: CommandIO,
): Promise<void> {
  const dir = stringOption(values, "datapackage");
  if (dir === undefined) return;
  const manifest = await exportManifest(values, run, io);
  const files = await writeDataPackage(
    dir,
    { scoreSet: run.scoreSet, ranks: run.ranks, names: run.parsed.dataset.entityNames, manifest },
    io,
  );
  io.err(`data package written to ${dir} (${files.join(", ")})\n`);
}
