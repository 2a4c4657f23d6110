/**
 * `p10 score --by COLUMN`: the score outputs with each entity's group and its rank within the group added
 * (at the end of every CSV row and table row, so the default layout stays as it is), and the per-group
 * summaries (count, mean, median, minimum, maximum of the index score) as a table or JSON.
 */
import { compareCodePoints } from "../base/code-points.js";
import type { OutputPiece } from "../base/utf8-sink.js";
import type { EntityGroups } from "../compare/entity-join.js";
import type { GroupSummary } from "../compare/group-summary.js";
import type { RankSet } from "../compare/rank.js";
import { canonicalDecimal, type Dec } from "../decimal.js";
import type { Presentation } from "../method/schema.js";
import { displayScore } from "../method/presentation.js";
import type { ScoreSet } from "../score/types.js";
import {
  type RowGroups,
  type ScoreOutputOptions,
  type ScoresJsonOptions,
  scoresCsvChunks,
  scoresJsonPieces,
  scoresTablesChunks,
  type TableColumns,
} from "./score-writers.js";
import {
  type Align,
  joinChunks,
  renderMarkdownTable,
  renderTextTable,
  type TextTable,
} from "../base/text-table.js";

/**
 * The columns added at the end of the score CSV by `--by`.
 *
 * @example
 * ```ts
 * import { entityGroups, frameworks, methods, parseEntities, rank, score } from "principle10";
 * import { GROUP_CSV_COLUMNS } from "./group-writers.js";
 * import { createDataset, writeGroupedScoresCsv } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * const set = score(ds, edi, methods.get("edi-2015"));
 * const groups = entityGroups(parseEntities("entity,region\nAA,North\n"), "region");
 * const csv = writeGroupedScoresCsv(set, rank(set), groups, rank(set, { groupOf: groups.groupOf }));
 * GROUP_CSV_COLUMNS; // ["group", "group_rank"]
 * csv.split("\n")[0]!.endsWith(",group,group_rank"); // true
 * ```
 */
export const GROUP_CSV_COLUMNS = ["group", "group_rank"] as const;

/**
 * Writes the tidy score CSV of `writeScoresCsv` with two more columns at the end: `group` (the entity's
 * value in the grouping column) and `group_rank` (the rank within the group, per node and period). The
 * first columns are byte for byte those of `writeScoresCsv`.
 *
 * @param scoreSet - the scores.
 * @param ranks - the overall ranks.
 * @param groups - the grouping (`entityGroups`).
 * @param groupRanks - `rank(scoreSet, { groupOf: groups.groupOf })`.
 * @returns the CSV text.
 * @throws never.
 * @example
 * ```ts
 * import { entityGroups, frameworks, methods, parseEntities, rank, score } from "principle10";
 * import { createDataset, writeGroupedScoresCsv } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * const groups = entityGroups(parseEntities("entity,region\nAA,North\n"), "region");
 * writeGroupedScoresCsv(set, rank(set), groups, rank(set, { groupOf: groups.groupOf })).split("\n")[1];
 * // "AA,2024,edi,index,3.00,3,1,0.3333,very good,North,1"
 * ```
 */
export function writeGroupedScoresCsv(
  scoreSet: ScoreSet,
  ranks: RankSet,
  groups: EntityGroups,
  groupRanks: RankSet,
): string {
  return joinChunks(scoresCsvChunks(scoreSet, ranks, {}, rowGroups(groups, groupRanks)));
}

/** The group columns of every tidy row. */
const rowGroups = (groups: EntityGroups, groupRanks: RankSet): RowGroups => ({
  header: GROUP_CSV_COLUMNS,
  groupOf: groups.groupOf,
  groupRanks,
});

/**
 * Adds the group and the rank within the group (of the first index's score) to a ranked table of one
 * period (`scoreTable`), as the last two columns, headed by the grouping column's name.
 *
 * @param table - the ranked table of `period`.
 * @param scoreSet - the scores.
 * @param groups - the grouping.
 * @param groupRanks - ranks within groups.
 * @param period - the table's period.
 * @returns the wider table.
 * @throws never.
 * @example
 * ```ts
 * import { entityGroups, frameworks, methods, parseEntities, rank, score } from "principle10";
 * import { withGroupColumns } from "./group-writers.js";
 * import { createDataset, scoreTable } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * const groups = entityGroups(parseEntities("entity,region\nAA,North\n"), "region");
 * withGroupColumns(scoreTable(set, rank(set), "2024"), set, groups, rank(set, { groupOf: groups.groupOf }), "2024").header;
 * // [..., "region", "rank in region"]
 * ```
 */
