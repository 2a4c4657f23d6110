/**
 * The outputs of a change report (`p10 compare`): tidy CSV (one row per entity × node, every cell through
 * the formula-injection guard), canonical JSON (exact decimals as strings), and a change table per node as
 * plain text or Markdown.
 */
import { checkKind } from "../arguments.js";
import { compareCodePoints } from "../base/code-points.js";
import { CanonicalJsonStream, canonicalJson, canonicalJsonChunks } from "../audit/canonical-json.js";
import { type ChangeReport, type ChangeRow, type ChangeSide, shownChange } from "../compare/change.js";
import { canonicalDecimal, type Dec, roundForDisplay } from "../decimal.js";
import { P10Error } from "../errors.js";
import { displayScore } from "../method/presentation.js";
import { csvRow } from "../base/csv-cell.js";
import { COVERAGE_PLACES } from "./score-writers.js";
import {
  type Align,
  batchLines,
  joinChunks,
  titledTableChunks,
  type StreamedTable,
  type TextTable,
} from "../base/text-table.js";

/**
 * The header of the change CSV, fixed so downstream scripts can rely on it.
 *
 * @example
 * ```ts
 * import { changeReport, frameworks, methods, score, writeChangeCsv } from "principle10";
 * import { CHANGE_CSV_HEADER, createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [
 *   { entity: "AA", period: "2014", indicator: "1.1", code: 1 },
 *   { entity: "AA", period: "2024", indicator: "1.1", code: 3 },
 * ]);
 * const set = score(ds, edi, methods.get("edi-2015"));
 * const report = changeReport({ scoreSet: set, period: "2014" }, { scoreSet: set, period: "2024" });
 * const csv = writeChangeCsv(report);
 * CHANGE_CSV_HEADER.slice(0, 5); // ["entity", "node", "level", "period_from", "period_to"]
 * csv.split("\n")[0] === CHANGE_CSV_HEADER.join(","); // true
 * ```
 */
export const CHANGE_CSV_HEADER = [
  "entity",
  "node",
  "level",
  "period_from",
  "period_to",
  "score_from",
  "score_to",
  "change",
  "score_exact_from",
  "score_exact_to",
  "change_exact",
  "rank_from",
  "rank_to",
  "rank_change",
  "out_of_from",
  "out_of_to",
  "coverage_from",
  "coverage_to",
  "answers_from",
  "answers_to",
  "flags",
  "note",
] as const;

const exact = (v: Dec | null): string => (v === null ? "" : canonicalDecimal(v));
const int = (n: number | null): string => (n === null ? "" : String(n));
const coverage = (v: Dec | null): string =>
  v === null ? "" : roundForDisplay(v, COVERAGE_PLACES, "half-even");

/**
 * Shows a change with its sign, rounded as the method shows scores: `+0.35`, `-0.12`, `0.00`. An exact
 * change rounded this way may differ in the last place from the difference of the two rounded scores; the
 * change tables say so where it does, and `presentation.change: "displayed"` shows that difference instead.
 *
 * @param change - the exact change, or `null`.
 * @param report - the report (for its presentation rules).
 * @returns the text; `null` for a null change.
 * @throws never.
 * @example
 * ```ts
 * import { methods } from "principle10";
 * import { dec, formatChange } from "principle10/advanced";
 * formatChange(dec("0.345"), { presentation: methods.get("edi-2015").presentation }); // "+0.35"
 * ```
 */
export function formatChange(change: Dec | null, report: Pick<ChangeReport, "presentation">): string | null {
  const text = displayScore(change, report.presentation);
  return text === null || text.startsWith("-") || /^0(?:\.0*)?$/.test(text) ? text : `+${text}`;
}

const signed = (n: number | null): string => (n === null ? "" : n > 0 ? `+${n}` : String(n));

