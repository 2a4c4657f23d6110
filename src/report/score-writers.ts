/**
 * The four outputs of `p10 score`: a ranked table per period (plain text or Markdown), tidy CSV and JSON.
 * CSV cells go through the formula-injection guard; JSON is canonical (sorted keys, decimals as strings),
 * so equal results are equal bytes.
 */
import { checkArgKind, checkKind } from "../arguments.js";
import {
  type CanonicalValue,
  CanonicalJsonStream,
  canonicalJsonArrayChunks,
  canonicalJsonChunks,
  type StreamableJsonValue,
} from "../audit/canonical-json.js";
import { tracedAnswers } from "../audit/trace.js";
import { compareCodePoints } from "../base/code-points.js";
import { pushAll } from "../base/extent.js";
import type { RankSet } from "../compare/rank.js";
import { type Dec, roundForDisplay } from "../decimal.js";
import type { NodeLevel } from "../framework/schema.js";
import { nodeBander } from "../method/presentation.js";
import type { ScoreSet } from "../score/types.js";
import { csvCell, csvRow } from "../base/csv-cell.js";
import { rowChunks, scoreRowWalker, SlotTexts } from "./score-rows.js";
import { SlotMemo } from "./slot-memo.js";
import { type OutputPiece, textPieces, Utf8Sink, utf8Bytes } from "../base/utf8-sink.js";
import {
  type Align,
  joinChunks,
  titledTableChunks,
  type StreamedTable,
  type TextTable,
} from "../base/text-table.js";
import {
  cached,
  cachedTexts,
  jsonTexts,
  type ValueText,
  type ValueTexts,
  valueTexts,
} from "./value-texts.js";

/**
 * Decimal places of the coverage column of the CSV (the JSON output keeps coverage exact).
 *
 * @example
 * ```ts
 * import { frameworks, methods, rank, score, writeScoresCsv } from "principle10";
 * import { COVERAGE_PLACES, createDataset, SCORE_CSV_HEADER } from "principle10/advanced";
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
 * import { frameworks, methods, rank, score, writeScoresCsv } from "principle10";
 * import { createDataset, SCORE_CSV_HEADER } from "principle10/advanced";
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

/** Second keys of the CSV row tails: a row ending there, or going on with its rank. */
const ROW_END = 1;
const ROW_GOES_ON = 2;

/** Encoded JSON row parts kept per output position and period, band or coverage (see `SlotMemo`). */
const SLOT_MEMO_JSON = 8;

/**
 * Encoded row parts kept per output position and value: enough for a group's means (13–37 distinct values
 * per group on the EDI benchmark), while an index's scores, nearly all distinct, are encoded each time.
 */
const SLOT_MEMO_VALUES = 64;

const RANK_KEY = utf8Bytes('"rank":');

/** Periods whose row parts the JSON writer keeps at once (units alternate between a unit's periods). */
const PERIODS_KEPT = 16;

/**
 * The members of a JSON row after its rank: reason, score, the score before normalisation (when there is
 * one) and the exact score, and the closing brace.
 */
function jsonRowEnd(
  texts: ValueText | null,
  reason: string | null,
  before: string | undefined,
  quote: (s: string | null) => string,
): string {
  const v = texts?.json;
  return `,"reason":${quote(reason)},"score":${v === undefined ? "null" : v.display},${before === undefined ? "" : `"score_before_normalisation":${JSON.stringify(before)},`}"score_exact":${v === undefined ? "null" : v.exact}}`;
}

/**
 * Writes the bytes kept at a position for two keys, or makes their text: kept while the position has
 * room, written straight as text once it is full (a position whose values never repeat, such as an
 * index's scores, is then not encoded into bytes of its own and copied).
 */
function writeKept(
  sink: Utf8Sink,
  memo: SlotMemo<Uint8Array>,
  slot: number,
  first: unknown,
  second: unknown,
  make: () => string,
): void {
  const kept = memo.find(slot, first, second);
  if (kept !== undefined) sink.bytes(kept);
  else if (memo.full(slot)) sink.text(make());
  else sink.bytes(memo.keep(slot, first, second, utf8Bytes(make())));
}