export function withGroupColumns(
  table: TextTable,
  scoreSet: ScoreSet,
  groups: EntityGroups,
  groupRanks: RankSet,
  period: string,
): TextTable {
  const entityColumn = table.header.indexOf("entity");
  const unitOf = new Map<string, number>();
  scoreSet.units.forEach((u, i) => {
    if (u.period === period) unitOf.set(u.entity, i);
  });
  const rootRanks = groupRanks.indices[0]?.nodes[0]?.ranks ?? [];
  return {
    header: [...table.header, groups.column, `rank in ${groups.column}`],
    align: [...table.align, "left", "right"],
    rows: table.rows.map((cells) => {
      const entity = cells[entityColumn] ?? "";
      const unit = unitOf.get(entity);
      const r = unit === undefined ? null : (rootRanks[unit] ?? null);
      return [...cells, groups.groupOf(entity) ?? "—", r === null ? "—" : String(r)];
    }),
  };
}

/**
 * The ranked tables of every period (latest first), each with the group columns, as plain text or Markdown.
 *
 * @param scoreSet - the scores.
 * @param ranks - the overall ranks.
 * @param groups - the grouping.
 * @param groupRanks - ranks within groups.
 * @param format - `table` or `md`.
 * @returns the text.
 * @throws never.
 * @example
 * ```ts
 * import { entityGroups, frameworks, methods, parseEntities, rank, score } from "principle10";
 * import { createDataset, writeGroupedScoresTables } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * const groups = entityGroups(parseEntities("entity,region\nAA,North\n"), "region");
 * writeGroupedScoresTables(set, rank(set), groups, rank(set, { groupOf: groups.groupOf }), "md").startsWith("## 2024"); // true
 * ```
 */
export function writeGroupedScoresTables(
  scoreSet: ScoreSet,
  ranks: RankSet,
  groups: EntityGroups,
  groupRanks: RankSet,
  format: "table" | "md",
): string {
  return joinChunks(groupedTablesChunks(scoreSet, ranks, groups, groupRanks, format));
}

/** The group columns of the ranked tables: the group, and the rank in it of the first index's score. */
function groupTableColumns(groups: EntityGroups, groupRanks: RankSet, scoreSet: ScoreSet): TableColumns {
  const rootRanks = groupRanks.indices[0]?.nodes[0]?.ranks ?? [];
  return {
    header: [groups.column, `rank in ${groups.column}`],
    align: ["left", "right"],
    cells: (u) => {
      const r = rootRanks[u] ?? null;
      return [groups.groupOf(scoreSet.units[u]?.entity ?? "") ?? "—", r === null ? "—" : String(r)];
    },
  };
}

/**
 * The grouped ranked tables in pieces (see {@link writeGroupedScoresTables}).
 *
 * @param scoreSet - the scores.
 * @param ranks - the overall ranks.
 * @param groups - the grouping.
 * @param groupRanks - ranks within groups.
 * @param format - `table` or `md`.
 * @returns the pieces of the text.
 */
export function groupedTablesChunks(
  scoreSet: ScoreSet,
  ranks: RankSet,
  groups: EntityGroups,
  groupRanks: RankSet,
  format: "table" | "md",
): Iterable<string> {
  const columns = groupTableColumns(groups, groupRanks, scoreSet);
  return scoresTablesChunks(scoreSet, ranks, format, () => columns);
}

/**
 * The table of group summaries: period, group, entities assessed, how many have a score, and the mean,
 * median, minimum and maximum of the score, shown with the method's places and rounding (computed exactly).
 * Periods latest first, groups in code-point order.
 *
 * @param summaries - from `groupSummaries`.
 * @param column - the grouping column's name (the group column's header).
 * @param presentation - the method's presentation rules.
 * @returns the table.
 * @throws never.
 * @example
 * ```ts
 * import { methods } from "principle10";
 * import { dec, groupSummaryTable } from "principle10/advanced";
 * const s = { period: "2024", group: "North", members: 2, count: 2, mean: dec("1.5"), median: dec("1.5"), min: dec("1"), max: dec("2") };
 * groupSummaryTable([s], "region", methods.get("edi-2015").presentation).rows[0];
 * // ["2024", "North", "2", "2", "1.50", "1.50", "1.00", "2.00"]
 * ```
 */
