/**
 * A summary of what an assessment file holds: entities, periods, answers by kind, and coverage per pillar
 * (the share of scored indicator cells that carry a level answer, the data-coverage measure of the
 * OECD/JRC Handbook, step 3). Computed from records, so it works for files with errors too.
 */
import { checkArgKind, checkKind } from "../arguments.js";
import { type Framework, topParts } from "../framework/framework.js";
import { compareCodePoints } from "../base/code-points.js";
import { MISSING, NOT_APPLICABLE } from "./dataset.js";
import type { AssessmentRecords } from "./records.js";

/** Coverage of one pillar's scored indicators. */
export interface PillarCoverage {
  readonly pillar: string;
  readonly title: string;
  /** Cells (unit × scored indicator of the pillar) with a level answer. */
  readonly answered: number;
  /** Units × scored indicators of the pillar. */
  readonly expected: number;
}

/** What {@link summarizeAssessments} reports. */
export interface AssessmentSummary {
  readonly entities: number;
  /** Distinct periods, in code-point order. */
  readonly periods: readonly string[];
  /** Entity × period units. */
  readonly units: number;
  /** Accepted answers (records); with double scoring a cell may have several. */
  readonly answers: number;
  /** Distinct unit × indicator cells answered. */
  readonly cells: number;
  /** Answers on a level of the scale. */
  readonly levels: number;
  readonly notApplicable: number;
  readonly missing: number;
  /** Assessor names, in code-point order. */
  readonly assessors: readonly string[];
  /** One entry per pillar, in framework order. */
  readonly coverage: readonly PillarCoverage[];
}

/**
 * Summarises accepted assessment records.
 *
 * @param records - the records, e.g. `validateAssessments(…).records`.
 * @param framework - the framework they were read against.
 * @returns counts and coverage per pillar.
 * @throws never.
 * @example
 * ```ts
 * import { frameworks, summarizeAssessments, validateAssessments } from "principle10";
 * const edi = frameworks.get("edi-2015");
 * const { records } = validateAssessments("entity,period,indicator,response\nA,2024,1.1,3\nA,2024,1.2,n/a\n", edi);
 * const s = summarizeAssessments(records, edi);
 * s.coverage[0]; // { pillar: "information", title: "Access to information", answered: 1, expected: 21 }
 * ```
 */
export function summarizeAssessments(records: AssessmentRecords, framework: Framework): AssessmentSummary {
  checkKind("records", records, "assessment records (parseAssessments(…).records)", ["length"]);
  checkArgKind("framework", framework, "framework");
  const width = framework.indicators.length;
  // Per cell: bit 1 = answered, bit 2 = answered with a level.
  const state = new Uint8Array(records.units.length * width);
  let levels = 0;
  let notApplicable = 0;
  let missing = 0;
  for (let r = 0; r < records.length; r++) {
    const code = records.code[r]!;
    const cell = records.unit[r]! * width + records.indicator[r]!;
    if (code === MISSING) missing++;
    else if (code === NOT_APPLICABLE) notApplicable++;
    else levels++;
    state[cell]! |= code >= 0 ? 3 : 1;
  }
  let cells = 0;
  for (const s of state) if (s !== 0) cells++;

  // Each indicator counts in its pillar, or in its index when it sits directly under one.
  const pillarOf = framework.indicators.map((i) => {
    let node = framework.nodes.get(i.id);
    while (node !== undefined && (node.depth > 1 || node.level === "indicator"))
      node = node.parent === null ? undefined : framework.nodes.get(node.parent);
    return node?.id;
  });
  const coverage = topParts(framework).map((pillar) => {
    const scored = framework.indicators.filter((i, o) => i.scored && pillarOf[o] === pillar);
    let answered = 0;
    for (let u = 0; u < records.units.length; u++) {
      for (const i of scored) if ((state[u * width + i.ordinal]! & 2) !== 0) answered++;
    }
    return {
      pillar,
      title: framework.nodes.get(pillar)?.title ?? pillar,
      answered,
      expected: scored.length * records.units.length,
    };
  });
  return {
    entities: new Set(records.units.map((u) => u.entity)).size,
    periods: [...new Set(records.units.map((u) => u.period))].sort(compareCodePoints),
    units: records.units.length,
    answers: records.length,
    cells,
    levels,
    notApplicable,
    missing,
    assessors: [...records.assessors].sort(compareCodePoints),
    coverage,
  };
}
