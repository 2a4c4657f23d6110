/**
 * Applying the case register to an assessment file's case-level answers: every answer is checked (known
 * case, accepted type, inside the look-back window, indicator assessed through cases, no case answered
 * twice, not too many cases), then each unit × indicator's counted cases combine into one value. Every
 * problem is located at the answer's line and column; all are reported at once.
 */
import { type IssueLocation, issueLocation } from "../base/issue-location.js";
import type { P10ErrorCode } from "../error-codes.js";
import { compareCodePoints } from "../base/code-points.js";
import type { CaseAnswer, CaseUse, CellCases } from "./case-answer.js";
import { MISSING, NOT_APPLICABLE } from "./dataset.js";
import type { AssessmentRecords } from "./records.js";
import type { P10Issue } from "../errors.js";
import type { Framework } from "../framework/framework.js";
import type { Fraction } from "../base/fraction.js";
import { combineCaseLevels } from "./case-combine.js";
import { caseDesignOf, lookBackWindow, overlapsWindow, periodEnd } from "./case-design.js";
import { type CaseRecord, type CaseRegister, caseKey } from "./case-register.js";

/** One unit × indicator value derived from cases. */
export interface CaseValue {
  readonly entity: string;
  readonly period: string;
  readonly ordinal: number;
  /** `MISSING`, `NOT_APPLICABLE`, or `undefined` when `value` holds the combined value. */
  readonly code?: number;
  readonly value?: Fraction;
  readonly detail: CellCases;
}

import { P10Error } from "../errors.js";
import type { CaseCombineOverride } from "./reader.js";

/** What {@link applyCases} found. */
export interface CaseApplication {
  readonly values: readonly CaseValue[];
  readonly issues: readonly P10Issue[];
  readonly errorCount: number;
}

/** Options of {@link applyCases}. */
export interface ApplyCasesOptions {
  /** The assessment file's name, for issues. */
  readonly file?: string;
  /** Use only this assessor's case answers. */
  readonly assessor?: string;
  /** Column (1-based) of the response cell of direct answers, for located issues; 0 when unknown. */
  readonly responseColumn?: number;
  /** A method's override of the case combination, per indicator or group id (indicator first). */
  readonly caseCombine?: Readonly<Record<string, CaseCombineOverride>>;
}

/**
 * Checks case-level answers against the register and the framework's case designs and combines them.
 *
 * @param framework - the framework (its indicators' `cases` designs).
 * @param answers - the case-level answers the reader set apart.
 * @param records - the file's direct answers (a direct level answer to an indicator that requires cases, or
 *   to a cell that also has case answers, is an error).
 * @param register - the case register.
 * @param options - file name, assessor, response column.
 * @returns the combined values and every issue.
 */
