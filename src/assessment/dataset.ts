/**
 * The compact dataset: one answer per (entity, period, indicator), stored in typed arrays with interned ids.
 * Entities and periods are sorted (code-point order), so a dataset never depends on the order of the rows
 * it was read from. A million answers take a few megabytes: two bytes for the answer, four for its line.
 */
import { compareCodePoints } from "../base/code-points.js";
import { P10Error } from "../errors.js";
import type { CellCases } from "./case-answer.js";
import type { Framework, FrameworkIndicator } from "../framework/framework.js";
import {
  type CellCombination,
  type CombinedAnswer,
  type CombinedValue,
  CombinedSlots,
  type CombineRule,
} from "./combine.js";
import { type AssessmentRecords, NO_ID, RecordCollector } from "./records.js";
import { minOf } from "../base/extent.js";
import { numericCodes } from "./numeric-values.js";
import { checkChoice, checkKind, checkObject, checkOptional } from "../arguments.js";

/**
 * Answer code: no row was given for this cell (treated as missing).
 *
 * @example
 * ```ts
 * import { frameworks } from "principle10";
 * import { ABSENT, answerAt, createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * answerAt(ds, 0, edi.indicatorById.get("1.1")!.ordinal); // 3 (a level index)
 * answerAt(ds, 0, edi.indicatorById.get("1.2")!.ordinal) === ABSENT; // true: no row answered 1.2
 * ```
 */
export const ABSENT = -1;
/**
 * Answer code: the row gave an explicit *missing* token or an empty response.
 *
 * @example
 * ```ts
 * import { frameworks, parseAssessments } from "principle10";
 * import { answerAt, MISSING } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const { dataset } = parseAssessments("entity,period,indicator,response\nAA,2024,1.1,\n", edi);
 * answerAt(dataset, 0, edi.indicatorById.get("1.1")!.ordinal) === MISSING; // true: an empty response
 * ```
 */
export const MISSING = -2;
/**
 * Answer code: the row said *not applicable*; excluded from every denominator.
 *
 * @example
 * ```ts
 * import { frameworks, parseAssessments } from "principle10";
 * import { answerAt, NOT_APPLICABLE } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const { dataset } = parseAssessments("entity,period,indicator,response\nAA,2024,1.1,n/a\n", edi);
 * answerAt(dataset, 0, edi.indicatorById.get("1.1")!.ordinal) === NOT_APPLICABLE; // true
 * ```
 */
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
 * {@link NOT_APPLICABLE} — or a value beyond the scale's levels: code `levels.length + k` is
 * `combinedValues[ordinal][k]` (a numeric indicator's measured values, sorted ascending, then combined
 * or imputed values).
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
  /** How the answers of several assessors to one cell were combined, when the dataset was built so. */
  readonly combine?: CombineRule;
  /**
   * Per indicator ordinal, the values that answer codes at and above the scale's number of levels stand for
   * (code `levels.length + k` is entry `k`): a numeric indicator's measured values (`measured: true`,
   * ascending), then values combined from several assessors (`combine`) or cases. Each is exact, on the
   * native values.
   */
  readonly combinedValues?: readonly (readonly CombinedValue[])[];
  /** With `combine`: every cell answered by several assessors, by cell index, with all their answers. */
  readonly combinations?: ReadonlyMap<number, CellCombination>;
  /** Cells whose value was combined from case-level answers (see `case-apply.ts`), by cell index. */
  readonly cases?: ReadonlyMap<number, CellCases>;
}

