/**
 * `--format xlsx` for `p10 score` and `p10 compare`: a workbook analysts open in Excel or LibreOffice.
 * Numbers are stored as numbers (the values the CSV shows, rounded as the method shows them), the exact
 * values as text beside them, and the run's provenance (framework, method, input and scores digests) on a
 * sheet of its own. Written with exceljs, loaded only when an xlsx is asked for; this lives in the CLI, never
 * in the browser core.
 */
import type { Worksheet } from "exceljs";
import { CsvTokenizer } from "../../assessment/csv-tokenizer.js";
import type { RankSet } from "../../compare/rank.js";
import type { NodeLevel } from "../../framework/schema.js";
import { scoreRows } from "../../report/score-rows.js";
import { wideScores } from "../../report/wide-scores.js";
import type { ScoreSet } from "../../score/types.js";

/** A sheet before it is written: a header and rows of cells, each a number, a text or empty. */
export interface SheetData {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (number | string | null)[])[];
  /** Number format per column, e.g. `0.00` (Excel's), where the column holds numbers. */
  readonly numberFormats?: readonly (string | undefined)[];
}

const LEVEL_SHEETS: Record<NodeLevel, string> = {
  index: "index",
  pillar: "pillars",
  group: "groups",
  indicator: "indicators",
};

/** The workbook's date: fixed, so the same run writes the same workbook metadata. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

const asNumber = (text: string | null | undefined): number | null =>
  text === null || text === undefined || text === "" ? null : Number(text);

/**
 * The sheets of `p10 score --format xlsx`: one per node level (entities × periods as rows; per node its
 * score as a number, its exact score as text and, above the indicators, its rank), then `provenance`.
 * @param scoreSet - the scores.
 * @param ranks - their ranks.
 * @param names - entity display names.
 * @param provenance - label–value pairs of the run.
 * @param groups - with `--by`: the column, each entity's group and the ranks within groups; adds the sheet
 *   `by COLUMN` (entity, name, period, the group, then each ranked node's rank in its group) before
 *   `provenance`.
 * @returns the sheets.
 */
export function scoreSheets(
  scoreSet: ScoreSet,
  ranks: RankSet,
  names: ReadonlyMap<string, string>,
  provenance: readonly [string, string][],
  groups?: {
    readonly column: string;
    readonly groupOf: (entity: string) => string | null;
    readonly ranks: RankSet;
  },
): SheetData[] {
  const wide = wideScores(scoreRows(scoreSet, ranks));
  const places = scoreSet.method.presentation.places;
  const format = places === 0 ? "0" : `0.${"0".repeat(places)}`;
  const sheets: SheetData[] = [];
  for (const level of ["index", "pillar", "group", "indicator"] as const) {
    const columns = wide.nodes.flatMap((n, i) => (n.level === level ? [i] : []));
    if (columns.length === 0) continue;
    const ranked = level !== "indicator";
    const header = ["entity", "name", "period"];
    const formats: (string | undefined)[] = [undefined, undefined, undefined];
    for (const c of columns) {
      const node = wide.nodes[c]!.node;
      header.push(node, `${node} exact`, ...(ranked ? [`${node} rank`] : []));
      formats.push(format, undefined, ...(ranked ? ["0"] : []));
    }
    const rows = wide.units.map((u) => {
      const row: (number | string | null)[] = [u.entity, names.get(u.entity) ?? null, u.period];
      for (const c of columns) {
        const cell = u.cells[c];
        row.push(asNumber(cell?.score), cell?.scoreExact ?? null);
        if (ranked) row.push(cell?.rank ?? null);
      }
      return row;
    });
    sheets.push({ name: LEVEL_SHEETS[level], header, rows, numberFormats: formats });
  }
  if (groups !== undefined) sheets.push(groupSheet(scoreSet, names, groups));
  sheets.push(provenanceSheet(provenance));
  return sheets;
}

