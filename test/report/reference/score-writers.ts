// The writers as they were before streaming (main at 0ac87c6), kept verbatim as the reference the streamed
// outputs must equal byte for byte (test/report/streamed-writers.test.ts).
/**
 * The four outputs of `p10 score`: a ranked table per period (plain text or Markdown), tidy CSV and JSON.
 * CSV cells go through the formula-injection guard; JSON is canonical (sorted keys, decimals as strings),
 * so equal results are equal bytes.
 */
import { canonicalJson } from "../../../src/audit/canonical-json.js";
import { traceAnswers } from "../../../src/audit/trace.js";
import { compareCodePoints } from "../../../src/base/code-points.js";
import type { RankSet } from "../../../src/compare/rank.js";
import { type Dec, P10Decimal, roundForDisplay } from "../../../src/decimal.js";
import { bandsOfNode, displayScore, nodeBand } from "../../../src/method/presentation.js";
import type { ScoreSet } from "../../../src/score/types.js";
import { csvRow } from "../../../src/base/csv-cell.js";
import { scoreRows } from "./score-rows.js";
import { type Align, renderMarkdownTable, renderTextTable, type TextTable } from "./text-table.js";

/**
 * Decimal places of the coverage column of the CSV (the JSON output keeps coverage exact).
 *
 * @example
 * ```ts
 * import {
 *   COVERAGE_PLACES, createDataset, frameworks, methods, rank, SCORE_CSV_HEADER, score, writeScoresCsv,
 * } from "principle10";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * const set = score(ds, edi, methods.get("edi-2015"));
 * const row = writeScoresCsv(set, rank(set)).split("\n")[1]!.split(",");
 * COVERAGE_PLACES; // 4
 * row[SCORE_CSV_HEADER.indexOf("coverage")]; // "0.3333": 1 of the 3 equally weighted pillars has a score
 * ```
 */
export const COVERAGE_PLACES = 4;

/**
 * The header of the tidy CSV, fixed so downstream scripts can rely on it.
 *
 * @example
 * ```ts
 * import {
 *   createDataset, frameworks, methods, rank, SCORE_CSV_HEADER, score, writeScoresCsv,
 * } from "principle10";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * const set = score(ds, edi, methods.get("edi-2015"));
 * SCORE_CSV_HEADER.join(","); // "entity,period,node,level,score,score_exact,rank,coverage,band"
 * writeScoresCsv(set, rank(set)).split("\n")[0] === SCORE_CSV_HEADER.join(","); // true
 * ```
 */
export const SCORE_CSV_HEADER = [
  "entity",
  "period",
  "node",
  "level",
  "score",
  "score_exact",
  "rank",
  "coverage",
  "band",
] as const;

/**
 * Writes the tidy CSV: one row per entity × period × node, `score` rounded per the method, `score_exact`
 * unrounded, ranks per node and period (ties share the best place), coverage with
 * {@link COVERAGE_PLACES} decimals (half-even), empty cells where there is no value.
 *
 * @param scoreSet - the scores.
 * @param ranks - their ranks.
 * @returns the CSV text (LF line endings, final newline).
 * @example
 * ```ts
 * import { createDataset, frameworks, methods, rank, score, writeScoresCsv } from "principle10";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * writeScoresCsv(set, rank(set)).split("\n")[1]; // "AA,2024,edi,index,3.00,3,1,0.3333,very good"
 * ```
 */
export function writeScoresCsv(scoreSet: ScoreSet, ranks: RankSet): string {
  const lines = [csvRow(SCORE_CSV_HEADER)];
  for (const r of scoreRows(scoreSet, ranks)) {
    lines.push(
      csvRow([
        r.entity,
        r.period,
        r.node,
        r.level,
        r.score ?? "",
        r.scoreExact ?? "",
        r.rank === null ? "" : String(r.rank),
        coverageText(r.coverage),
        r.band ?? "",
      ]),
    );
  }
  return `${lines.join("\n")}\n`;
}

const coverageText = (exact: string | null): string =>
  exact === null ? "" : roundForDisplay(new P10Decimal(exact), COVERAGE_PLACES, "half-even");

/** Options of {@link writeScoresJson}. */
export interface ScoresJsonOptions {
  /** Add `trace`: every answer's file, CSV line, assessor and source (see `traceAnswers`); default `false`. */
  readonly trace?: boolean;
}