/** One answer given to {@link createDataset}. */
export interface AnswerInput {
  readonly entity: string;
  readonly period: string;
  readonly indicator: string;
  /** A level index, {@link MISSING} or {@link NOT_APPLICABLE}; numeric indicators: only the latter two. */
  readonly code?: number;
  /** Numeric indicators: the measured value, an exact decimal such as `"12.5"` (instead of `code`). */
  readonly value?: string;
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
 * import { frameworks } from "principle10";
 * import { createDataset } from "principle10/advanced";
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
  const collector = new RecordCollector();
  for (const a of answers) {
    const indicator = framework.indicatorById.get(a.indicator);
    if (indicator === undefined) {
      throw new P10Error(
        "P10_DATASET_INPUT",
        `indicator "${a.indicator}" is not in framework ${framework.id}`,
      );
    }
    const code = inputCode(indicator, a, collector);
    const note = a.note ?? {};
    collector.add(
      collector.unitId(a.entity, a.period),
      indicator.ordinal,
      code,
      a.line ?? 0,
      collector.assessorId(note.assessor ?? ""),
      collector.textId(note.source ?? ""),
      collector.textId(note.comment ?? ""),
    );
    if (a.entityName !== undefined && a.entityName !== "") collector.entityNames.set(a.entity, a.entityName);
  }
  return assemble(framework, collector.finish(), options, true);
}

/** The record code of one given answer: a level, missing, not applicable, or a numeric value's code. */
function inputCode(indicator: FrameworkIndicator, a: AnswerInput, collector: RecordCollector): number {
  const refuse = (why: string): P10Error =>
    new P10Error("P10_DATASET_INPUT", `indicator ${a.indicator} (scale ${indicator.scale.id}): ${why}`);
  if (a.value !== undefined) {
    if (a.code !== undefined) throw refuse("give a code or a value, not both");
    if (indicator.scale.kind !== "numeric")
      throw refuse(`the scale is ordinal: give a level code, not the value ${JSON.stringify(a.value)}`);
    const answer = typeof a.value === "string" ? indicator.scale.read(a.value) : undefined;
    if (answer?.kind !== "value") {
      throw refuse(
        `${JSON.stringify(a.value)} is not a numeric answer${answer?.kind === "invalid" ? `: ${answer.reason}` : " (use code MISSING or NOT_APPLICABLE)"}`,
      );
    }
    const code = collector.numericId(indicator.ordinal, answer.value);
    if (code > MAX_ANSWER_CODE) throw refuse(`more than ${MAX_ANSWER_CODE + 1} distinct values`);
    return code;
  }
  const levels = indicator.scale.levels.length;
  if (a.code === undefined || !isAnswerCode(a.code, levels)) {
    throw refuse(
      indicator.scale.kind === "numeric"
        ? `answer code ${a.code} is not MISSING or NOT_APPLICABLE: give a numeric answer as value`
        : `answer code ${a.code} is not a level of scale ${indicator.scale.id} for indicator ${a.indicator}`,
    );
  }
  return a.code;
}

/** The largest answer code a dataset holds (answers are 16-bit). */
const MAX_ANSWER_CODE = 32_767;

/** Options of {@link buildDataset}. */
export interface BuildDatasetOptions {
  /** The source file name to remember in the dataset. */
  readonly file?: string;
  /** Use only the records of this assessor (exact name); default: all records, which must then agree on one assessor per cell. */
  readonly assessor?: string;
  /**
   * Combine the answers of several assessors to one cell (not with `assessor`): the `median` (for an even
   * count, the mean of the two middle values) or the `mean` of the values of the levels they gave, exact.
   * Only level answers are combined: *not applicable* and *missing* answers of other assessors are left
   * out, and a cell with one level answer keeps that level; a cell with no level answer is *not
   * applicable* when every assessor said so, else *missing*.
   */
  readonly combine?: CombineRule;
}

