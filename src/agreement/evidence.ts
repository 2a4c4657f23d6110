/**
 * Evidence coverage of an assessment file: the share of answers that cite a source, per assessor and pillar,
 * and the answers above the scale's lowest level that cite none — what an audit of the assessments (such as
 * the EDI's review by WRI staff and partners) asks for first.
 */
import type { AssessmentRecords } from "../assessment/records.js";
import { compareCodePoints } from "../base/code-points.js";
import { type Framework, topParts } from "../framework/framework.js";
import { assessmentCells } from "./cells.js";

/** How many answers cite a source, for one assessor (or all) in one pillar (or all). */
export interface EvidenceTally {
  /** The assessor, or `null` for every assessor together. */
  readonly assessor: string | null;
  /** The pillar id, or `null` for every pillar together. */
  readonly pillar: string | null;
  /** Answers on a level of the scale (*not applicable* and *missing* answers make no claim to source). */
  readonly answers: number;
  /** Of those, the answers that cite a source. */
  readonly cited: number;
}

/** An answer above the scale's lowest level that cites no source. */
export interface UnsourcedAnswer {
  readonly entity: string;
  readonly period: string;
  readonly indicator: string;
  readonly pillar: string;
  readonly assessor: string;
  /** The level position (1 or more). */
  readonly level: number;
  /** The level's code, as an assessor writes it. */
  readonly response: string;
  /** The answer's source line (0 when not from a file). */
  readonly line: number;
}

/** What {@link evidenceCoverage} reports. */
export interface EvidenceCoverage {
  /**
   * For each assessor (code-point order): one tally per pillar (framework order) and then the assessor's
   * total (`pillar: null`); then the tallies of every assessor together (`assessor: null`), per pillar and
   * in total. Only pillars with answers appear.
   */
  readonly tallies: readonly EvidenceTally[];
  /** Answers above the lowest level without a source, in cell order (entity, period, indicator), then assessor. */
  readonly unsourced: readonly UnsourcedAnswer[];
}

/**
 * Counts, per assessor and pillar, the answers on a level of the scale and those of them that cite a source
 * (a non-empty `source` cell), and lists the answers above the scale's lowest level (level position 1 or
 * more) without one: an answer of 0 asserts that no provision exists and needs no citation, any higher
 * answer asserts that one does. An answer an assessor repeated counts once.
 *
 * @param records - accepted records, e.g. `validateAssessments(…).records`.
 * @param framework - the framework the records were read against.
 * @returns the tallies and the unsourced answers.
 * @throws P10Error `P10_AGREEMENT_CONFLICT` when one assessor gave one cell two different answers.
 * @example
 * ```ts
 * import { frameworks, validateAssessments } from "principle10";
 * import { evidenceCoverage } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const csv = [
 *   "entity,period,indicator,response,assessor,source",
 *   "A,2024,1.1,3,Ann,Act 12", "A,2024,1.2,2,Ann,", "A,2024,1.3,0,Ann,",
 * ].join("\n");
 * const coverage = evidenceCoverage(validateAssessments(csv, edi).records, edi);
 * coverage.tallies.at(-1); // { assessor: null, pillar: null, answers: 3, cited: 1 }
 * coverage.unsourced.map((u) => u.indicator); // ["1.2"]
 * ```
 */
export function evidenceCoverage(records: AssessmentRecords, framework: Framework): EvidenceCoverage {
  const counts = new Map<string, Map<string, { answers: number; cited: number }>>();
  const unsourced: UnsourcedAnswer[] = [];
  for (const cell of assessmentCells(records, framework)) {
    for (const answer of cell.answers) {
      if (answer.code < 0) continue;
      let byPillar = counts.get(answer.assessor);
      if (byPillar === undefined) counts.set(answer.assessor, (byPillar = new Map()));
      const tally = byPillar.get(cell.pillar) ?? { answers: 0, cited: 0 };
      byPillar.set(cell.pillar, tally);
      tally.answers += 1;
      if (answer.source !== "") tally.cited += 1;
      else if (answer.code > 0) {
        unsourced.push({
          entity: cell.entity,
          period: cell.period,
          indicator: cell.indicator.id,
          pillar: cell.pillar,
          assessor: answer.assessor,
          level: answer.code,
          response: cell.indicator.scale.levels[answer.code]?.code ?? String(answer.code),
          line: answer.line,
        });
      }
    }
  }
  const pillars = topParts(framework).filter((p) => [...counts.values()].some((m) => m.has(p)));
  const tallyOf = (assessors: readonly string[], pillar: string | null): Omit<EvidenceTally, "assessor"> => {
    let answers = 0;
    let cited = 0;
    for (const assessor of assessors) {
      for (const [p, t] of counts.get(assessor) ?? []) {
        if (pillar !== null && p !== pillar) continue;
        answers += t.answers;
        cited += t.cited;
      }
    }
    return { pillar, answers, cited };
  };
  const assessors = [...counts.keys()].sort(compareCodePoints);
  const rows = (who: readonly string[], assessor: string | null): EvidenceTally[] =>
    [...pillars, null].flatMap((pillar) => {
      const tally = tallyOf(who, pillar);
      return pillar !== null && tally.answers === 0 ? [] : [{ assessor, ...tally }];
    });
  const tallies = [...assessors.flatMap((a) => rows([a], a)), ...rows(assessors, null)];
  return { tallies, unsourced };
}