/**
 * Writes the tidy CSV of a change report: one row per entity × node, rounded and exact scores and change,
 * ranks (and how many were ranked), coverage (with {@link COVERAGE_PLACES} decimals), answers present, the
 * flag codes (space-separated) and their messages (`; `-separated).
 *
 * @param report - the change report.
 * @returns the CSV text (LF line endings, final newline).
 * @throws never.
 * @example
 * ```ts
 * import { changeReport, frameworks, methods, score, writeChangeCsv } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [
 *   { entity: "AA", period: "2014", indicator: "1.1", code: 1 },
 *   { entity: "AA", period: "2024", indicator: "1.1", code: 3 },
 * ]);
 * const set = score(ds, edi, methods.get("edi-2015"));
 * writeChangeCsv(changeReport({ scoreSet: set, period: "2014" }, { scoreSet: set, period: "2024" }, { nodes: ["edi"] }))
 *   .split("\n")[1]; // "AA,edi,index,2014,2024,1.00,3.00,+2.00,1,3,2,1,1,0,1,1,0.3333,0.3333,1,1,,"
 * ```
 */
export function writeChangeCsv(report: ChangeReport): string {
  checkKind("report", report, "a change report (changeReport)", ["from", "to", "nodes"]);
  return joinChunks(changeCsvChunks(report));
}

/**
 * The change CSV in pieces of a few hundred lines (see {@link writeChangeCsv}): the same bytes, joined.
 *
 * @param report - the change report.
 * @returns the pieces.
 */
export function* changeCsvChunks(report: ChangeReport): Generator<string, void, undefined> {
  yield `${csvRow(CHANGE_CSV_HEADER)}\n`;
  const show = (v: Dec | null): string => displayScore(v, report.presentation) ?? "";
  yield* batchLines(report.rows, (r) =>
    csvRow([
      r.entity,
      r.node,
      r.level,
      report.from.period,
      report.to.period,
      show(r.from.score),
      show(r.to.score),
      formatChange(shownChange(report, r), report) ?? "",
      exact(r.from.score),
      exact(r.to.score),
      exact(r.change),
      int(r.from.rank),
      int(r.to.rank),
      int(r.rankChange),
      String(r.from.outOf),
      String(r.to.outOf),
      coverage(r.from.coverage),
      coverage(r.to.coverage),
      int(r.from.present),
      int(r.to.present),
      r.flags.map((f) => f.code).join(" "),
      r.flags.map((f) => f.message).join("; "),
    ]),
  );
}

/**
 * Writes a change report as canonical JSON: both sides' provenance (framework, method and its hash), the
 * crosswalk, the index, the nodes, and one row per entity × node with exact decimals as strings.
 *
 * @param report - the change report.
 * @returns canonical JSON text with a final newline.
 * @throws never.
 * @example
 * ```ts
 * import { changeReport, frameworks, methods, score, writeChangeJson } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [
 *   { entity: "AA", period: "2014", indicator: "1.1", code: 1 },
 *   { entity: "AA", period: "2024", indicator: "1.1", code: 3 },
 * ]);
 * const set = score(ds, edi, methods.get("edi-2015"));
 * const json = writeChangeJson(changeReport({ scoreSet: set, period: "2014" }, { scoreSet: set, period: "2024" }));
 * JSON.parse(json).rows[0].change; // "2"
 * ```
 */
export function writeChangeJson(report: ChangeReport): string {
  checkKind("report", report, "a change report (changeReport)", ["from", "to", "nodes"]);
  return joinChunks(changeJsonChunks(report));
}

/**
 * The change JSON in pieces (see {@link writeChangeJson}): the rows are written one by one as canonical
 * JSON, so the pieces joined are the canonical text of the whole.
 *
 * @param report - the change report.
 * @returns the pieces.
 */
