/**
 * The compact dataset: one answer per (entity, period, indicator), stored in typed arrays with interned ids.
 * Entities and periods are sorted (code-point order), so a dataset never depends on the order of the rows
 * it was read from. A million answers take a few megabytes: two bytes for the answer, four for its line.
 */
import { P10Error } from "../errors.js";
import type { Framework } from "../framework/framework.js";

/** Answer code: no row was given for this cell (treated as missing). */
export const ABSENT = -1;
/** Answer code: the row gave an explicit *missing* token or an empty response. */
export const MISSING = -2;
/** Answer code: the row said *not applicable*; excluded from every denominator. */
export const NOT_APPLICABLE = -3;

/** Provenance kept for an answer when the row carried it. */
export interface AnswerNote {
  readonly assessor?: string;
  readonly source?: string;
  readonly comment?: string;
}

/** One entity × period of a dataset. */
export interface DatasetUnit {
  readonly entity: string;
  readonly period: string;
}

/**
 * Answers to one framework's indicators for a set of entity × period units.
 * Cell `u * indicators.length + ordinal` holds unit `u`'s answer to the indicator with that ordinal:
 * a level index on the indicator's scale (0, 1, …) or one of {@link ABSENT}, {@link MISSING},
 * {@link NOT_APPLICABLE}.
 */
export interface Dataset {
  /** The framework the answers were validated against. */
  readonly framework: { readonly id: string; readonly version: string };
  /** Indicator ids in framework order (the ordinals of `framework.indicators`). */
  readonly indicators: readonly string[];
  /** Units sorted by entity, then period (code-point order). */
  readonly units: readonly DatasetUnit[];
  /** Answer codes, `units.length × indicators.length`. */
  readonly answers: Int16Array;
  /** 1-based source line of each answer; 0 where no row gave it. */
  readonly lines: Int32Array;
  /** The source file name, when known (for explanations and audit trails). */
  readonly file?: string;
  /** Display names of entities, when the input gave them. */
  readonly entityNames: ReadonlyMap<string, string>;
  /** Provenance by cell index, only for cells whose row carried an assessor, source or comment. */
  readonly notes: ReadonlyMap<number, AnswerNote>;
}

/** One answer given to {@link createDataset}. */
export interface AnswerInput {
  readonly entity: string;
  readonly period: string;
  readonly indicator: string;
  /** A level index, {@link MISSING} or {@link NOT_APPLICABLE}. */
  readonly code: number;
  /** 1-based source line, or 0. */
  readonly line?: number;
  readonly note?: AnswerNote;
  readonly entityName?: string;
}

/**
 * Builds a dataset from already-validated answers. Readers use it after validation; tests and programs use
 * it to build data directly. The result does not depend on the order of `answers`.
 *
 * @param framework - the framework the answers belong to.
 * @param answers - one entry per (entity, period, indicator); level codes are positions on the indicator's scale.
 * @param options - `file`: the source file name to remember.
 * @returns the dataset.
 * @throws P10Error `P10_DATASET_INPUT` for an unknown indicator, a code off the scale, or a cell given twice.
 * @example
 * ```ts
 * import { createDataset, frameworks } from "principle10";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * ds.units; // [{ entity: "AA", period: "2024" }]
 * ```
 */
export function createDataset(
  framework: Framework,
  answers: Iterable<AnswerInput>,
  options: { file?: string } = {},
): Dataset {
  const list = [...answers];
  const unitKey = (entity: string, period: string): string => `${entity}\u0000${period}`;
  const unitKeys = new Map<string, DatasetUnit>();
  for (const a of list) {
    const key = unitKey(a.entity, a.period);
    if (!unitKeys.has(key)) unitKeys.set(key, { entity: a.entity, period: a.period });
  }
  const units = [...unitKeys.values()].sort(compareUnits);
  const unitIndex = new Map(units.map((u, i) => [unitKey(u.entity, u.period), i]));
  const width = framework.indicators.length;
  const cells = new Int16Array(units.length * width).fill(ABSENT);
  const lines = new Int32Array(units.length * width);
  const notes = new Map<number, AnswerNote>();
  const entityNames = new Map<string, string>();
  for (const a of list) {
    const indicator = framework.indicatorById.get(a.indicator);
    if (indicator === undefined) {
      throw new P10Error("P10_DATASET_INPUT", `indicator "${a.indicator}" is not in framework ${framework.id}`);
    }
    const valid = a.code === MISSING || a.code === NOT_APPLICABLE || (Number.isInteger(a.code) && a.code >= 0 && a.code < indicator.scale.levels.length);
    if (!valid) {
      throw new P10Error("P10_DATASET_INPUT", `answer code ${a.code} is not a level of scale ${indicator.scale.id} for indicator ${a.indicator}`);
    }
    const cell = (unitIndex.get(unitKey(a.entity, a.period)) as number) * width + indicator.ordinal;
    if (cells[cell] !== ABSENT) {
      throw new P10Error("P10_DATASET_INPUT", `two answers for ${a.entity} ${a.period} ${a.indicator}`);
    }
    cells[cell] = a.code;
    lines[cell] = a.line ?? 0;
    if (a.note && (a.note.assessor !== undefined || a.note.source !== undefined || a.note.comment !== undefined)) {
      notes.set(cell, a.note);
    }
    if (a.entityName !== undefined && a.entityName !== "") entityNames.set(a.entity, a.entityName);
  }
  return {
    framework: { id: framework.id, version: framework.version },
    indicators: framework.indicators.map((i) => i.id),
    units,
    answers: cells,
    lines,
    ...(options.file === undefined ? {} : { file: options.file }),
    entityNames,
    notes,
  };
}

/**
 * Orders units by entity, then period, in code-point order (locale-independent).
 *
 * @param a - a unit.
 * @param b - another unit.
 * @returns negative, zero or positive.
 * @example
 * ```ts
 * import { compareUnits } from "principle10";
 * [{ entity: "B", period: "1" }, { entity: "A", period: "2" }].sort(compareUnits)[0]?.entity; // "A"
 * ```
 */
export function compareUnits(a: DatasetUnit, b: DatasetUnit): number {
  return compareCodePoints(a.entity, b.entity) || compareCodePoints(a.period, b.period);
}

/**
 * Compares two strings by code points: the same result on every platform and in every locale.
 *
 * @param a - a string.
 * @param b - another string.
 * @returns -1, 0 or 1.
 * @example
 * ```ts
 * import { compareCodePoints } from "principle10";
 * ["b", "B", "a"].sort(compareCodePoints); // ["B", "a", "b"]
 * ```
 */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Reads the answer code of one cell.
 *
 * @param dataset - the dataset.
 * @param unit - the unit's position in `dataset.units`.
 * @param ordinal - the indicator's ordinal in the framework.
 * @returns a level index or {@link ABSENT}, {@link MISSING}, {@link NOT_APPLICABLE}.
 * @example
 * ```ts
 * import { answerAt, createDataset, frameworks } from "principle10";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * answerAt(ds, 0, edi.indicatorById.get("1.1")!.ordinal); // 3
 * ```
 */
export function answerAt(dataset: Dataset, unit: number, ordinal: number): number {
  return dataset.answers[unit * dataset.indicators.length + ordinal] ?? ABSENT;
}
