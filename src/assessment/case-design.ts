/**
 * How a framework says that an indicator is assessed through cases (The Access Initiative's practice method):
 * the accepted case types, the look-back window, how many cases, and how their answers combine. The dates
 * arithmetic of the window lives here too: ISO 8601 calendar dates compared as text, never through `Date`.
 */
import type { CaseDesign } from "../framework/case-schema.js";
import type { FrameworkIndicator } from "../framework/framework.js";

export type { CaseDesign };

/**
 * The case design of an indicator, if its framework declares one.
 *
 * @param indicator - a compiled indicator.
 * @returns the design, or `undefined` for an indicator assessed without cases.
 */
export function caseDesignOf(indicator: FrameworkIndicator): CaseDesign | undefined {
  return indicator.definition.cases;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Tells whether a text is an ISO 8601 calendar date (`YYYY-MM-DD`) that exists.
 *
 * @param text - the text.
 * @returns `true` for e.g. `"2024-02-29"`, `false` for `"2023-02-29"` or `"2024-2-1"`.
 */
export function isIsoDate(text: string): boolean {
  const m = DATE.exec(text);
  if (m === null) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(Number(m[1]), month);
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The last day of an assessment period: `"2024"` ends on `2024-12-31`, `"2024-06"` on `2024-06-30`, a date
 * on itself.
 *
 * @param period - the period as written in the assessment file.
 * @returns the ISO date, or `undefined` when the period is none of these forms.
 */
export function periodEnd(period: string): string | undefined {
  if (/^\d{4}$/.test(period)) return `${period}-12-31`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month !== null) {
    const m = Number(month[2]);
    if (m < 1 || m > 12) return undefined;
    return `${period}-${String(daysIn(Number(month[1]), m)).padStart(2, "0")}`;
  }
  return isIsoDate(period) ? period : undefined;
}

/**
 * The look-back window of a period: from the day after the same date `years` earlier to the period's end.
 *
 * @param end - the period's last day (ISO).
 * @param years - the window's length in years.
 * @returns `{ after, end }`: a case counts when it ends after `after` and starts on or before `end`.
 */
export function lookBackWindow(end: string, years: number): { after: string; end: string } {
  const year = Number(end.slice(0, 4)) - years;
  return { after: `${String(year).padStart(4, "0")}${end.slice(4)}`, end };
}

/**
 * Tells whether a case overlaps a window. An open case (no end date) runs to the window's end.
 *
 * @param start - the case's first day (ISO).
 * @param end - its last day (ISO), or `""` while it runs.
 * @param window - from {@link lookBackWindow}.
 * @returns `true` when some day of the case lies in the window.
 */
export function overlapsWindow(
  start: string,
  end: string,
  window: { readonly after: string; readonly end: string },
): boolean {
  const last = end === "" ? window.end : end;
  return last > window.after && start <= window.end;
}