export function* changeJsonChunks(report: ChangeReport): Generator<string, void, undefined> {
  const sideJson = (s: ChangeSide) => ({
    assessed: s.assessed,
    score: displayScore(s.score, report.presentation),
    score_exact: s.score === null ? null : canonicalDecimal(s.score),
    rank: s.rank,
    out_of: s.outOf,
    coverage: s.coverage === null ? null : canonicalDecimal(s.coverage),
    answers_present: s.present,
  });
  const about = (side: ChangeReport["from"]) => ({
    period: side.period,
    framework: { ...side.framework },
    method: { ...side.method },
  });
  // The displayed-change fields appear only under that convention, so default outputs keep their bytes.
  const displayed = report.change === "displayed";
  const rowJson = (r: ChangeRow): string =>
    canonicalJson({
      entity: r.entity,
      node: r.node,
      level: r.level,
      from: sideJson(r.from),
      to: sideJson(r.to),
      change: r.change === null ? null : canonicalDecimal(r.change),
      ...(displayed
        ? { change_displayed: r.displayedChange === null ? null : canonicalDecimal(r.displayedChange) }
        : {}),
      rank_change: r.rankChange,
      flags: r.flags.map((f) => ({ code: f.code, message: f.message })),
    });
  function* rows(): Generator<string, void, undefined> {
    yield "[";
    let first = true;
    yield* batchLines(
      report.rows,
      (r) => {
        const text = first ? rowJson(r) : `,${rowJson(r)}`;
        first = false;
        return text;
      },
      "",
    );
    yield "]";
  }
  yield* canonicalJsonChunks({
    from: about(report.from),
    to: about(report.to),
    ...(displayed ? { change_convention: "displayed" } : {}),
    ...(report.acrossFrameworks === true ? { across_frameworks: true } : {}),
    crosswalk: report.crosswalk,
    index: report.index,
    ranks: { ties: report.ties, on: report.on },
    nodes: report.nodes.map((n) => ({ ...n })),
    rows: new CanonicalJsonStream(rows),
  });
  yield "\n";
}

/**
 * Builds the change table of one node: entity, name (when known), score in each period, change, rank in
 * each period, rank change and the flags. Rows go from the largest rise to the largest fall; entities
 * without a change follow, all ties by entity id.
 *
 * @param report - the change report.
 * @param node - the node id; default the first node of the report (the index root).
 * @returns the table, for {@link renderTextTable} or {@link renderMarkdownTable}.
 * @throws P10Error `P10_UNKNOWN_NODE` when the report does not hold the node.
 * @example
 * ```ts
 * import { changeReport, frameworks, methods, score } from "principle10";
 * import { changeTable, createDataset, renderTextTable } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [
 *   { entity: "AA", period: "2014", indicator: "1.1", code: 1 },
 *   { entity: "AA", period: "2024", indicator: "1.1", code: 3 },
 * ]);
 * const set = score(ds, edi, methods.get("edi-2015"));
 * console.log(renderTextTable(changeTable(changeReport({ scoreSet: set, period: "2014" }, { scoreSet: set, period: "2024" }))));
 * ```
 */
export function changeTable(report: ChangeReport, node?: string): TextTable {
  const parts = changeTableParts(report, node);
  return { header: parts.header, align: parts.align, rows: [...parts.rows()] };
}

/** {@link changeTable} with its rows made on demand (from the report's rows, sorted once). */
function changeTableParts(report: ChangeReport, node?: string): StreamedTable {
  const id = node ?? report.nodes[0]?.id;
  if (id === undefined || !report.nodes.some((n) => n.id === id)) {
    throw new P10Error(
      "P10_UNKNOWN_NODE",
      `the change report has no node "${id ?? ""}"; it has ${report.nodes.map((n) => n.id).join(", ")}`,
    );
  }
  const rows = report.rows.filter((r) => r.node === id).sort((a, b) => byChange(report, a, b));
  const names = report.entityNames;
  const withNames = rows.some((r) => names.has(r.entity));
  const p1 = report.from.period;
  const p2 = report.to.period;
  const show = (v: Dec | null): string => displayScore(v, report.presentation) ?? "—";
  const header = [
    "entity",
    ...(withNames ? ["name"] : []),
    `score ${p1}`,
    `score ${p2}`,
    "change",
    `rank ${p1}`,
    `rank ${p2}`,
    "rank change",
    "flag",
  ];
  const align: Align[] = [
    "left",
    ...(withNames ? (["left"] as Align[]) : []),
    "right",
    "right",
    "right",
    "right",
    "right",
    "right",
    "left",
  ];
  const cells = (r: ChangeRow): string[] => [
    r.entity,
    ...(withNames ? [names.get(r.entity) ?? ""] : []),
    show(r.from.score),
    show(r.to.score),
    formatChange(shownChange(report, r), report) ?? "—",
    r.from.rank === null ? "—" : String(r.from.rank),
    r.to.rank === null ? "—" : String(r.to.rank),
    r.rankChange === null ? "—" : signed(r.rankChange),
    [...r.flags.map((f) => f.message), ...roundingNote(report, r)].join("; "),
  ];
  return {
    header,
    align,
    rows: function* () {
      for (const r of rows) yield cells(r);
    },
  };
}

