/**
 * The answers to each cell (entity × period × indicator) of an assessment file, one per assessor: the shape
 * of double scoring (in the EDI two lawyers scored each country), from which assessor agreement, evidence
 * coverage and reconciliation are computed.
 */
import { issueLocation } from "../base/issue-location.js";
import { compareCodePoints } from "../base/code-points.js";
import { compareUnits, MISSING, NOT_APPLICABLE } from "../assessment/dataset.js";
import { type AssessmentRecords, NO_ID } from "../assessment/records.js";
import { P10Error, type P10Issue } from "../errors.js";
import { ancestorsOf, type Framework, type FrameworkIndicator } from "../framework/framework.js";

/**
 * The assessor name given to answers whose row named no assessor.
 *
 * @example
 * ```ts
 * import { frameworks, validateAssessments } from "principle10";
 * import { assessmentCells, NO_ASSESSOR } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const csv = "entity,period,indicator,response\nA,2024,1.1,3\n"; // no assessor column
 * const [cell] = assessmentCells(validateAssessments(csv, edi).records, edi);
 * cell?.answers[0]?.assessor; // "(no assessor)"
 * cell?.answers[0]?.assessor === NO_ASSESSOR; // true
 * ```
 */
export const NO_ASSESSOR = "(no assessor)";

/** One assessor's answer to a cell. */
export interface CellAnswer {
  /** The assessor's name, or {@link NO_ASSESSOR}. */
  readonly assessor: string;
  /** A level index on the indicator's scale, `MISSING` (-2) or `NOT_APPLICABLE` (-3). */
  readonly code: number;
  /** The source line of the answer (the first, when the assessor repeated it); 0 when not from a file. */
  readonly line: number;
  /** The cited source; `""` when none (with repeats: the first non-empty one in code-point order). */
  readonly source: string;
  /** The comment; `""` when none (with repeats: the first non-empty one in code-point order). */
  readonly comment: string;
}

/** Every answer given to one entity × period × indicator. */
export interface AssessmentCell {
  readonly entity: string;
  readonly period: string;
  readonly indicator: FrameworkIndicator;
  /** The indicator's pillar (node id). */
  readonly pillar: string;
  /** The indicator's group (node id, e.g. a Bali Guideline), or `null` when it sits directly in its pillar. */
  readonly group: string | null;
  /** One answer per assessor, in code-point order of the assessors' names. */
  readonly answers: readonly CellAnswer[];
}

/** How the answers of a cell relate: one assessor only, all the same, or different. */
export type CellStatus = "single" | "agreed" | "disagreed";

function firstText(a: string, b: string): string {
  if (a === "" || b === "") return a === "" ? b : a;
  return compareCodePoints(a, b) <= 0 ? a : b;
}

/**
 * Agreement statistics, disagreements, evidence tallies and reconciliation compare answer levels (nominal,
 * ordinal or interval distances between levels); a numeric indicator's measured values are not levels, and
 * treating them as some would be a guess. So records holding one are refused, at the first such line.
 */
function refuseNumeric(records: AssessmentRecords, framework: Framework): void {
  for (let r = 0; r < records.length; r++) {
    const indicator = framework.indicators[records.indicator[r]!];
    if (indicator?.scale.kind !== "numeric") continue;
    const line = records.line[r]!;
    const message = `indicator ${indicator.id} is numeric (scale ${indicator.scale.id}): assessor agreement and reconciliation compare answer levels, not measured values; leave numeric indicators' rows out of this file`;
    throw new P10Error("P10_NUMERIC_UNSUPPORTED", line > 0 ? `line ${line}: ${message}` : message, [
      { code: "P10_NUMERIC_UNSUPPORTED", severity: "error", message, ...issueLocation(undefined, line) },
    ]);
  }
}

/**
 * Groups accepted assessment records by cell and, within a cell, by assessor. Answers repeated by the same
 * assessor with the same code collapse into one (earliest line; first non-empty source and comment in
 * code-point order), so the result depends only on the set of rows, not their order (apart from line numbers).
 *
 * @param records - accepted records, e.g. `validateAssessments(…).records`.
 * @param framework - the framework the records were read against.
 * @returns the answered cells, sorted by entity, period (code points) and indicator (framework order).
 * @throws P10Error `P10_AGREEMENT_CONFLICT` when one assessor gave one cell two different answers (the CSV
 *   reader already rejects such rows, so this only happens with records built by hand), listing each cell;
 *   `P10_NUMERIC_UNSUPPORTED` when the records answer a numeric indicator (at its first line).
 * @example
 * ```ts
 * import { frameworks, validateAssessments } from "principle10";
 * import { assessmentCells } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const csv = "entity,period,indicator,response,assessor\nA,2024,1.1,3,Ann\nA,2024,1.1,2,Bob\n";
 * const [cell] = assessmentCells(validateAssessments(csv, edi).records, edi);
 * cell?.answers.map((a) => [a.assessor, a.code, a.line]); // [["Ann", 3, 2], ["Bob", 2, 3]]
 * ```
 */