/** Options of the score outputs ({@link scoreOutputChunks}). */
export interface ScoreOutputOptions extends ScoresJsonOptions {
  /** Rows of these node levels only, in CSV and JSON (default: every level; `p10 score --levels`). */
  readonly levels?: readonly NodeLevel[] | undefined;
}

/** Group columns added to every row (`p10 score --by`): the group of the entity and the rank in it. */
export interface RowGroups {
  /** The CSV header cells of the two columns. */
  readonly header: readonly string[];
  readonly groupOf: (entity: string) => string | null | undefined;
  readonly groupRanks: RankSet;
}

/**
 * Writes the tidy CSV: one row per entity × period × node, `score` rounded per the method, `score_exact`
 * unrounded, ranks per node and period (ties share the best place), coverage with
 * {@link COVERAGE_PLACES} decimals (half-even), empty cells where there is no value.
 *
 * @param scoreSet - the scores.
 * @param ranks - their ranks.
 * @param options - `levels` to keep (default every level).
 * @returns the CSV text (LF line endings, final newline).
 * @example
 * ```ts
 * import { frameworks, methods, rank, score, writeScoresCsv } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * writeScoresCsv(set, rank(set)).split("\n")[1]; // "AA,2024,edi,index,3.00,3,1,0.3333,very good"
 * ```
 */
export function writeScoresCsv(scoreSet: ScoreSet, ranks: RankSet, options: ScoreOutputOptions = {}): string {
  checkArgKind("scoreSet", scoreSet, "scoreSet");
  checkKind("ranks", ranks, "a rank set (rank)", ["ties", "on", "grouped"]);
  return joinChunks(scoresCsvChunks(scoreSet, ranks, options));
}

/**
 * The tidy CSV in pieces (see {@link writeScoresCsv}), with the group columns when `groups` is given.
 *
 * @param scoreSet - the scores.
 * @param ranks - their ranks.
 * @param options - `levels` to keep.
 * @param groups - the group columns (`p10 score --by`).
 * @returns the pieces of the text.
 */
export function scoresCsvChunks(
  scoreSet: ScoreSet,
  ranks: RankSet,
  options: ScoreOutputOptions = {},
  groups?: RowGroups,
): Generator<string, void, undefined> {
  return textPieces(scoresCsvPieces(scoreSet, ranks, options, groups));
}

/**
 * The tidy CSV as the file writers take it (see {@link scoresCsvChunks}): the header as text, the rows as
 * UTF-8 chunks.
 *
 * @param scoreSet - the scores.
 * @param ranks - their ranks.
 * @param options - `levels` to keep.
 * @param groups - the group columns (`p10 score --by`).
 * @returns the pieces of the output.
 */
