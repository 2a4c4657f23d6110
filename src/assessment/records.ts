/**
 * Assessment records: every accepted answer row in a compact columnar form (typed arrays plus interned
 * strings), before answers are reduced to one per cell. Kept so that double scoring (several assessors per
 * cell) can be studied, and so that a dataset can be built for one chosen assessor.
 */
import type { DatasetUnit } from "./dataset.js";

/**
 * No assessor, source or comment was given (the value of the id columns).
 *
 * @example
 * ```ts
 * import { frameworks, validateAssessments } from "principle10";
 * import { NO_ID } from "./records.js";
 * const csv = "entity,period,indicator,response,assessor\nA,2024,1.1,3,Ann\nA,2024,1.2,2,\n";
 * const { records } = validateAssessments(csv, frameworks.get("edi-2015"));
 * [records.assessor[0], records.assessor[1]]; // [0, -1]: Ann, then no assessor
 * records.assessor[1] === NO_ID; // true
 * ```
 */
export const NO_ID = -1;

/**
 * Accepted answers in file order, one entry per answer (a wide row gives one per filled indicator cell).
 * Entry `r` answered indicator `indicator[r]` for unit `units[unit[r]]` with `code[r]` (a level index or
 * `MISSING` / `NOT_APPLICABLE`), on source line `line[r]`.
 */
export interface AssessmentRecords {
  /** How many records. */
  readonly length: number;
  /** Entity × period units in order of first appearance (not sorted). */
  readonly units: readonly DatasetUnit[];
  /** Unit position (in `units`) of each record. */
  readonly unit: Int32Array;
  /** Indicator ordinal (in the framework's `indicators`) of each record. */
  readonly indicator: Int32Array;
  /** Answer code of each record: a level index, `MISSING` (-2) or `NOT_APPLICABLE` (-3). */
  readonly code: Int16Array;
  /** 1-based source line of each record (0 when the answer did not come from a file). */
  readonly line: Int32Array;
  /** Position in `assessors` of each record's assessor, or {@link NO_ID}. */
  readonly assessor: Int32Array;
  /** Distinct assessor names, in order of first appearance. */
  readonly assessors: readonly string[];
  /** Position in `texts` of each record's source, or {@link NO_ID}. */
  readonly source: Int32Array;
  /** Position in `texts` of each record's comment, or {@link NO_ID}. */
  readonly comment: Int32Array;
  /** Distinct source and comment texts. */
  readonly texts: readonly string[];
  /** Display names of entities, where given. */
  readonly entityNames: ReadonlyMap<string, string>;
}

/**
 * Collects records while a file is read: grows its typed arrays by doubling and interns units, assessors
 * and texts. Used by the CSV reader and by `createDataset`.
 *
 * @throws never.
 * @example
 * ```ts
 * import { RecordCollector } from "./records.js";
 * const c = new RecordCollector();
 * c.add(c.unitId("ARV", "2024"), 0, 3, 2, -1, -1, -1);
 * c.finish().length; // 1
 * ```
 */
export class RecordCollector {
  private size = 0;
  private unit = new Int32Array(1024);
  private indicator = new Int32Array(1024);
  private code = new Int16Array(1024);
  private line = new Int32Array(1024);
  private assessor = new Int32Array(1024);
  private source = new Int32Array(1024);
  private comment = new Int32Array(1024);
  private readonly units: DatasetUnit[] = [];
  private readonly unitIndex = new Map<string, Map<string, number>>();
  private readonly assessors: string[] = [];
  private readonly assessorIndex = new Map<string, number>();
  private readonly texts: string[] = [];
  private readonly textIndex = new Map<string, number>();
  /** Display names of entities, where given. */
  readonly entityNames = new Map<string, string>();
  private lastEntity = "";
  private lastPeriod = "";
  private lastUnit = NO_ID;

  /** How many records were added so far. */
  get length(): number {
    return this.size;
  }

  /**
   * Interns an entity × period unit.
   * @param entity - the entity id.
   * @param period - the period.
   * @returns the unit's position.
   */
  unitId(entity: string, period: string): number {
    if (entity === this.lastEntity && period === this.lastPeriod && this.lastUnit !== NO_ID)
      return this.lastUnit;
    let periods = this.unitIndex.get(entity);
    if (periods === undefined) {
      periods = new Map();
      this.unitIndex.set(ownCopy(entity), periods);
    }
    let id = periods.get(period);
    if (id === undefined) {
      id = this.units.length;
      this.units.push({ entity: ownCopy(entity), period: ownCopy(period) });
      periods.set(ownCopy(period), id);
    }
    this.lastEntity = entity;
    this.lastPeriod = period;
    this.lastUnit = id;
    return id;
  }

