/**
 * The wide form of the scores: one row per entity × period, one column per node, for spreadsheets and
 * `p10 score --wide`. Built from the tidy rows (`scoreRows`), so every value is the one the long CSV holds.
 */
import type { RankSet } from "../compare/rank.js";
import type { NodeLevel } from "../framework/schema.js";
import type { ScoreSet } from "../score/types.js";
import { csvRow } from "../base/csv-cell.js";
import { type ScoreRow, scoreRows } from "./score-rows.js";

/** Scores in wide form: nodes as columns (first-seen order: framework pre-order), units as rows. */
export interface WideScores {
  /** The node columns, as named in the long outputs, with their level. */
  readonly nodes: readonly { readonly node: string; readonly level: NodeLevel }[];
  /** One row per entity × period, in the ScoreSet's order; `cells[i]` is the row of `nodes[i]`, if any. */
  readonly units: readonly {
    readonly entity: string;
    readonly period: string;
    readonly cells: readonly (ScoreRow | undefined)[];
  }[];
}

/**
 * Pivots the tidy rows into wide form.
 * @param rows - the tidy rows, as `scoreRows` returns them.
 * @returns the nodes and the units.
 */
export function wideScores(rows: readonly ScoreRow[]): WideScores {
  const columns = new Map<string, number>();
  const nodes: { node: string; level: NodeLevel }[] = [];
  const units: { entity: string; period: string; cells: (ScoreRow | undefined)[] }[] = [];
  const unitIndex = new Map<string, number>();
  for (const row of rows) {
    let c = columns.get(row.node);
    if (c === undefined) {
      c = nodes.length;
      columns.set(row.node, c);
      nodes.push({ node: row.node, level: row.level });
    }
    const key = `${row.entity}\u0000${row.period}`;
    let u = unitIndex.get(key);
    if (u === undefined) {
      u = units.length;
      unitIndex.set(key, u);
      units.push({ entity: row.entity, period: row.period, cells: [] });
    }
    (units[u] as { cells: (ScoreRow | undefined)[] }).cells[c] = row;
  }
  for (const unit of units) unit.cells.length = nodes.length;
  return { nodes, units };
}

/**
 * Writes the wide CSV of `p10 score --wide`: `entity,period,` then one column per node holding the score
 * rounded as the method shows it (the long CSV's `score`); empty where a node has no score.
 * @param scoreSet - the scores.
 * @param ranks - their ranks.
 * @returns the CSV text.
 * @example
 * ```ts
 * import { frameworks, methods, rank, score } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * import { writeWideScoresCsv } from "./wide-scores.js";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * writeWideScoresCsv(set, rank(set)).split("\n")[0]?.startsWith("entity,period,edi,information"); // true
 * ```
 */
export function writeWideScoresCsv(scoreSet: ScoreSet, ranks: RankSet): string {
  const wide = wideScores(scoreRows(scoreSet, ranks));
  const lines = [csvRow(["entity", "period", ...wide.nodes.map((n) => n.node)])];
  for (const u of wide.units) {
    lines.push(csvRow([u.entity, u.period, ...u.cells.map((c) => c?.score ?? "")]));
  }
  return `${lines.join("\n")}\n`;
}