export function* scoresCsvPieces(
  scoreSet: ScoreSet,
  ranks: RankSet,
  options: ScoreOutputOptions = {},
  groups?: RowGroups,
): Generator<OutputPiece, void, undefined> {
  yield `${csvRow(groups === undefined ? SCORE_CSV_HEADER : [...SCORE_CSV_HEADER, ...groups.header])}\n`;
  const rows = scoreRowWalker(scoreSet, ranks, { levels: options.levels, otherRanks: groups?.groupRanks });
  const slots = rows.slots;
  const texts = new SlotTexts(slots, valueTexts(scoreSet.method.presentation));
  const coverage = cached((v) => roundForDisplay(v, COVERAGE_PLACES, "half-even"));
  const bandCell = cachedTexts(csvCell);
  const sink = new Utf8Sink();
  // Entity and period cells repeat on every row of a unit: guard, quote and encode them once per unit; the
  // node and level cells repeat at every output position: once per position.
  let entity = "";
  let leadBytes: Uint8Array = new Uint8Array(0);
  const heads = new Array<string | undefined>(slots.length);
  const head = (slot: number): string =>
    (heads[slot] ??= `${csvCell(slots[slot]!.node)},${slots[slot]!.level},`);
  // After the unit's cells, a row is text fixed by its position and value (node, level, score cells; and
  // for rows without rank, coverage and band, the empty cells too) then, when ranked, the rank and text
  // fixed by the position, coverage and band: each encoded once per position and values (the engine
  // shares one decimal per value), so a row is two to four copies of bytes.
  const end = groups === undefined ? "\n" : "";
  const tails = new SlotMemo<Uint8Array>(slots.length, SLOT_MEMO_VALUES);
  const ends = new SlotMemo<Uint8Array>(slots.length, SLOT_MEMO_VALUES);
  // The second key tells the two kinds of tail apart (an unranked row's tail ends its line). Kept as bytes
  // (not through writeKept: a closure per row costs more on this path than the rare miss).
  const tail = (slot: number, value: Dec | null, unranked: boolean): Uint8Array => {
    const kind = unranked ? ROW_END : ROW_GOES_ON;
    return (
      tails.find(slot, value, kind) ??
      tails.keep(
        slot,
        value,
        kind,
        utf8Bytes(
          `${head(slot)}${value === null ? "," : texts.of(slot, value).csv},${unranked ? `,,${end}` : ""}`,
        ),
      )
    );
  };
  const groupCells = (otherRank: number | null): void => {
    if (groups !== undefined) {
      sink.text(`,${csvCell(groups.groupOf(entity) ?? "")},${otherRank === null ? "" : otherRank}\n`);
    }
  };
  // Indicators and gaps: no rank, coverage or band.
  const plain = (slot: number, value: Dec | null): void => {
    sink.bytes(leadBytes);
    sink.bytes(tail(slot, value, true));
    groupCells(null);
  };
  yield* rowChunks(rows, sink, {
    unit(e, period) {
      entity = e;
      leadBytes = utf8Bytes(`${csvCell(e)},${csvCell(period)},`);
    },
    node(slot, score, cover, rank, otherRank) {
      const band = score === null ? null : texts.band(slot, score);
      const unranked = rank === null && cover === null && band === null;
      sink.bytes(leadBytes);
      sink.bytes(tail(slot, score, unranked));
      if (!unranked) {
        if (rank !== null) sink.integer(rank);
        writeKept(
          sink,
          ends,
          slot,
          cover,
          band,
          () => `,${cover === null ? "" : coverage(cover)},${band === null ? "" : bandCell(band)}${end}`,
        );
      }
      groupCells(otherRank);
    },
    indicator: plain,
    gap: plain,
  });
}

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
 * @param options - `trace` to add where every answer came from, `levels` to keep (see {@link ScoreOutputOptions}).
 * @returns canonical JSON text with a final newline.
 * @example
 * ```ts
 * import { frameworks, methods, rank, score, writeScoresJson } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, []), edi, methods.get("edi-2015"));
 * JSON.parse(writeScoresJson(set, rank(set))).method.id; // "edi-2015"
 * ```
 */
export function writeScoresJson(
  scoreSet: ScoreSet,
  ranks: RankSet,
  options: ScoreOutputOptions = {},
): string {
  checkArgKind("scoreSet", scoreSet, "scoreSet");
  checkKind("ranks", ranks, "a rank set (rank)", ["ties", "on", "grouped"]);
  return joinChunks(scoresJsonChunks(scoreSet, ranks, options));
}

/**
 * The JSON output in pieces (see {@link writeScoresJson}): the rows are written one by one, each with its
 * keys in canonical (sorted) order, so the bytes equal `canonicalJson` of the whole.
 *
 * @param scoreSet - the scores.
 * @param ranks - their ranks.
 * @param options - `trace`, `levels`.
 * @param grouped - the group columns of every row and the `groups` member (`p10 score --by`).
 * @returns the pieces of the text.
 */