/**
 * Writes the JSON output: the framework and method ids and versions, the presentation rules, how several
 * assessors' answers were combined (`combine`, when the dataset was built so), and the tidy rows (with the
 * reason of every null score, and `score_before_normalisation` for nodes in `normaliseNodes`), as
 * canonical JSON.
 *
 * @param scoreSet - the scores.
 * @param ranks - their ranks.
 * @param options - `trace` to add where every answer came from (see {@link ScoresJsonOptions}).
 * @returns canonical JSON text with a final newline.
 * @example
 * ```ts
 * import { createDataset, frameworks, methods, rank, score, writeScoresJson } from "principle10";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, []), edi, methods.get("edi-2015"));
 * JSON.parse(writeScoresJson(set, rank(set))).method.id; // "edi-2015"
 * ```
 */
export function writeScoresJson(scoreSet: ScoreSet, ranks: RankSet, options: ScoresJsonOptions = {}): string {
  const { framework, method } = scoreSet;
  const rows = scoreRows(scoreSet, ranks).map((r) => ({
    entity: r.entity,
    period: r.period,
    node: r.node,
    level: r.level,
    index: r.index,
    kind: r.kind,
    score: r.score,
    score_exact: r.scoreExact,
    rank: r.rank,
    coverage: r.coverage,
    band: r.band,
    reason: r.reason,
    ...(r.before === undefined ? {} : { score_before_normalisation: r.before }),
  }));
  return `${canonicalJson({
    framework: { id: framework.id, version: framework.version },
    method: { id: method.id, version: method.version },
    presentation: {
      places: method.presentation.places,
      rounding: method.presentation.rounding,
      ranks: { ...method.presentation.ranks },
    },
    indices: scoreSet.indices.map((i) => i.id),
    gaps: scoreSet.gaps.map((g) => g.id),
    ...(scoreSet.dataset.combine === undefined ? {} : { combine: scoreSet.dataset.combine }),
    rows,
    ...(options.trace === true ? { trace: traceAnswers(scoreSet) } : {}),
  })}\n`;
}

/** One column of the ranked table: which index (or gap) and which node it shows. */
interface Column {
  readonly header: string;
  readonly value: (unit: number) => Dec | null;
}

/**
 * Builds the ranked table of one period: rank, entity, name (when known), the overall score of every index
 * and gap, then the same for each pillar, then the band of the first index. Rows are in rank order (ties
 * and unscored units by entity id). When the method has several indices or gaps (law, practice, gap), the
 * pillar columns read `information law`, `information gap`, … and the rank and band columns name the
 * index they follow (`law rank`, `law band`).
 *
 * @param scoreSet - the scores.
 * @param ranks - their ranks.
 * @param period - the period to show.
 * @param index - under a framework with several roots, the position of the index (root) whose table this
 *   is (default the first); otherwise ignored: one table shows every index.
 * @returns the table, ready for {@link renderTextTable} or {@link renderMarkdownTable}.
 * @example
 * ```ts
 * import { createDataset, frameworks, methods, rank, renderTextTable, score, scoreTable } from "principle10";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * console.log(renderTextTable(scoreTable(set, rank(set), "2024")));
 * ```
 */