export function groupSummaryTable(
  summaries: readonly GroupSummary[],
  column: string,
  presentation: Pick<Presentation, "places" | "rounding">,
): TextTable {
  const show = (v: Dec | null): string => displayScore(v, presentation) ?? "—";
  const sorted = [...summaries].sort(
    (a, b) => compareCodePoints(b.period, a.period) || compareCodePoints(a.group, b.group),
  );
  const align: Align[] = ["left", "left", "right", "right", "right", "right", "right", "right"];
  return {
    header: ["period", column, "entities", "scored", "mean", "median", "min", "max"],
    align,
    rows: sorted.map((s) => [
      s.period,
      s.group,
      String(s.members),
      String(s.count),
      show(s.mean),
      show(s.median),
      show(s.min),
      show(s.max),
    ]),
  };
}

/**
 * Writes the group summaries under a heading, as plain text or Markdown.
 *
 * @param summaries - from `groupSummaries`.
 * @param column - the grouping column's name.
 * @param scoreSet - the scores (for the presentation rules and the index name).
 * @param format - `table` or `md`.
 * @returns the text.
 * @throws never.
 * @example
 * ```ts
 * import { frameworks, groupSummaries, methods, score } from "principle10";
 * import { createDataset, writeGroupSummaries } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * writeGroupSummaries(groupSummaries(set, () => "North"), "region", set, "table").startsWith("edi by region"); // true
 * ```
 */
export function writeGroupSummaries(
  summaries: readonly GroupSummary[],
  column: string,
  scoreSet: ScoreSet,
  format: "table" | "md",
): string {
  const title = `${scoreSet.indices[0]?.id ?? "index"} by ${column}`;
  const table = groupSummaryTable(summaries, column, scoreSet.method.presentation);
  return format === "md"
    ? `## ${title}\n\n${renderMarkdownTable(table)}`
    : `${title}\n${renderTextTable(table)}`;
}

/**
 * Writes the JSON of `writeScoresJson` with `group` and `group_rank` on every row and a `groups` section
 * (the column and the exact summaries), as canonical JSON.
 *
 * @param scoreSet - the scores.
 * @param ranks - the overall ranks.
 * @param groups - the grouping.
 * @param groupRanks - ranks within groups.
 * @param summaries - from `groupSummaries`.
 * @param options - `trace` adds where every answer came from, as in `writeScoresJson`.
 * @returns canonical JSON text with a final newline.
 * @throws never.
 * @example
 * ```ts
 * import { entityGroups, frameworks, groupSummaries, methods, parseEntities, rank, score } from "principle10";
 * import { createDataset, writeGroupedScoresJson } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * const groups = entityGroups(parseEntities("entity,region\nAA,North\n"), "region");
 * const json = writeGroupedScoresJson(set, rank(set), groups, rank(set, { groupOf: groups.groupOf }), groupSummaries(set, groups.groupOf));
 * JSON.parse(json).groups.summaries[0].mean; // "3"
 * ```
 */
export function writeGroupedScoresJson(
  scoreSet: ScoreSet,
  ranks: RankSet,
  groups: EntityGroups,
  groupRanks: RankSet,
  summaries: readonly GroupSummary[],
  options: ScoresJsonOptions = {},
): string {
  return joinChunks(groupedJsonChunks(scoreSet, ranks, groups, groupRanks, summaries, options));
}

/**
 * The grouped JSON in pieces (see {@link writeGroupedScoresJson}).
 *
 * @param scoreSet - the scores.
 * @param ranks - the overall ranks.
 * @param groups - the grouping.
 * @param groupRanks - ranks within groups.
 * @param summaries - from `groupSummaries`.
 * @param options - `trace`, `levels`.
 * @returns the pieces of the output (the rows as UTF-8 chunks).
 */
export function groupedJsonChunks(
  scoreSet: ScoreSet,
  ranks: RankSet,
  groups: EntityGroups,
  groupRanks: RankSet,
  summaries: readonly GroupSummary[],
  options: ScoreOutputOptions = {},
): Iterable<OutputPiece> {
  const exact = (v: Dec | null): string | null => (v === null ? null : canonicalDecimal(v));
  return scoresJsonPieces(scoreSet, ranks, options, {
    columns: rowGroups(groups, groupRanks),
    member: {
      column: groups.column,
      summaries: summaries.map((s) => ({
        period: s.period,
        group: s.group,
        members: s.members,
        count: s.count,
        mean: exact(s.mean),
        median: exact(s.median),
        min: exact(s.min),
        max: exact(s.max),
      })),
    },
  });
}
