/**
 * The audit trail of every answer behind a ScoreSet: where it came from (file, CSV line, assessor, source),
 * for the traceable JSON output (`p10 score --format json --trace`). Kept apart from the canonical scores
 * because line numbers change when rows are reordered, while the scores must not.
 */
import type { ScoreSet } from "../score/types.js";

/** One answer's provenance (a type alias, so that it is canonical JSON data). */
export type TracedAnswer = {
  readonly entity: string;
  readonly period: string;
  readonly indicator: string;
  /** `answered`, `missing`, `absent` (no row) or `not-applicable`. */
  readonly status: string;
  /** The scale code when answered, else `null`. */
  readonly code: string | null;
  /** The 1-based line of the row that gave the answer; `null` when no row gave it. */
  readonly line: number | null;
  /** Who answered, when the row said. */
  readonly assessor?: string;
  /** The cited source, when the row gave one. */
  readonly source?: string;
};

/** The trace section of the traceable JSON. */
export type AnswerTrace = {
  /** The assessment file the lines refer to, when known. */
  readonly file: string | null;
  /** Every unit's answers, units in ScoreSet order, indicators in framework order. */
  readonly answers: readonly TracedAnswer[];
};

/**
 * Lists where every answer of a ScoreSet came from.
 *
 * @param scoreSet - the scores (their dataset keeps the lines and notes).
 * @returns the file and, per unit and framework indicator, status, code, line, assessor and source.
 * @example
 * ```ts
 * import { frameworks, methods, score } from "principle10";
 * import { createDataset, traceAnswers } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3, line: 2, note: { assessor: "Ann" } }]);
 * traceAnswers(score(ds, edi, methods.get("edi-2015"))).answers[0]; // { entity: "AA", …, code: "3", line: 2, assessor: "Ann" }
 * ```
 */
export function traceAnswers(scoreSet: ScoreSet): AnswerTrace {
  return { file: scoreSet.dataset.file ?? null, answers: [...tracedAnswers(scoreSet)] };
}

/**
 * The answers of {@link traceAnswers} one at a time, for writers that stream them (the JSON output's
 * `trace` member of a million answers is never held whole).
 *
 * @param scoreSet - the scores.
 * @returns per unit and framework indicator, where the answer came from.
 */
export function* tracedAnswers(scoreSet: ScoreSet): Generator<TracedAnswer, void, undefined> {
  const { dataset } = scoreSet;
  const width = dataset.indicators.length;
  for (const unit of scoreSet.units) {
    for (let ordinal = 0; ordinal < unit.answers.length; ordinal++) {
      const a = unit.answers[ordinal] as (typeof unit.answers)[number];
      const cell = unit.unit * width + ordinal;
      const line = dataset.lines[cell] ?? 0;
      const note = dataset.notes.get(cell);
      yield {
        entity: unit.entity,
        period: unit.period,
        indicator: a.indicator,
        status: a.status,
        code: a.code,
        line: line > 0 ? line : null,
        ...(note?.assessor === undefined ? {} : { assessor: note.assessor }),
        ...(note?.source === undefined ? {} : { source: note.source }),
      };
    }
  }
}