export function applyCases(
  framework: Framework,
  answers: readonly CaseAnswer[],
  records: AssessmentRecords,
  register: CaseRegister | undefined,
  options: ApplyCasesOptions = {},
): CaseApplication {
  const issues: P10Issue[] = [];
  const where = (line: number, column: number): IssueLocation => issueLocation(options.file, line, column);
  const error = (code: P10ErrorCode, line: number, column: number, message: string): void => {
    issues.push({ code, severity: "error", message, ...where(line, column) });
  };
  const warn = (code: P10ErrorCode, line: number, column: number, message: string): void => {
    issues.push({ code, severity: "warning", message, ...where(line, column) });
  };
  const byKey = new Map<string, CaseRecord>();
  for (const c of register?.cases ?? []) byKey.set(caseKey(c.entity, c.period, c.id), c);
  const registerName = register?.file ?? "the case register";

  // Group the accepted answers by unit × indicator; the key orders the groups deterministically.
  const groups = new Map<string, { answer: CaseAnswer; record: CaseRecord; inside: boolean }[]>();
  const firstLine = new Map<string, number>();
  const assessors = new Map<string, string>();
  const sorted = [...answers].sort((a, b) => a.line - b.line);
  for (const a of sorted) {
    if (options.assessor !== undefined && a.assessor !== options.assessor) continue;
    const indicator = framework.indicators[a.ordinal]!;
    const design = caseDesignOf(indicator);
    const what = `${a.entity} ${a.period} ${indicator.id}`;
    if (design === undefined) {
      error(
        "P10_CASE_NOT_EXPECTED",
        a.line,
        a.caseColumn,
        `${what}: indicator ${indicator.id} is not assessed through cases; leave the case cell empty`,
      );
      continue;
    }
    const record = byKey.get(caseKey(a.entity, a.period, a.case));
    if (record === undefined) {
      error(
        "P10_UNKNOWN_CASE",
        a.line,
        a.caseColumn,
        register === undefined
          ? `case "${a.case}" of ${a.entity} ${a.period}: no case register was given (p10: --cases FILE, or <csv name>.cases.csv beside the file)`
          : `case "${a.case}" of ${a.entity} ${a.period} is not in ${registerName}`,
      );
      continue;
    }
    if (!design.types.includes(record.type)) {
      error(
        "P10_CASE_TYPE_NOT_ACCEPTED",
        a.line,
        a.caseColumn,
        `case ${a.case} is of type ${record.type} (register line ${record.line}); ${indicator.id} accepts ${design.types.join(", ")}`,
      );
      continue;
    }
    const end = periodEnd(a.period);
    if (end === undefined) {
      error(
        "P10_CASE_PERIOD",
        a.line,
        a.caseColumn,
        `period "${a.period}" is not a year, month or date, so the look-back window of ${indicator.id} cannot be placed`,
      );
      continue;
    }
    const dup = `${caseKey(a.entity, a.period, a.case)}\u0000${a.ordinal}\u0000${a.assessor}`;
    const first = firstLine.get(dup);
    if (first !== undefined) {
      error(
        "P10_DUPLICATE_CASE",
        a.line,
        a.caseColumn,
        `${what}: case ${a.case} is answered again (first on line ${first})`,
      );
      continue;
    }
    firstLine.set(dup, a.line);
    const group = `${caseKey(a.entity, a.period, "")}\u0000${String(a.ordinal).padStart(6, "0")}`;
    const other = assessors.get(group);
    if (other !== undefined && other !== a.assessor) {
      error(
        "P10_CASE_ASSESSORS",
        a.line,
        a.caseColumn,
        `${what}: the cases were answered by several assessors ("${other}", "${a.assessor}"); choose one with --assessor`,
      );
      continue;
    }
    assessors.set(group, a.assessor);
    const window = lookBackWindow(end, design.lookBackYears);
    const inside = overlapsWindow(record.start, record.end, window);
    if (!inside) {
      warn(
        "P10_CASE_OUTSIDE_WINDOW",
        a.line,
        a.caseColumn,
        `${what}: case ${a.case} (${record.start} to ${record.end || "ongoing"}) lies outside the ${design.lookBackYears}-year look-back window ending ${end}; it is not counted`,
      );
    }
    const list = groups.get(group) ?? [];
    list.push({ answer: a, record, inside });
    groups.set(group, list);
  }

  // Direct answers: an error where cases are required, or where the same cell also has case answers.
  for (let r = 0; r < records.length; r++) {
    const ordinal = records.indicator[r]!;
    const design = caseDesignOf(framework.indicators[ordinal]!);
    if (design === undefined || records.code[r]! < 0) continue;
    const unit = records.units[records.unit[r]!]!;
    const group = `${caseKey(unit.entity, unit.period, "")}\u0000${String(ordinal).padStart(6, "0")}`;
    const id = framework.indicators[ordinal]!.id;
    if (design.required === true) {
      error(
        "P10_CASE_REQUIRED",
        records.line[r]!,
        options.responseColumn ?? 0,
        `${unit.entity} ${unit.period} ${id} is assessed through cases: give one row per case with its case id`,
      );
    } else if (groups.has(group)) {
      error(
        "P10_CASE_AND_DIRECT_ANSWER",
        records.line[r]!,
        options.responseColumn ?? 0,
        `${unit.entity} ${unit.period} ${id} is answered directly here and through cases; keep one`,
      );
    }
  }

  const values: CaseValue[] = [];
  for (const key of [...groups.keys()].sort(compareCodePoints)) {
    const list = groups.get(key)!;
    const { entity, period, ordinal } = list[0]!.answer;
    const indicator = framework.indicators[ordinal]!;
    const framed = caseDesignOf(indicator)!;
    // The method's override, if any: the indicator's own entry, else its group's.
    const override =
      options.caseCombine?.[indicator.id] ??
      (indicator.parent === null ? undefined : options.caseCombine?.[indicator.parent]);
    const design =
      override === undefined
        ? framed
        : {
            ...framed,
            combine: override.combine,
            ...(override.level === undefined ? { level: undefined } : { level: override.level }),
          };
    const rule = design.combine ?? "mean";
    const end = periodEnd(period)!;
    const counted = list.filter((x) => x.inside);
    const levels = counted.flatMap((x) => (x.answer.code >= 0 ? [x.answer.code] : []));
    if (design.max !== undefined && counted.length > design.max) {
      const extra = counted[design.max]!.answer;
      error(
        "P10_TOO_MANY_CASES",
        extra.line,
        extra.caseColumn,
        `${entity} ${period} ${indicator.id} has ${counted.length} cases in its window; at most ${design.max} are allowed`,
      );
    }
    let threshold: number | undefined;
    if (rule === "share") {
      threshold = indicator.scale.levels.findIndex((l) => l.code === design.level);
      if (threshold < 0 && override !== undefined)
        throw new P10Error(
          "P10_METHOD_CASE_COMBINE",
          `method caseCombine for ${indicator.id}: share needs "level", a level code of its scale (${indicator.scale.levels.map((l) => l.code).join(", ")}); got ${design.level === undefined ? "none" : `"${design.level}"`}`,
        );
      if (threshold < 0)
        throw new RangeError(`${indicator.id}: share level ${design.level} is not on its scale`);
    }
    const tooFew = levels.length < design.min;
    const allNa = counted.length > 0 && counted.every((x) => x.answer.code === NOT_APPLICABLE);
    if (tooFew && !allNa) {
      warn(
        "P10_TOO_FEW_CASES",
        list[0]!.answer.line,
        list[0]!.answer.caseColumn,
        `${entity} ${period} ${indicator.id}: ${levels.length} answered case${levels.length === 1 ? "" : "s"} in the window, at least ${design.min} needed; the indicator counts as missing`,
      );
    }
    const detail: CellCases = {
      rule,
      ...(design.level === undefined ? {} : { level: design.level }),
      min: design.min,
      lookBackYears: design.lookBackYears,
      window: lookBackWindow(end, design.lookBackYears),
      tooFew,
      cases: list
        .map(
          ({ answer, record, inside }): CaseUse => ({
            case: record.id,
            type: record.type,
            title: record.title,
            start: record.start,
            end: record.end,
            sources: record.sources,
            code: answer.code,
            answer:
              answer.code === NOT_APPLICABLE
                ? "not applicable"
                : answer.code === MISSING
                  ? "missing"
                  : indicator.scale.levels[answer.code]!.code,
            line: answer.line,
            registerLine: record.line,
            status: inside ? "counted" : "outside-window",
          }),
        )
        .sort((x, y) => compareCodePoints(x.case, y.case)),
    };
    if (!tooFew) {
      values.push({
        entity,
        period,
        ordinal,
        value: combineCaseLevels(indicator.scale, levels, rule, threshold),
        detail,
      });
    } else {
      values.push({ entity, period, ordinal, code: allNa ? NOT_APPLICABLE : MISSING, detail });
    }
  }
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { values, issues, errorCount: issues.filter((i) => i.severity === "error").length };
}