/**
 * Builds the one-answer-per-cell dataset from accepted records (what the CSV reader produces) in linear
 * time. Identical repeats of an answer by the same assessor collapse into one (the one whose source and
 * comment come first in code-point order, then the earliest line, so the result does not depend on row order).
 *
 * @param framework - the framework the records were validated against.
 * @param records - accepted records, e.g. `result.records` of `validateAssessments`.
 * @param options - `assessor` to select one assessor's records, or `combine` to combine every cell's
 *   assessors (see {@link BuildDatasetOptions.combine}); `file` to remember.
 * @returns the dataset; every unit of `records` is in it, even when the selected assessor gave it no answer.
 * @throws P10Error `P10_MULTIPLE_ASSESSORS` when some cell was answered by more than one assessor and
 *   neither `assessor` nor `combine` was chosen; `P10_UNKNOWN_ASSESSOR` when the chosen assessor has no
 *   record; `P10_DATASET_INPUT` when records contradict each other or do not fit the framework, or when
 *   both `assessor` and `combine` are given.
 * @example
 * ```ts
 * import { frameworks, validateAssessments } from "principle10";
 * import { buildDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const csv = "entity,period,indicator,response,assessor\nA,2024,1.1,3,Ann\nA,2024,1.1,2,Bob\n";
 * const { records } = validateAssessments(csv, edi);
 * buildDataset(edi, records, { assessor: "Bob" }).answers[0]; // 2
 * ```
 */
export function buildDataset(
  framework: Framework,
  records: AssessmentRecords,
  options: BuildDatasetOptions = {},
): Dataset {
  checkKind("framework", framework, "a framework (parseFramework or frameworks.get)", ["indicatorById"]);
  checkKind("records", records, "assessment records (AssessmentReadout.records)", ["length"]);
  checkObject("options", options);
  checkChoice("options.combine", options.combine, ["median", "mean"]);
  checkOptional("options.assessor", options.assessor, "string");
  return assemble(framework, records, options, false);
}