export function scoreTable(scoreSet: ScoreSet, ranks: RankSet, period: string, index = 0): TextTable {
  const { presentation } = scoreSet.method;
  // A framework with several roots gets one table per root: its own score, pillars, rank and band.
  const perRoot = ownTables(scoreSet);
  const first = scoreSet.indices[perRoot ? index : 0];
  const shown = perRoot ? [index] : scoreSet.indices.map((_, k) => k);
  const several = !perRoot && (scoreSet.indices.length > 1 || scoreSet.gaps.length > 0);
  const columns: Column[] = [];
  const pillars = first ? first.nodes.filter((n) => n.depth === 1).map((n) => n.id) : [];
  for (const nodeId of [null, ...pillars]) {
    scoreSet.indices.forEach((index, k) => {
      if (!shown.includes(k)) return;
      const pos = nodeId === null ? 0 : index.nodes.findIndex((n) => n.id === nodeId);
      if (pos < 0) return;
      const title = nodeId === null ? index.id : several ? `${nodeId} ${index.id}` : nodeId;
      columns.push({ header: title, value: (u) => scoreSet.units[u]?.indices[k]?.nodes[pos]?.score ?? null });
    });
    scoreSet.gaps.forEach((gap, g) => {
      if (perRoot) return;
      const pos = nodeId === null ? 0 : gap.nodes.findIndex((n) => n.id === nodeId);
      if (pos < 0 || (nodeId === null && gap.nodes[0]?.id !== first?.nodes[0]?.id)) return;
      columns.push({
        header: nodeId === null ? gap.id : `${nodeId} ${gap.id}`,
        value: (u) => scoreSet.units[u]?.gaps[g]?.values[pos] ?? null,
      });
    });
  }
  const k0 = perRoot ? index : 0;
  const rootRanks = ranks.indices[k0]?.nodes[0]?.ranks ?? [];
  const members = scoreSet.units.flatMap((unit, u) => (unit.period === period ? [u] : []));
  members.sort((a, b) => {
    const ra = rootRanks[a] ?? Number.POSITIVE_INFINITY;
    const rb = rootRanks[b] ?? Number.POSITIVE_INFINITY;
    return ra - rb || compareCodePoints(scoreSet.units[a]?.entity ?? "", scoreSet.units[b]?.entity ?? "");
  });
  const names = scoreSet.dataset.entityNames;
  const withNames = members.some((u) => names.has(scoreSet.units[u]?.entity ?? ""));
  const rootId = first?.nodes[0]?.id ?? "";
  const hasBands = bandsOfNode(presentation, rootId).length > 0;
  const ranked = several && first ? `${first.id} ` : "";
  const header = [
    `${ranked}rank`,
    "entity",
    ...(withNames ? ["name"] : []),
    ...columns.map((c) => c.header),
    ...(hasBands ? [`${ranked}band`] : []),
  ];
  const align: Align[] = [
    "right",
    "left",
    ...(withNames ? (["left"] as Align[]) : []),
    ...columns.map((): Align => "right"),
    ...(hasBands ? (["left"] as Align[]) : []),
  ];
  const rows = members.map((u) => {
    const unit = scoreSet.units[u];
    const entity = unit?.entity ?? "";
    const rootScore = unit?.indices[k0]?.nodes[0]?.score ?? null;
    return [
      rootRanks[u] == null ? "—" : String(rootRanks[u]),
      entity,
      ...(withNames ? [names.get(entity) ?? ""] : []),
      ...columns.map((c) => displayScore(c.value(u), presentation) ?? "—"),
      ...(hasBands ? [nodeBand(rootScore, presentation, rootId) ?? "—"] : []),
    ];
  });
  return { header, rows, align };
}

/**
 * Writes the ranked tables of every period (latest first), as plain text or Markdown, each under a
 * heading naming the period, the framework and the method (and `combined: median of assessors` when the
 * dataset combined several assessors' answers).
 *
 * @param scoreSet - the scores.
 * @param ranks - their ranks.
 * @param format - `table` (aligned text) or `md` (Markdown).
 * @returns the text.
 * @example
 * ```ts
 * import { createDataset, frameworks, methods, rank, score, writeScoresTables } from "principle10";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * writeScoresTables(set, rank(set), "md").startsWith("## 2024"); // true
 * ```
 */
export function writeScoresTables(scoreSet: ScoreSet, ranks: RankSet, format: "table" | "md"): string {
  const periods = [...ranks.periods].reverse();
  const combined =
    scoreSet.dataset.combine === undefined ? "" : `, combined: ${scoreSet.dataset.combine} of assessors`;
  const about = `${scoreSet.framework.id} ${scoreSet.framework.version}, method ${scoreSet.method.id} ${scoreSet.method.version}${combined}`;
  if (ownTables(scoreSet)) {
    return periods
      .flatMap((period) =>
        scoreSet.indices.map((index, k) => {
          const table = scoreTable(scoreSet, ranks, period, k);
          const title = `${period}, ${index.id}: ${index.title}`;
          return format === "md"
            ? `## ${title}\n\n_${about}_\n\n${renderMarkdownTable(table)}`
            : `${title} (${about})\n${renderTextTable(table)}`;
        }),
      )
      .join("\n");
  }
  return periods
    .map((period) => {
      const table = scoreTable(scoreSet, ranks, period);
      return format === "md"
        ? `## ${period}\n\n_${about}_\n\n${renderMarkdownTable(table)}`
        : `${period} (${about})\n${renderTextTable(table)}`;
    })
    .join("\n");
}

/** `true` when the indices are the roots of a framework with several (each gets a table of its own). */
function ownTables(scoreSet: ScoreSet): boolean {
  return scoreSet.framework.roots.length > 1 && scoreSet.method.indices === undefined;
}
