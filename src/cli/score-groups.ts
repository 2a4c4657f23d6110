/**
 * `p10 score --entities FILE --by COLUMN`: ranks within the groups of an entities-file column (a region,
 * an income group) as extra columns at the end, and the group summaries after the tables (or in the JSON).
 */
import { type EntityGroups, entityGroups } from "../compare/entity-join.js";
import { groupSummaries } from "../compare/group-summary.js";
import { type RankSet, rank } from "../compare/rank.js";
import {
  GROUP_CSV_COLUMNS,
  groupedJsonChunks,
  groupedTablesChunks,
  writeGroupSummaries,
} from "../report/group-writers.js";
import { type ScoreOutputOptions, scoresCsvPieces } from "../report/score-writers.js";
import type { OutputPiece } from "../base/utf8-sink.js";
import type { ScoreSet } from "../score/types.js";
import { type Command, type CommandIO, stringOption, UsageError } from "./command.js";
import { ENTITIES_USAGE, loadEntities, printWarnings } from "./entities-input.js";

/** The options `--entities` and `--by`. */
export const SCORE_GROUP_OPTIONS = {
  entities: { type: "string" },
  by: { type: "string" },
} as const satisfies Command["options"];

/** Usage lines of {@link SCORE_GROUP_OPTIONS}. */
export const SCORE_GROUP_USAGE = [
  ENTITIES_USAGE,
  "  --by COLUMN              rank within the groups of this entities column (e.g. region): adds the",
  "                           group and the rank in it, and prints group summaries after the tables",
  "                           (xlsx: a sheet `by COLUMN` with each unit's group and ranks in it)",
];

/**
 * The groups `--entities FILE --by COLUMN` name and the ranks within them (warnings printed once).
 * @param values - the parsed options.
 * @param scoreSet - the scores.
 * @param io - where warnings go.
 * @returns the groups and the ranks within them, or `undefined` without `--by`.
 * @throws UsageError for `--by` without `--entities`; P10Error for an unknown column or a bad file.
 */
export async function scoreGroups(
  values: Record<string, unknown>,
  scoreSet: ScoreSet,
  io: CommandIO,
): Promise<{ groups: EntityGroups; groupRanks: RankSet } | undefined> {
  const by = stringOption(values, "by");
  if (by !== undefined && stringOption(values, "entities") === undefined) {
    throw new UsageError("--by needs --entities FILE (the file that holds the column)");
  }
  const table = await loadEntities(values, scoreSet.dataset, io);
  if (table === undefined || by === undefined) return undefined;
  const groups = entityGroups(table, by);
  printWarnings(groups.issues, io);
  return { groups, groupRanks: rank(scoreSet, { groupOf: groups.groupOf }) };
}

/**
 * Writes the score output with group columns when `--by` is given (after checking `--entities`).
 * @param values - the parsed options.
 * @param scoreSet - the scores.
 * @param ranks - the overall ranks.
 * @param format - the output format.
 * @param io - where warnings go.
 * @param options - options of the CSV and JSON outputs (`levels`, `trace`).
 * @returns the pieces of the text, or `undefined` without `--by` (the plain output applies).
 */
export async function writeGroupedScores(
  values: Record<string, unknown>,
  scoreSet: ScoreSet,
  ranks: RankSet,
  format: "table" | "csv" | "json" | "md",
  io: CommandIO,
  options: ScoreOutputOptions = {},
): Promise<Iterable<OutputPiece> | undefined> {
  const grouped = await scoreGroups(values, scoreSet, io);
  if (grouped === undefined) return undefined;
  const { groups, groupRanks } = grouped;
  const columns = { header: GROUP_CSV_COLUMNS, groupOf: groups.groupOf, groupRanks };
  if (format === "csv") return scoresCsvPieces(scoreSet, ranks, options, columns);
  const summaries = groupSummaries(scoreSet, groups.groupOf);
  if (format === "json") return groupedJsonChunks(scoreSet, ranks, groups, groupRanks, summaries, options);
  return tablesThenSummaries(groupedTablesChunks(scoreSet, ranks, groups, groupRanks, format), () =>
    writeGroupSummaries(summaries, groups.column, scoreSet, format),
  );
}

/** The grouped tables, a blank line, then the group summaries (one small table). */
function* tablesThenSummaries(tables: Iterable<string>, summaries: () => string): Generator<string> {
  yield* tables;
  yield "\n";
  yield summaries();
}