  /**
   * Interns an assessor name.
   * @param name - the name; `""` means none.
   * @returns its position, or {@link NO_ID} for `""`.
   */
  assessorId(name: string): number {
    return intern(name, this.assessors, this.assessorIndex);
  }

  /**
   * Interns a source or comment text.
   * @param text - the text; `""` means none.
   * @returns its position, or {@link NO_ID} for `""`.
   */
  textId(text: string): number {
    return intern(text, this.texts, this.textIndex);
  }

  /**
   * Appends one record (arguments as in {@link AssessmentRecords}).
   * @returns the record's position.
   */
  add(
    unit: number,
    indicator: number,
    code: number,
    line: number,
    assessor: number,
    source: number,
    comment: number,
  ): number {
    const r = this.size;
    if (r === this.unit.length) this.grow();
    this.unit[r] = unit;
    this.indicator[r] = indicator;
    this.code[r] = code;
    this.line[r] = line;
    this.assessor[r] = assessor;
    this.source[r] = source;
    this.comment[r] = comment;
    this.size = r + 1;
    return r;
  }

  /**
   * Freezes the collected records into exactly-sized arrays.
   * @param drop - optional flags (1 = leave out) by record position, for records rejected after the fact.
   * @returns the records.
   */
  finish(drop?: Uint8Array): AssessmentRecords {
    let keep: Int32Array | undefined;
    if (drop !== undefined) {
      const kept: number[] = [];
      for (let r = 0; r < this.size; r++) if (drop[r] !== 1) kept.push(r);
      if (kept.length < this.size) keep = Int32Array.from(kept);
    }
    const take = <T extends Int32Array | Int16Array>(a: T): T => {
      if (keep === undefined) return a.slice(0, this.size) as T;
      const out = new (a.constructor as new (n: number) => T)(keep.length);
      for (let k = 0; k < keep.length; k++) out[k] = a[keep[k] as number] as number;
      return out;
    };
    return {
      length: keep === undefined ? this.size : keep.length,
      units: this.units,
      unit: take(this.unit),
      indicator: take(this.indicator),
      code: take(this.code),
      line: take(this.line),
      assessor: take(this.assessor),
      assessors: this.assessors,
      source: take(this.source),
      comment: take(this.comment),
      texts: this.texts,
      entityNames: this.entityNames,
    };
  }

  /** Read access to the columns while collecting (for checks that run before {@link finish}). */
  view(): Pick<AssessmentRecords, "unit" | "indicator" | "code" | "line" | "assessor" | "units"> {
    return {
      unit: this.unit,
      indicator: this.indicator,
      code: this.code,
      line: this.line,
      assessor: this.assessor,
      units: this.units,
    };
  }

  private grow(): void {
    const size = this.unit.length * 2;
    const grown = <T extends Int32Array | Int16Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.unit = grown(this.unit);
    this.indicator = grown(this.indicator);
    this.code = grown(this.code);
    this.line = grown(this.line);
    this.assessor = grown(this.assessor);
    this.source = grown(this.source);
    this.comment = grown(this.comment);
  }
}

function intern(value: string, list: string[], index: Map<string, number>): number {
  if (value === "") return NO_ID;
  let id = index.get(value);
  if (id === undefined) {
    const own = ownCopy(value);
    id = list.length;
    list.push(own);
    index.set(own, id);
  }
  return id;
}

/**
 * Copies a string out of the text it was cut from. Engines may represent `chunk.slice(a, b)` as a view that
 * keeps the whole chunk alive; a value kept for the life of a dataset must not pin a megabyte of input.
 * Concatenation makes a new flat string; slicing that detaches the value from the original chunk.
 *
 * @param text - a string, possibly a slice of a large one.
 * @returns an equal string that shares no storage with the input chunk.
 * @throws never.
 * @example
 * ```ts
 * const kept = ownCopy(chunk.slice(10, 40)); // chunk can now be garbage-collected
 * ```
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