/** The shared builder; `strict` makes any second answer to a cell an error (for {@link createDataset}). */
function assemble(
  framework: Framework,
  records: AssessmentRecords,
  options: BuildDatasetOptions,
  strict: boolean,
): Dataset {
  let selected: number | undefined;
  if (options.assessor !== undefined && options.combine !== undefined) {
    throw new P10Error(
      "P10_DATASET_INPUT",
      `choose one assessor ("${options.assessor}") or combine them (${options.combine}), not both`,
    );
  }
  if (options.assessor !== undefined) {
    selected = records.assessors.indexOf(options.assessor);
    if (selected === -1) {
      const known =
        records.assessors.length > 0
          ? records.assessors.join(", ")
          : "none: the file has no assessor column values";
      throw new P10Error(
        "P10_UNKNOWN_ASSESSOR",
        `no answers by assessor "${options.assessor}" (assessors: ${known})`,
      );
    }
  }
  const width = framework.indicators.length;
  // Numeric indicators: record codes index the records' value tables; dataset codes index sorted values.
  const numeric = numericCodes(framework, records, selected);
  const codeOf = (r: number): number => {
    const code = records.code[r]!;
    const map = numeric?.remap[records.indicator[r]!];
    return map === undefined || code < 0 ? code : (map[code] ?? NO_ID);
  };
  const order = records.units
    .map((_, i) => i)
    .sort((a, b) => compareUnits(records.units[a]!, records.units[b]!));
  const rank = new Int32Array(order.length);
  order.forEach((u, k) => {
    rank[u] = k;
  });
  const cells = new Int16Array(order.length * width).fill(ABSENT);
  const lines = new Int32Array(order.length * width);
  // The record whose answer each cell holds (-1: none yet).
  const chosen = new Int32Array(order.length * width).fill(-1);
  const text = (id: number): string => (id === NO_ID ? "" : records.texts[id]!);
  // Under `combine`: the cells answered by several assessors, with one record per assessor.
  const groups = new Map<number, number[]>();
  // Of two records of one assessor with the same answer, the one to keep: source and comment first in
  // code-point order, then the earlier line, so that the kept note does not depend on the order of rows.
  const before = (r: number, q: number): boolean =>
    (compareCodePoints(text(records.source[r]!), text(records.source[q]!)) ||
      compareCodePoints(text(records.comment[r]!), text(records.comment[q]!)) ||
      records.line[r]! - records.line[q]!) < 0;
  let shared = 0;
  let example = "";
  for (let r = 0; r < records.length; r++) {
    const a = records.assessor[r]!;
    if (selected !== undefined && a !== selected) continue;
    const ordinal = records.indicator[r]!;
    // Records without numeric values (every ordinal file) keep the direct read.
    const code = numeric === undefined ? records.code[r]! : codeOf(r);
    const indicator = framework.indicators[ordinal];
    const measured = numeric === undefined ? 0 : (numeric.values[ordinal]?.length ?? 0);
    if (indicator === undefined || !isAnswerCode(code, indicator.scale.levels.length + measured)) {
      throw new P10Error(
        "P10_DATASET_INPUT",
        `record ${r} does not fit framework ${framework.id}: indicator ${ordinal}, code ${code}`,
      );
    }
    const cell = rank[records.unit[r]!]! * width + ordinal;
    const q = chosen[cell]!;
    if (q === -1) {
      chosen[cell] = r;
      cells[cell] = code;
      continue;
    }
    const other = records.assessor[q]!;
    const conflict = (): P10Error => {
      const u = records.units[records.unit[r]!]!;
      return new P10Error("P10_DATASET_INPUT", `two answers for ${u.entity} ${u.period} ${indicator.id}`);
    };
    if (strict || (other === a && cells[cell] !== code)) throw conflict();
    if (options.combine !== undefined && (other !== a || groups.has(cell))) {
      const group = groups.get(cell) ?? [q];
      groups.set(cell, group);
      const k = group.findIndex((g) => records.assessor[g] === a);
      if (k === -1) group.push(r);
      else if (codeOf(group[k]!) !== code) throw conflict();
      else if (before(r, group[k]!)) group[k] = r;
      continue;
    }
    if (other !== a) {
      if (shared++ === 0) {
        const u = records.units[records.unit[r]!]!;
        const who = (id: number): string => (id === NO_ID ? "(no assessor)" : records.assessors[id]!);
        const where = records.line[r]! > 0 ? ` (lines ${records.line[q]} and ${records.line[r]})` : "";
        example = `${u.entity} ${u.period} ${indicator.id} by ${who(other)} and ${who(a)}${where}`;
      }
      continue;
    }
    // The same answer again: keep one row (see `before`).
    if (before(r, q)) chosen[cell] = r;
  }
  if (shared > 0) {
    throw new P10Error(
      "P10_MULTIPLE_ASSESSORS",
      `the file holds answers from several assessors for ${shared} cell${shared === 1 ? "" : "s"} (e.g. ${example}); ` +
        "reconcile it with `p10 reconcile`, pick one with `--assessor NAME`, or combine with `--combine median|mean`",
    );
  }
  const combined =
    options.combine === undefined
      ? undefined
      : combineCells(framework, records, groups, options.combine, codeOf, numeric?.values ?? []);
  for (const [cell, c] of combined?.cells ?? []) {
    cells[cell] = c.code;
    lines[cell] = c.line;
    chosen[cell] = -1;
  }
  const notes = new Map<number, AnswerNote>();
  for (let cell = 0; cell < chosen.length; cell++) {
    const r = chosen[cell]!;
    if (r === -1) continue;
    lines[cell] = records.line[r]!;
    const a = records.assessor[r]!;
    const s = records.source[r]!;
    const c = records.comment[r]!;
    if (a === NO_ID && s === NO_ID && c === NO_ID) continue;
    notes.set(cell, {
      ...(a === NO_ID ? {} : { assessor: records.assessors[a]! }),
      ...(s === NO_ID ? {} : { source: records.texts[s]! }),
      ...(c === NO_ID ? {} : { comment: records.texts[c]! }),
    });
  }
  return {
    framework: { id: framework.id, version: framework.version },
    indicators: framework.indicators.map((i) => i.id),
    units: order.map((u) => records.units[u]!),
    answers: cells,
    lines,
    ...(options.file === undefined ? {} : { file: options.file }),
    entityNames: new Map([...records.entityNames].sort((x, y) => compareCodePoints(x[0], y[0]))),
    notes,
    ...(combined === undefined
      ? numeric === undefined
        ? {}
        : { combinedValues: numeric.values }
      : {
          combine: combined.rule,
          combinedValues: combined.values,
          combinations: new Map([...combined.cells].map(([cell, c]) => [cell, c.combination])),
        }),
  };
}