/** The `by COLUMN` sheet of `--by`: each unit's group and its rank within the group at every ranked node. */
function groupSheet(
  scoreSet: ScoreSet,
  names: ReadonlyMap<string, string>,
  groups: NonNullable<Parameters<typeof scoreSheets>[4]>,
): SheetData {
  const wide = wideScores(scoreRows(scoreSet, groups.ranks));
  const columns = wide.nodes.flatMap((n, i) => (n.level === "indicator" ? [] : [i]));
  const header = [
    "entity",
    "name",
    "period",
    groups.column,
    ...columns.map((c) => `${wide.nodes[c]!.node} group rank`),
  ];
  const rows = wide.units.map((u) => [
    u.entity,
    names.get(u.entity) ?? null,
    u.period,
    groups.groupOf(u.entity),
    ...columns.map((c) => u.cells[c]?.rank ?? null),
  ]);
  // Excel's sheet names: at most 31 characters, none of []:*?/\ (the level sheet "groups" exists already).
  return {
    name: `by ${groups.column}`.replace(/[[\]:*?/\\]/g, "_").slice(0, 31),
    header,
    rows,
    numberFormats: [undefined, undefined, undefined, undefined, ...columns.map(() => "0")],
  };
}

/**
 * The provenance sheet: one label and value per row.
 * @param pairs - the label–value pairs.
 * @returns the sheet.
 */
export function provenanceSheet(pairs: readonly [string, string][]): SheetData {
  return { name: "provenance", header: ["item", "value"], rows: pairs.map(([k, v]) => [k, v]) };
}

/** Columns of the change CSV that stay text even when they look like numbers. */
const TEXT_COLUMN = /^(entity|node|level|period_from|period_to|flags|note|answers_from|answers_to)$|_exact/;

/**
 * A sheet from a tidy CSV's header and rows (already split into cells): cells of numeric columns that are
 * decimals become numbers; the exact columns, ids and periods stay text.
 * @param name - the sheet's name.
 * @param header - the CSV header.
 * @param rows - the CSV rows.
 * @returns the sheet.
 */
export function sheetFromCsvCells(
  name: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): SheetData {
  const numeric = header.map((h) => !TEXT_COLUMN.test(h));
  return {
    name,
    header,
    rows: rows.map((r) =>
      r.map((cell, i) =>
        cell === "" ? null : numeric[i] && /^[+-]?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell,
      ),
    ),
  };
}

/**
 * The sheets of `p10 compare --format xlsx`: the change CSV as a sheet (numbers as numbers, exact values as
 * text), then `provenance`. The CSV is read back with the project's own tokenizer, so the sheet holds
 * exactly what the CSV holds.
 * @param csv - the change CSV (`writeChangeCsv`).
 * @param provenance - label–value pairs of the run.
 * @returns the sheets.
 */
export function changeSheets(csv: string, provenance: readonly [string, string][]): SheetData[] {
  const records: string[][] = [];
  const tokenizer = new CsvTokenizer(",", (fields) => {
    records.push(fields);
  });
  tokenizer.push(csv);
  tokenizer.end();
  const [header = [], ...rows] = records;
  // The CSV guards cells against formula injection with a leading apostrophe; a sheet cell is text anyway.
  const unguarded = rows.map((r) => r.map((c) => (/^'[=+\-@\t\r]/.test(c) ? c.slice(1) : c)));
  return [sheetFromCsvCells("change", header, unguarded), provenanceSheet(provenance)];
}

/**
 * Writes sheets into an xlsx workbook.
 * @param sheets - the sheets, in order.
 * @returns the workbook's bytes.
 */
export async function xlsxBytes(sheets: readonly SheetData[]): Promise<Uint8Array> {
  // exceljs is CommonJS: under Node's ESM loader its exports arrive as the default export.
  const loaded = (await import("exceljs")) as unknown as { default: typeof import("exceljs") };
  const workbook = new loaded.default.Workbook();
  workbook.creator = "principle10";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const sheet of sheets) {
    const ws: Worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.addRow([...sheet.header]).font = { bold: true };
    for (const row of sheet.rows) ws.addRow([...row]);
    sheet.numberFormats?.forEach((f, i) => {
      if (f !== undefined) ws.getColumn(i + 1).numFmt = f;
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