export function scoresJsonChunks(
  scoreSet: ScoreSet,
  ranks: RankSet,
  options: ScoreOutputOptions = {},
  grouped?: { readonly columns: RowGroups; readonly member: CanonicalValue },
): Generator<string, void, undefined> {
  return textPieces(scoresJsonPieces(scoreSet, ranks, options, grouped));
}

/**
 * The JSON output as the file writers take it (see {@link scoresJsonChunks}): the members around the rows
 * as text, the rows as UTF-8 chunks.
 *
 * @param scoreSet - the scores.
 * @param ranks - their ranks.
 * @param options - `trace`, `levels`.
 * @param grouped - the group columns of every row and the `groups` member (`p10 score --by`).
 * @returns the pieces of the output.
 */
export function* scoresJsonPieces(
  scoreSet: ScoreSet,
  ranks: RankSet,
  options: ScoreOutputOptions = {},
  grouped?: { readonly columns: RowGroups; readonly member: CanonicalValue },
): Generator<OutputPiece, void, undefined> {
  const { framework, method } = scoreSet;
  const groups = grouped?.columns;
  function* rows(): Generator<OutputPiece, void, undefined> {
    yield "[";
    const each = scoreRowWalker(scoreSet, ranks, { levels: options.levels, otherRanks: groups?.groupRanks });
    const slots = each.slots;
    const shared = valueTexts(method.presentation);
    const texts = new SlotTexts(slots, shared);
    const quote = jsonTexts();
    const sink = new Utf8Sink();
    let first = true;
    let entity = "";
    // Per unit: the entity member, and the start of a row without band and coverage up to it (with the
    // comma between rows).
    let unitBytes: Uint8Array = new Uint8Array(0);
    let nullLead: Uint8Array = new Uint8Array(0);
    // The members fixed by the output position (index, kind, level, node), made once per position.
    const heads = new Array<string | undefined>(slots.length);
    const head = (slot: number): string => {
      let h = heads[slot];
      if (h === undefined) {
        const at = slots[slot]!;
        h = `"index":${quote(at.index)},"kind":"${at.kind}","level":"${at.level}","node":${quote(at.node)},`;
        heads[slot] = h;
      }
      return h;
    };
    // Per period (units alternate between periods): the position's members with the period, and for rows
    // without rank, band, coverage or earlier score (indicators, gaps: most rows) everything after the
    // entity's member, by position, value and reason; the row is then two copies of bytes.
    const byPeriod = new Map<
      string,
      { text: string; middles: (Uint8Array | undefined)[]; rests: SlotMemo<Uint8Array> }
    >();
    let current = {
      text: "",
      middles: [] as (Uint8Array | undefined)[],
      rests: new SlotMemo<Uint8Array>(0, 0),
    };
    const middleText = (slot: number): string => `${head(slot)}${current.text}`;
    const middle = (slot: number): Uint8Array => (current.middles[slot] ??= utf8Bytes(middleText(slot)));
    // Encoded once per position and values, for the other rows: the members before the entity's (the
    // comma, band and coverage) of a row with either; the members after the rank (reason, scores), with
    // the rank itself when it is null.
    const starts = new SlotMemo<Uint8Array>(slots.length, SLOT_MEMO_JSON);
    const ends = new SlotMemo<Uint8Array>(slots.length, SLOT_MEMO_VALUES);
    const nullEnds = new SlotMemo<Uint8Array>(slots.length, SLOT_MEMO_VALUES);
    const before = (raw: Dec | undefined): string | undefined =>
      raw === undefined ? undefined : (shared.exact(raw) ?? undefined);
    const groupMembers = (otherRank: number | null): void => {
      if (groups !== undefined) {
        sink.text(
          `"group":${quote(groups.groupOf(entity) ?? null)},"group_rank":${otherRank === null ? "null" : otherRank},`,
        );
      }
    };
    const plain = (
      slot: number,
      value: Dec | null,
      reason: string | null,
      otherRank: number | null,
    ): void => {
      sink.bytes(first ? nullLead.subarray(1) : nullLead);
      first = false;
      groupMembers(otherRank);
      sink.bytes(
        current.rests.find(slot, value, reason) ??
          current.rests.keep(
            slot,
            value,
            reason,
            utf8Bytes(
              `${middleText(slot)}"rank":null${jsonRowEnd(value === null ? null : texts.of(slot, value), reason, undefined, quote)}`,
            ),
          ),
      );
    };
    yield* rowChunks(each, sink, {
      unit(e, period) {
        entity = e;
        const unitText = `"entity":${JSON.stringify(e)},`;
        unitBytes = utf8Bytes(unitText);
        nullLead = utf8Bytes(`,{"band":null,"coverage":null,${unitText}`);
        let parts = byPeriod.get(period);
        if (parts === undefined) {
          // Bounded: with more periods than this, their parts are made again as units come.
          if (byPeriod.size >= PERIODS_KEPT) byPeriod.clear();
          parts = {
            text: `"period":${JSON.stringify(period)},`,
            middles: new Array<Uint8Array | undefined>(slots.length),
            rests: new SlotMemo<Uint8Array>(slots.length, SLOT_MEMO_VALUES),
          };
          byPeriod.set(period, parts);
        }
        current = parts;
      },
      node(slot, score, coverage, rank, otherRank, reason, raw) {
        const band = score === null ? null : texts.band(slot, score);
        if (band === null && coverage === null && rank === null && raw === undefined) {
          plain(slot, score, reason, otherRank);
          return;
        }
        if (band === null && coverage === null) {
          sink.bytes(first ? nullLead.subarray(1) : nullLead);
        } else {
          const start =
            starts.find(slot, band, coverage) ??
            starts.keep(
              slot,
              band,
              coverage,
              utf8Bytes(
                `,{"band":${quote(band)},"coverage":${coverage === null ? "null" : shared.of(coverage).json.exact},`,
              ),
            );
          sink.bytes(first ? start.subarray(1) : start);
          sink.bytes(unitBytes);
        }
        first = false;
        groupMembers(otherRank);
        sink.bytes(middle(slot));
        const end = (): string =>
          jsonRowEnd(score === null ? null : texts.of(slot, score), reason, before(raw), quote);
        if (raw !== undefined) {
          sink.text(`"rank":${rank === null ? "null" : rank}${end()}`);
        } else if (rank === null) {
          writeKept(sink, nullEnds, slot, score, reason, () => `"rank":null${end()}`);
        } else {
          sink.bytes(RANK_KEY);
          sink.integer(rank);
          writeKept(sink, ends, slot, score, reason, end);
        }
      },
      indicator(slot, value, reason) {
        plain(slot, value, reason, null);
      },
      gap(slot, value) {
        plain(slot, value, null, null);
      },
    });
    yield "]";
  }
  const value: StreamableJsonValue<OutputPiece> = {
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
    ...(grouped === undefined ? {} : { groups: grouped.member }),
    rows: new CanonicalJsonStream(rows),
    // Where every answer came from, streamed: a million answers are never held as objects.
    ...(options.trace === true
      ? {
          trace: {
            file: scoreSet.dataset.file ?? null,
            answers: new CanonicalJsonStream(() => canonicalJsonArrayChunks(tracedAnswers(scoreSet))),
          },
        }
      : {}),
  };
  yield* canonicalJsonChunks(value);
  yield "\n";
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
 * import { frameworks, methods, rank, score } from "principle10";
 * import { createDataset, renderTextTable, scoreTable } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * console.log(renderTextTable(scoreTable(set, rank(set), "2024")));
 * ```
 */
export function scoreTable(scoreSet: ScoreSet, ranks: RankSet, period: string, index = 0): TextTable {
  const parts = scoreTableParts(scoreSet, ranks, period, valueTexts(scoreSet.method.presentation), index);
  return { header: parts.header, align: parts.align, rows: parts.members.map(parts.cells) };
}

/** A ranked table whose rows are made on demand: the units shown, in order, and the cells of one unit. */
export interface ScoreTableParts {
  readonly header: readonly string[];
  readonly align: readonly Align[];
  /** The units of the period, in rank order. */
  readonly members: readonly number[];
  /** The cells of one unit's row. */
  readonly cells: (unit: number) => string[];
}

/**
 * The pieces of {@link scoreTable} without its rows, for writers that stream them.
 *
 * @param scoreSet - the scores.
 * @param ranks - their ranks.
 * @param period - the period to show.
 * @param texts - shared formatting caches.
 * @returns the header, the alignment, the units in order and a function from unit to cells.
 */
export function scoreTableParts(
  scoreSet: ScoreSet,
  ranks: RankSet,
  period: string,
  texts: ValueTexts,
  index = 0,
): ScoreTableParts {
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
  const members: number[] = [];
  scoreSet.units.forEach((unit, u) => {
    if (unit.period === period) members.push(u);
  });
  members.sort((a, b) => {
    const ra = rootRanks[a] ?? Number.POSITIVE_INFINITY;
    const rb = rootRanks[b] ?? Number.POSITIVE_INFINITY;
    return ra - rb || compareCodePoints(scoreSet.units[a]?.entity ?? "", scoreSet.units[b]?.entity ?? "");
  });
  const names = scoreSet.dataset.entityNames;
  const withNames = members.some((u) => names.has(scoreSet.units[u]?.entity ?? ""));
  const rootId = first?.nodes[0]?.id ?? "";
  // The root's bands with their limits read once, not at every row (null: the root has none).
  const band = nodeBander(presentation, rootId);
  const hasBands = band !== null;
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
  const cells = (u: number): string[] => {
    const unit = scoreSet.units[u];
    const entity = unit?.entity ?? "";
    const row = [rootRanks[u] == null ? "—" : String(rootRanks[u]), entity];
    if (withNames) row.push(names.get(entity) ?? "");
    for (const c of columns) row.push(texts.display(c.value(u)) ?? "—");
    if (band !== null) {
      const score = unit?.indices[k0]?.nodes[0]?.score ?? null;
      row.push(score === null ? "—" : band(score));
    }
    return row;
  };
  return { header, align, members, cells };
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
 * import { frameworks, methods, rank, score, writeScoresTables } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * writeScoresTables(set, rank(set), "md").startsWith("## 2024"); // true
 * ```
 */
export function writeScoresTables(scoreSet: ScoreSet, ranks: RankSet, format: "table" | "md"): string {
  checkArgKind("scoreSet", scoreSet, "scoreSet");
  checkKind("ranks", ranks, "a rank set (rank)", ["ties", "on", "grouped"]);
  return joinChunks(scoresTablesChunks(scoreSet, ranks, format));
}

/** Extra columns of the ranked tables (`p10 score --by`): headers, alignment and a unit's cells. */
export interface TableColumns {
  readonly header: readonly string[];
  readonly align: readonly Align[];
  readonly cells: (unit: number) => readonly string[];
}

/**
 * The ranked tables in pieces (see {@link writeScoresTables}); a text table's rows are made twice (once to
 * measure the columns), never held.
 *
 * @param scoreSet - the scores.
 * @param ranks - their ranks.
 * @param format - `table` or `md`.
 * @param extra - columns added at the end (group columns), which also drop the `combined` note as before.
 * @returns the pieces of the text.
 */
export function* scoresTablesChunks(
  scoreSet: ScoreSet,
  ranks: RankSet,
  format: "table" | "md",
  extra?: (period: string) => TableColumns,
): Generator<string, void, undefined> {
  const texts = valueTexts(scoreSet.method.presentation);
  const periods = [...ranks.periods].reverse();
  const combined =
    extra !== undefined || scoreSet.dataset.combine === undefined
      ? ""
      : `, combined: ${scoreSet.dataset.combine} of assessors`;
  const about = `${scoreSet.framework.id} ${scoreSet.framework.version}, method ${scoreSet.method.id} ${scoreSet.method.version}${combined}`;
  // Under a framework with several roots, one table per period and root, each titled by its index.
  const sections = ownTables(scoreSet)
    ? periods.flatMap((period) =>
        scoreSet.indices.map((index, k) => ({ period, k, title: `${period}, ${index.id}: ${index.title}` })),
      )
    : periods.map((period) => ({ period, k: 0, title: period }));
  for (let p = 0; p < sections.length; p++) {
    const { period, k, title } = sections[p]!;
    const parts = scoreTableParts(scoreSet, ranks, period, texts, k);
    const more = extra?.(period);
    const table: StreamedTable = {
      header: more === undefined ? parts.header : [...parts.header, ...more.header],
      align: more === undefined ? parts.align : [...parts.align, ...more.align],
      rows: function* () {
        for (const u of parts.members) {
          const row = parts.cells(u);
          if (more !== undefined) pushAll(row, more.cells(u));
          yield row;
        }
      },
    };
    if (p > 0) yield "\n";
    yield* titledTableChunks(format, title, about, table);
  }
}

/**
 * Writes a score output in pieces, for writing to a file or a stream without holding it whole: `csv`
 * ({@link writeScoresCsv}), `json` ({@link writeScoresJson}), `table` or `md` ({@link writeScoresTables}).
 * The pieces joined are the same bytes as those functions return.
 *
 * @param scoreSet - the scores.
 * @param ranks - their ranks.
 * @param format - `csv`, `json`, `table` or `md`.
 * @param options - `levels` (csv, json) and `trace` (json).
 * @returns the pieces of the text, made as they are read.
 * @example
 * ```ts
 * import { frameworks, methods, rank, score, scoreOutputChunks, writeScoresCsv } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const set = score(createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]), edi, methods.get("edi-2015"));
 * [...scoreOutputChunks(set, rank(set), "csv")].join("") === writeScoresCsv(set, rank(set)); // true
 * [...scoreOutputChunks(set, rank(set), "csv", { levels: ["index"] })].join(""); // "entity,period,node,level,score,score_exact,rank,coverage,band\nAA,2024,edi,index,3.00,3,1,0.3333,very good\n"
 * ```
 */
export function scoreOutputChunks(
  scoreSet: ScoreSet,
  ranks: RankSet,
  format: "csv" | "json" | "table" | "md",
  options: ScoreOutputOptions = {},
): Iterable<string> {
  checkArgKind("scoreSet", scoreSet, "scoreSet");
  checkKind("ranks", ranks, "a rank set (rank)", ["ties", "on", "grouped"]);
  return textPieces(scoreOutputPieces(scoreSet, ranks, format, options));
}

/**
 * {@link scoreOutputChunks} as the file writers take it: the CSV and JSON rows come as UTF-8 chunks.
 *
 * @param scoreSet - the scores.
 * @param ranks - their ranks.
 * @param format - `csv`, `json`, `table` or `md`.
 * @param options - `levels` (csv, json) and `trace` (json).
 * @returns the pieces of the output; decoded and joined, the text of {@link scoreOutputChunks}.
 */
export function scoreOutputPieces(
  scoreSet: ScoreSet,
  ranks: RankSet,
  format: "csv" | "json" | "table" | "md",
  options: ScoreOutputOptions = {},
): Iterable<OutputPiece> {
  if (format === "csv") return scoresCsvPieces(scoreSet, ranks, options);
  if (format === "json") return scoresJsonPieces(scoreSet, ranks, options);
  return scoresTablesChunks(scoreSet, ranks, format);
}

/** `true` when the indices are the roots of a framework with several (each gets a table of its own). */
function ownTables(scoreSet: ScoreSet): boolean {
  return scoreSet.framework.roots.length > 1 && scoreSet.method.indices === undefined;
}