/**
 * Writes the change tables of the given nodes as plain text or Markdown, each under a heading naming the
 * node, the periods, the framework(s) and the method.
 *
 * @param report - the change report.
 * @param format - `table` (aligned text) or `md` (Markdown).
 * @param nodes - node ids; default the report's first node (the index root).
 * @returns the text.
 * @throws P10Error `P10_UNKNOWN_NODE` as {@link changeTable}.
 * @example
 * ```ts
 * import { changeReport, frameworks, methods, score } from "principle10";
 * import { createDataset, writeChangeTables } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [
 *   { entity: "AA", period: "2014", indicator: "1.1", code: 1 },
 *   { entity: "AA", period: "2024", indicator: "1.1", code: 3 },
 * ]);
 * const set = score(ds, edi, methods.get("edi-2015"));
 * writeChangeTables(changeReport({ scoreSet: set, period: "2014" }, { scoreSet: set, period: "2024" }), "md")
 *   .startsWith("## edi: 2014 → 2024"); // true
 * ```
 */
export function writeChangeTables(
  report: ChangeReport,
  format: "table" | "md",
  nodes: readonly string[] = report.nodes.slice(0, 1).map((n) => n.id),
): string {
  return joinChunks(changeTablesChunks(report, format, nodes));
}

/**
 * The change tables in pieces (see {@link writeChangeTables}); each table's rows are made as they are
 * written (twice for a text table: once to measure the columns), from the report's rows in order.
 *
 * @param report - the change report.
 * @param format - `table` or `md`.
 * @param nodes - the nodes to show, one table each.
 * @returns the pieces.
 */
export function* changeTablesChunks(
  report: ChangeReport,
  format: "table" | "md",
  nodes: readonly string[] = report.nodes.slice(0, 1).map((n) => n.id),
): Generator<string, void, undefined> {
  const fw = (s: ChangeReport["from"]): string => `${s.framework.id} ${s.framework.version}`;
  const md = (s: ChangeReport["from"]): string => `method ${s.method.id} ${s.method.version}`;
  const frameworks =
    fw(report.from) === fw(report.to)
      ? fw(report.to)
      : report.crosswalk === null
        ? `${fw(report.from)} → ${fw(report.to)}`
        : `${fw(report.from)} → ${fw(report.to)} via crosswalk ${report.crosswalk}`;
  const about =
    report.acrossFrameworks === true
      ? `${fw(report.from)}, ${md(report.from)} → ${fw(report.to)}, ${md(report.to)}; different instruments: the published scores are compared, not the answers`
      : `${frameworks}, ${md(report.to)}`;
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k] as string;
    const title = `${node}: ${report.from.period} → ${report.to.period}`;
    const table = changeTableParts(report, node);
    if (k > 0) yield "\n";
    yield* titledTableChunks(format, title, about, table);
  }
}

/**
 * The table's note where the change shown contradicts the scores shown (44 → 50 with a change of +5: the
 * exact change 5.49 rounded): it says the change is exact and gives the difference of the shown scores.
 * Under the `displayed` convention the change shown is that difference, so there is nothing to say.
 */
function roundingNote(report: ChangeReport, r: ChangeRow): string[] {
  const shown = formatChange(shownChange(report, r), report);
  const between = formatChange(r.displayedChange, report);
  if (shown === null || between === null || shown === between) return [];
  return [`change of the exact scores, rounded; the scores shown differ by ${between}`];
}

/** Largest rise first (of the change shown); null changes last; ties by entity id. */
function byChange(report: ChangeReport, a: ChangeRow, b: ChangeRow): number {
  const ca = shownChange(report, a);
  const cb = shownChange(report, b);
  if (ca === null || cb === null) {
    if (ca !== cb) return ca === null ? 1 : -1;
  } else {
    const c = cb.comparedTo(ca);
    if (c !== 0) return c;
  }
  return compareCodePoints(a.entity, b.entity);
}
