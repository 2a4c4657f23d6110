/**
 * Case-level answers: rows of a long assessment file whose `case` cell names a case of the case register.
 * The reader sets them apart from the indicator answers; `case-apply.ts` checks them against the register and
 * the framework's case designs and combines them into indicator values.
 */

/** One case-level answer as read (the response already checked against the indicator's scale). */
export interface CaseAnswer {
  readonly entity: string;
  readonly period: string;
  /** The indicator's ordinal in the framework. */
  readonly ordinal: number;
  /** The case id, as written (trimmed). */
  readonly case: string;
  /** A level index, `MISSING` (-2) or `NOT_APPLICABLE` (-3). */
  readonly code: number;
  /** The assessor, or `""` when the row named none. */
  readonly assessor: string;
  /** The row's source cell, or `""`. */
  readonly source: string;
  /** 1-based line of the row. */
  readonly line: number;
  /** 1-based column of the `case` cell. */
  readonly caseColumn: number;
  /** 1-based column of the `response` cell. */
  readonly responseColumn: number;
}

/** Where the indicator answers of a file are, for checks that need them (1-based response column, or 0). */
export interface AnswerColumns {
  readonly response: number;
  readonly case: number;
}

import type { CaseCombineRule } from "../framework/case-schema.js";

export type { CaseCombineRule };

/** One case behind an indicator value, as explain shows it. */
export interface CaseUse {
  readonly case: string;
  readonly type: string;
  readonly title: string;
  readonly start: string;
  readonly end: string;
  readonly sources: readonly string[];
  /** The case's answer: a level index, `MISSING` or `NOT_APPLICABLE`. */
  readonly code: number;
  /** The answer as written: the level's code, `not applicable` or `missing`. */
  readonly answer: string;
  /** The answer's line in the assessment file. */
  readonly line: number;
  /** The case's line in the register. */
  readonly registerLine: number;
  /** `counted`, or why the case was left out. */
  readonly status: "counted" | "outside-window";
}

/** How one unit × indicator's value came from its cases (`Dataset.cases`). */
export interface CellCases {
  readonly rule: CaseCombineRule;
  /** With `share`: the level code a case had to reach. */
  readonly level?: string;
  readonly min: number;
  readonly lookBackYears: number;
  /** The look-back window: cases count when they end after `after` and start by `end`. */
  readonly window: { readonly after: string; readonly end: string };
  /** Every case answer, counted or not, in code-point order of the case ids. */
  readonly cases: readonly CaseUse[];
  /** `true` when fewer than `min` cases were answered on a level: the value is missing (the coverage rule). */
  readonly tooFew: boolean;
}
