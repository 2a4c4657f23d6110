/**
 * Reconciliation of double scoring: one answer per cell, carried over where the assessors agree and left
 * blank (missing) for a reviewer where they differ, with the competing answers in the comment — the step
 * between two lawyers' independent scores and the reviewed EDI data.
 */
import { checkArgKind, checkKind } from "../arguments.js";
import { type AnswerInput, createDataset, type Dataset, MISSING } from "../assessment/dataset.js";
import type { AssessmentRecords } from "../assessment/records.js";
import { compareCodePoints } from "../base/code-points.js";
import type { Framework } from "../framework/framework.js";
import { type AssessmentCell, answerText, assessmentCells, type CellAnswer, cellStatus } from "./cells.js";

/**
 * The assessor written on the rows a reconciliation settled (agreed or single-assessor cells).
 *
 * @example
 * ```ts
 * import { frameworks, reconcileAssessments, validateAssessments } from "principle10";
 * import { RECONCILED_ASSESSOR } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const csv = "entity,period,indicator,response,assessor\nA,2024,1.1,3,Ann\nA,2024,1.1,3,Bob\n";
 * const r = reconcileAssessments(validateAssessments(csv, edi).records, edi);
 * [...r.dataset.notes.values()].map((note) => note.assessor); // ["reconciled"]: Ann and Bob agreed
 * [...r.dataset.notes.values()][0]?.assessor === RECONCILED_ASSESSOR; // true
 * ```
 */
export const RECONCILED_ASSESSOR = "reconciled";

/** What {@link reconcileAssessments} returns. */
export interface Reconciliation {
  /**
   * One answer per cell: agreed and single-assessor cells keep their answer (assessor `reconciled`, the
   * sources they cited joined by `"; "`, a comment such as `agreed: 2 (lawyer-a, line 14; lawyer-b, line 15)`);
   * disputed cells are *missing*, with no assessor and a comment such as
   * `disagreement: 2 (lawyer-a, line 14, source: Act 12) vs 3 (lawyer-b, line 15)`. The assessors' own
   * comments follow, as ` | lawyer-a: <comment>`.
   */
  readonly dataset: Dataset;
  /** Cells whose assessors all gave the same answer. */
  readonly agreed: number;
  /** Cells whose assessors gave different answers (left blank for review). */
  readonly disagreed: number;
  /** Cells answered by one assessor only (carried over). */
  readonly single: number;
}

/** `lawyer-a, line 14`: who gave an answer and where. */
function who(answer: CellAnswer): string {
  return answer.assessor + (answer.line > 0 ? `, line ${answer.line}` : "");
}

/** ` | lawyer-a: <comment>` for every answer that carried a comment, so no comment is lost. */
function carriedComments(answers: readonly CellAnswer[]): string {
  return answers.map((a) => (a.comment === "" ? "" : ` | ${a.assessor}: ${a.comment}`)).join("");
}

function settled(cell: AssessmentCell, agreed: boolean): AnswerInput {
  const answers = cell.answers;
  const sources = [...new Set(answers.map((a) => a.source).filter((s) => s !== ""))].sort(compareCodePoints);
  const what = answerText(cell.indicator, answers[0]!.code);
  const comment =
    `${agreed ? "agreed" : "single assessor"}: ${what} (${answers.map(who).join("; ")})` +
    carriedComments(answers);
  return {
    entity: cell.entity,
    period: cell.period,
    indicator: cell.indicator.id,
    code: answers[0]!.code,
    note: {
      assessor: RECONCILED_ASSESSOR,
      comment,
      ...(sources.length > 0 ? { source: sources.join("; ") } : {}),
    },
  };
}

function disputed(cell: AssessmentCell): AnswerInput {
  const competing = cell.answers.map((a) => {
    const source = a.source === "" ? "" : `, source: ${a.source}`;
    return `${answerText(cell.indicator, a.code)} (${who(a)}${source})`;
  });
  return {
    entity: cell.entity,
    period: cell.period,
    indicator: cell.indicator.id,
    code: MISSING,
    note: { comment: `disagreement: ${competing.join(" vs ")}${carriedComments(cell.answers)}` },
  };
}

/**
 * Reconciles a double-scored assessment file into one answer per cell. Write the result with
 * `writeAssessmentsCsv(result.dataset, framework, { blankMissing: true })`: disputed cells then have an empty
 * response, which reads back as *missing* until a reviewer fills it in, and the file reads back with a single
 * answer per cell (assessor `reconciled` or blank). A level against *not applicable* or *missing* is a
 * disagreement too.
 *
 * @param records - accepted records, e.g. `validateAssessments(…).records`.
 * @param framework - the framework the records were read against.
 * @returns the reconciled dataset and the number of agreed, disputed and single-assessor cells.
 * @throws P10Error `P10_AGREEMENT_CONFLICT` when one assessor gave one cell two different answers.
 * @example
 * ```ts
 * import { frameworks, reconcileAssessments, validateAssessments, writeAssessmentsCsv } from "principle10";
 * const edi = frameworks.get("edi-2015");
 * const csv = [
 *   "entity,period,indicator,response,assessor",
 *   "A,2024,1.1,3,Ann", "A,2024,1.1,3,Bob", "A,2024,1.2,2,Ann", "A,2024,1.2,3,Bob",
 * ].join("\n");
 * const r = reconcileAssessments(validateAssessments(csv, edi).records, edi);
 * [r.agreed, r.disagreed, r.single]; // [1, 1, 0]
 * writeAssessmentsCsv(r.dataset, edi, { blankMissing: true }).split("\n")[2];
 * // 'A,2024,1.2,,,"disagreement: 2 (Ann, line 4) vs 3 (Bob, line 5)"'
 * ```
 */
export function reconcileAssessments(records: AssessmentRecords, framework: Framework): Reconciliation {
  checkKind("records", records, "assessment records (parseAssessments(…).records)", ["length"]);
  checkArgKind("framework", framework, "framework");
  const counts = { agreed: 0, disagreed: 0, single: 0 };
  const answers = assessmentCells(records, framework).map((cell): AnswerInput => {
    const status = cellStatus(cell);
    counts[status] += 1;
    const answer = status === "disagreed" ? disputed(cell) : settled(cell, status === "agreed");
    const name = records.entityNames.get(cell.entity);
    return name === undefined ? answer : { ...answer, entityName: name };
  });
  return { dataset: createDataset(framework, answers), ...counts };
}