export function assessmentCells(records: AssessmentRecords, framework: Framework): AssessmentCell[] {
  refuseNumeric(records, framework);
  const width = framework.indicators.length;
  const order = records.units
    .map((_, u) => u)
    .sort((a, b) => compareUnits(records.units[a]!, records.units[b]!));
  const rank = new Int32Array(records.units.length);
  order.forEach((u, k) => {
    rank[u] = k;
  });
  const byCell = new Map<number, number[]>();
  for (let r = 0; r < records.length; r++) {
    const key = rank[records.unit[r]!]! * width + records.indicator[r]!;
    const list = byCell.get(key);
    if (list === undefined) byCell.set(key, [r]);
    else list.push(r);
  }
  const text = (id: number): string => (id === NO_ID ? "" : records.texts[id]!);
  const places = framework.indicators.map((i) => placeOf(framework, i));
  const issues: P10Issue[] = [];
  const cells: AssessmentCell[] = [];
  for (const key of [...byCell.keys()].sort((a, b) => a - b)) {
    const rows = byCell.get(key)!;
    const unit = records.units[order[Math.floor(key / width)]!]!;
    const indicator = framework.indicators[key % width]!;
    const answers = new Map<string, CellAnswer>();
    for (const r of rows) {
      const id = records.assessor[r]!;
      const assessor = id === NO_ID ? NO_ASSESSOR : records.assessors[id]!;
      const answer: CellAnswer = {
        assessor,
        code: records.code[r]!,
        line: records.line[r]!,
        source: text(records.source[r]!),
        comment: text(records.comment[r]!),
      };
      const known = answers.get(assessor);
      if (known === undefined) {
        answers.set(assessor, answer);
      } else if (known.code !== answer.code) {
        issues.push({
          code: "P10_AGREEMENT_CONFLICT",
          severity: "error",
          message:
            `assessor ${JSON.stringify(assessor)} answered ${unit.entity} ${unit.period} ${indicator.id} twice ` +
            `with different answers (lines ${known.line} and ${answer.line}); expected one answer per assessor`,
        });
      } else {
        answers.set(assessor, {
          assessor,
          code: known.code,
          line: Math.min(known.line, answer.line),
          source: firstText(known.source, answer.source),
          comment: firstText(known.comment, answer.comment),
        });
      }
    }
    const sorted = [...answers.values()].sort((a, b) => compareCodePoints(a.assessor, b.assessor));
    const { pillar, group } = places[indicator.ordinal]!;
    cells.push({ entity: unit.entity, period: unit.period, indicator, pillar, group, answers: sorted });
  }
  if (issues.length > 0) {
    throw new P10Error(
      "P10_AGREEMENT_CONFLICT",
      `${issues.length} cell(s) answered twice by one assessor`,
      issues,
    );
  }
  return cells;
}

/** The pillar and group an indicator sits in. */
function placeOf(
  framework: Framework,
  indicator: FrameworkIndicator,
): { pillar: string; group: string | null } {
  const ancestors = ancestorsOf(framework, indicator.id);
  const at = (level: string): string | undefined =>
    ancestors.find((id) => framework.nodes.get(id)?.level === level);
  // An indicator directly under an index (a measure that is the plain mean of its questions) counts in
  // the index's place.
  return { pillar: at("pillar") ?? at("index") ?? indicator.id, group: at("group") ?? null };
}

/**
 * Tells whether a cell's assessors agree: `single` when one assessor answered it, `agreed` when every
 * answer is the same (the same level, or all *not applicable*, or all *missing*), `disagreed` otherwise —
 * including a level against *not applicable* or *missing*.
 *
 * @param cell - a cell from {@link assessmentCells}.
 * @returns the cell's status.
 * @throws never.
 * @example
 * ```ts
 * import { frameworks, validateAssessments } from "principle10";
 * import { assessmentCells, cellStatus } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const csv = "entity,period,indicator,response,assessor\nA,2024,1.1,3,Ann\nA,2024,1.1,n/a,Bob\n";
 * cellStatus(assessmentCells(validateAssessments(csv, edi).records, edi)[0]!); // "disagreed"
 * ```
 */
export function cellStatus(cell: AssessmentCell): CellStatus {
  if (cell.answers.length < 2) return "single";
  const first = cell.answers[0]!.code;
  return cell.answers.every((a) => a.code === first) ? "agreed" : "disagreed";
}

/**
 * Writes an answer code as an assessor would: the level's code (`"2"`, `"yes"`), the scale's first token
 * for *not applicable* (`"n/a"`), or `"missing"`.
 *
 * @param indicator - the indicator answered.
 * @param code - a level index, `MISSING` or `NOT_APPLICABLE`.
 * @returns the answer's text.
 * @throws P10Error `P10_AGREEMENT_INPUT` for a code that is neither a level of the scale nor a special code.
 * @example
 * ```ts
 * import { frameworks } from "principle10";
 * import { answerText, NOT_APPLICABLE } from "principle10/advanced";
 * const practice = frameworks.get("edi-2015").indicatorById.get("P2.1")!;
 * answerText(practice, 1); // "1"
 * answerText(practice, NOT_APPLICABLE); // "n/a"
 * ```
 */
export function answerText(indicator: FrameworkIndicator, code: number): string {
  if (code === MISSING) return "missing";
  if (code === NOT_APPLICABLE) return indicator.scale.definition.notApplicable[0] ?? "not applicable";
  const level = indicator.scale.levels[code];
  if (level === undefined) {
    throw new P10Error(
      "P10_AGREEMENT_INPUT",
      `answer code ${code} is not a level of scale ${indicator.scale.id} (indicator ${indicator.id})`,
    );
  }
  return level.code;
}