/** The combined answer of each cell answered by several assessors, in cell order (so slots are too). */
function combineCells(
  framework: Framework,
  records: AssessmentRecords,
  groups: ReadonlyMap<number, readonly number[]>,
  rule: CombineRule,
  codeOf: (record: number) => number,
  measured: readonly (readonly CombinedValue[])[],
): {
  rule: CombineRule;
  values: CombinedValue[][];
  cells: Map<number, { code: number; line: number; combination: CellCombination }>;
} {
  const width = framework.indicators.length;
  const slots = new CombinedSlots(framework, rule, measured);
  const cells = new Map<number, { code: number; line: number; combination: CellCombination }>();
  for (const cell of [...groups.keys()].sort((a, b) => a - b)) {
    const answers: CombinedAnswer[] = groups
      .get(cell)!
      .map((r) => ({
        assessor: records.assessor[r] === NO_ID ? null : records.assessors[records.assessor[r]!]!,
        code: codeOf(r),
        line: records.line[r]!,
      }))
      .sort((x, y) => compareCodePoints(x.assessor ?? "", y.assessor ?? ""));
    const levels = answers.flatMap((x) => (x.code >= 0 ? [x.code] : []));
    const code =
      levels.length > 1
        ? slots.codeFor(cell % width, levels)
        : levels.length === 1
          ? levels[0]!
          : answers.every((x) => x.code === NOT_APPLICABLE)
            ? NOT_APPLICABLE
            : MISSING;
    const lines = answers.map((x) => x.line).filter((l) => l > 0);
    cells.set(cell, {
      code,
      line: lines.length === 0 ? 0 : minOf(lines),
      combination: { rule, answers },
    });
  }
  return { rule, values: slots.finish(), cells };
}

function isAnswerCode(code: number, levels: number): boolean {
  return (
    code === MISSING || code === NOT_APPLICABLE || (Number.isInteger(code) && code >= 0 && code < levels)
  );
}

/**
 * Orders units by entity, then period, in code-point order (locale-independent).
 *
 * @param a - a unit.
 * @param b - another unit.
 * @returns negative, zero or positive.
 * @throws never.
 * @example
 * ```ts
 * import { compareUnits } from "principle10/advanced";
 * [{ entity: "B", period: "1" }, { entity: "A", period: "2" }].sort(compareUnits)[0]?.entity; // "A"
 * ```
 */
export function compareUnits(a: DatasetUnit, b: DatasetUnit): number {
  return compareCodePoints(a.entity, b.entity) || compareCodePoints(a.period, b.period);
}

/**
 * Reads the answer code of one cell.
 *
 * @param dataset - the dataset.
 * @param unit - the unit's position in `dataset.units`.
 * @param ordinal - the indicator's ordinal in the framework.
 * @returns a level index or {@link ABSENT}, {@link MISSING}, {@link NOT_APPLICABLE}.
 * @throws never.
 * @example
 * ```ts
 * import { frameworks } from "principle10";
 * import { answerAt, createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * answerAt(ds, 0, edi.indicatorById.get("1.1")!.ordinal); // 3
 * ```
 */
export function answerAt(dataset: Dataset, unit: number, ordinal: number): number {
  return dataset.answers[unit * dataset.indicators.length + ordinal] ?? ABSENT;
}
