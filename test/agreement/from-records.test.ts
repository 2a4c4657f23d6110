import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AssessmentCell, assessmentCells, cellStatus, NO_ASSESSOR } from "../../src/agreement/cells.js";
import {
  type AssessorAgreement,
  assessorAgreement,
  cellReliabilityRecords,
  metricForIndicators,
} from "../../src/agreement/from-records.js";
import { createReliabilityData } from "../../src/agreement/reliability-data.js";
import { agreementSummary } from "../../src/agreement/summary.js";
import { validateAssessments } from "../../src/assessment/parse.js";
import { RecordCollector } from "../../src/assessment/records.js";
import { parseFramework } from "../../src/framework/parse.js";
import { arbitraryDoubleScored, csvOf, edi, type Row, recordsOf } from "./double-scored-fixtures.js";

/**
 * Two entities, each with its own two assessors (as in the EDI), in two pillars:
 *   A 1.1: 3 / 2   A 1.2: 1 / 1   A 2.1: 2 (a1 only)   A 8.1: 0 / 0
 *   B 1.1: 2 / 2   B 1.2: n/a / 2                       B 8.1: 3 / 1
 * Information pillar (1.1 and 1.2 in G1, 2.1 in G2); participation pillar (8.1 in G8).
 */
const ROWS: Row[] = [
  ["A", "2024", "1.1", "3", "a1", ""],
  ["A", "2024", "1.1", "2", "a2", ""],
  ["A", "2024", "1.2", "1", "a1", ""],
  ["A", "2024", "1.2", "1", "a2", ""],
  ["A", "2024", "2.1", "2", "a1", ""],
  ["A", "2024", "8.1", "0", "a1", ""],
  ["A", "2024", "8.1", "0", "a2", ""],
  ["B", "2024", "1.1", "2", "b1", ""],
  ["B", "2024", "1.1", "2", "b2", ""],
  ["B", "2024", "1.2", "n/a", "b1", ""],
  ["B", "2024", "1.2", "2", "b2", ""],
  ["B", "2024", "8.1", "3", "b1", ""],
  ["B", "2024", "8.1", "1", "b2", ""],
];

function group(result: AssessorAgreement, level: string, id: string) {
  const found = result.groups.find((g) => g.level === level && g.group === id);
  if (found === undefined) throw new Error(`no group ${level} ${id}`);
  return found;
}

describe("the reader and double scoring", () => {
  it("accepts answers by different assessors to one cell, with a warning naming the three ways forward", () => {
    const v = validateAssessments(csvOf(ROWS), edi);
    expect(v.errorCount).toBe(0);
    expect(v.dataset).toBeUndefined();
    const warning = v.issues.find((i) => i.code === "P10_MULTIPLE_ASSESSORS");
    expect(warning?.severity).toBe("warning");
    expect(warning?.message).toContain("p10 reconcile");
    expect(warning?.message).toContain("--assessor NAME");
    expect(warning?.message).toContain("--combine median|mean");
  });

  it("still rejects the same assessor answering one cell twice with different answers", () => {
    const v = validateAssessments(csvOf([...ROWS, ["A", "2024", "1.1", "1", "a1", ""]]), edi);
    expect(v.issues.map((i) => [i.code, i.line])).toContainEqual(["P10_CONFLICTING_ANSWER", 15]);
  });
});

describe("assessmentCells", () => {
  it("groups answers by cell, in entity, period and framework order, one answer per assessor", () => {
    const cells = assessmentCells(recordsOf(ROWS), edi);
    expect(cells.map((c) => `${c.entity} ${c.indicator.id} ${cellStatus(c)}`)).toEqual([
      "A 1.1 disagreed",
      "A 1.2 agreed",
      "A 2.1 single",
      "A 8.1 agreed",
      "B 1.1 agreed",
      "B 1.2 disagreed",
      "B 8.1 disagreed",
    ]);
    expect(cells[0]).toMatchObject({ pillar: "information", group: "G1" });
    expect(cells[0]?.answers).toEqual([
      { assessor: "a1", code: 3, line: 2, source: "", comment: "" },
      { assessor: "a2", code: 2, line: 3, source: "", comment: "" },
    ]);
  });

  it("collapses an answer repeated by its assessor, keeping the earliest line and a cited source", () => {
    const rows: Row[] = [
      ["A", "2024", "1.1", "3", "a1", ""],
      ["A", "2024", "1.1", "3", "a1", "Act 1"],
    ];
    const [cell] = assessmentCells(recordsOf(rows), edi);
    expect(cell?.answers).toEqual([{ assessor: "a1", code: 3, line: 2, source: "Act 1", comment: "" }]);
  });

  it("names rows without an assessor, and refuses hand-built records with two answers by one assessor", () => {
    const v = validateAssessments("entity,period,indicator,response\nA,2024,1.1,3\n", edi);
    expect(assessmentCells(v.records, edi)[0]?.answers[0]?.assessor).toBe(NO_ASSESSOR);
    const c = new RecordCollector();
    const unit = c.unitId("A", "2024");
    c.add(unit, 0, 3, 2, c.assessorId("a1"), -1, -1);
    c.add(unit, 0, 1, 3, c.assessorId("a1"), -1, -1);
    expect(() => assessmentCells(c.finish(), edi)).toThrow(
      expect.objectContaining({ code: "P10_AGREEMENT_CONFLICT" }),
    );
  });
});

describe("metricForIndicators", () => {
  it("is ordinal for ordered scales and nominal as soon as one scale is unordered", () => {
    expect(metricForIndicators(edi.indicators)).toBe("ordinal");
    const codes = parseFramework({
      id: "codes",
      version: "1",
      title: "Codes",
      description: "An unordered scale.",
      source: "hand-made",
      scales: [
        {
          id: "kind",
          title: "Kind of body",
          ordered: false,
          levels: [
            { code: "court", label: "Court", value: "1" },
            { code: "tribunal", label: "Tribunal", value: "2" },
          ],
        },
      ],
      nodes: [
        { id: "root", level: "index", title: "Codes" },
        { id: "p", level: "pillar", parent: "root", title: "Justice" },
        {
          id: "q",
          level: "indicator",
          parent: "p",
          kind: "legal",
          title: "Q",
          question: "Which body?",
          scale: "kind",
        },
      ],
    });
    expect(metricForIndicators(codes.indicators)).toBe("nominal");
    expect(metricForIndicators([...edi.indicators, ...codes.indicators])).toBe("nominal");
  });
});

describe("cellReliabilityRecords", () => {
  it("makes one unit per cell and leaves out answers that are not on the scale", () => {
    const records = cellReliabilityRecords(assessmentCells(recordsOf(ROWS), edi));
    expect(records).toHaveLength(12); // 13 answers, minus B 1.2's n/a
    expect(records.filter((r) => r.unit === '["B","2024","1.2"]')).toEqual([
      { unit: '["B","2024","1.2"]', coder: "b2", value: 2 },
    ]);
  });
});

describe("assessorAgreement", () => {
  const result = assessorAgreement(recordsOf(ROWS), edi);

  it("counts cells by status and lists every assessor", () => {
    expect(result).toMatchObject({ cells: 7, single: 1, agreed: 3, disagreed: 3 });
    expect(result.assessors).toEqual(["a1", "a2", "b1", "b2"]);
  });

  it("reports the file, then pillars, groups, indicators in framework order, then entities", () => {
    expect(result.groups.map((g) => `${g.level}:${g.group}`)).toEqual([
      "file:all",
      "pillar:information",
      "pillar:participation",
      "group:G1",
      "group:G2",
      "group:G8",
      "indicator:1.1",
      "indicator:1.2",
      "indicator:2.1",
      "indicator:8.1",
      "entity:A",
      "entity:B",
    ]);
    expect(group(result, "pillar", "information").title).toBe("Access to information");
  });

  it("whole file: 5 cells with two levels, 3 of 5 pairs agree; 4 assessors, so no kappa", () => {
    const s = group(result, "file", "all").summary;
    // Pairable cells: A 1.1, A 1.2, A 8.1, B 1.1, B 8.1 (A 2.1 has one answer, B 1.2 one on the scale).
    expect(s.percent).toMatchObject({
      units: 5,
      droppedUnits: 2,
      pairs: 5,
      agreeingPairs: 3,
      proportion: 0.6,
    });
    expect(s.coders).toBe(4);
    expect(s.kappa).toMatchObject({ kappa: null, reason: "needs exactly two coders" });
  });

  it("information pillar: alpha by hand, ordinal 7/9 and nominal 6/11", () => {
    // Pairable cells: A 1.1 (3, 2), A 1.2 (1, 1), B 1.1 (2, 2): n = 6, n_1 = 2, n_2 = 3, n_3 = 1;
    // coincidences o_23 = o_32 = 1. Krippendorff (2011): α = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
    // Ordinal δ²: (2,3) = (3 + 1 − (3 + 1)/2)² = 4; (1,2) = (2 + 3 − 2.5)² = 6.25; (1,3) = (6 − 1.5)² = 20.25.
    // Observed 2 · 4 = 8; expected 2 (2·3·6.25 + 2·1·20.25 + 3·1·4) = 180; α = 1 − 5 · 8 / 180 = 7/9.
    const info = group(result, "pillar", "information");
    expect(info.metric).toBe("ordinal");
    expect(info.summary.alpha.alpha).toBeCloseTo(7 / 9, 12);
    // Nominal δ² = 1: observed 2; expected n² − Σ n_c² = 36 − 14 = 22; α = 1 − 5 · 2 / 22 = 6/11.
    const nominal = assessorAgreement(recordsOf(ROWS), edi, { metric: "nominal" });
    const infoNominal = group(nominal, "pillar", "information");
    expect(infoNominal.metric).toBe("nominal");
    expect(infoNominal.summary.alpha.alpha).toBeCloseTo(6 / 11, 12);
  });

  it("entity A has exactly two assessors: quadratic kappa by hand is 6/7", () => {
    // Pairs (a1, a2): (3, 2), (1, 1), (0, 0). Margins a1: 0, 1, 3 once each; a2: 0, 1, 2 once each.
    // Σ d n = (3 − 2)² = 1; Σ d r c = Σ over a1 ∈ {0, 1, 3}, a2 ∈ {0, 1, 2} of (x − y)²
    //   = (0 + 1 + 4) + (1 + 0 + 1) + (9 + 4 + 1) = 21; κ = 1 − N Σ d n / Σ d r c = 1 − 3 · 1 / 21 = 6/7.
    const a = group(result, "entity", "A").summary;
    expect(a.kappa.coders).toEqual(["a1", "a2"]);
    expect(a.kappa.kappa).toBeCloseTo(6 / 7, 12);
    expect(group(result, "entity", "B").summary.kappa.coders).toEqual(["b1", "b2"]);
  });

  it("guideline and indicator groups: G8 and 8.1 agree on one cell of two", () => {
    expect(group(result, "group", "G8").summary.percent.proportion).toBe(0.5);
    expect(group(result, "indicator", "1.1").summary.percent.proportion).toBe(0.5);
    expect(group(result, "indicator", "2.1").summary.alpha.reason).toBe("no pairable values");
    expect(group(result, "group", "G1").summary.percent).toMatchObject({ units: 3, agreeingPairs: 2 });
  });

  it("lists disagreements largest first, then those where an answer is not on the scale", () => {
    expect(result.disagreements.map((d) => [d.entity, d.indicator, d.steps])).toEqual([
      ["B", "8.1", 2],
      ["A", "1.1", 1],
      ["B", "1.2", null],
    ]);
    expect(result.disagreements[0]?.answers.map((a) => [a.assessor, a.code, a.line])).toEqual([
      ["b1", 3, 13],
      ["b2", 1, 14],
    ]);
  });

  it("property: every group's summary equals the summary of its full units × assessors matrix", () => {
    // assessorAgreement avoids that matrix when a group has more than two assessors; the result must not change.
    const inGroup = (level: string, id: string) => (c: AssessmentCell) =>
      level === "file" ||
      (level === "pillar" && c.pillar === id) ||
      (level === "group" && c.group === id) ||
      (level === "indicator" && c.indicator.id === id) ||
      (level === "entity" && c.entity === id);
    fc.assert(
      fc.property(arbitraryDoubleScored, ({ rows }) => {
        const records = recordsOf(rows);
        const cells = assessmentCells(records, edi);
        for (const g of assessorAgreement(records, edi).groups) {
          const data = createReliabilityData(cellReliabilityRecords(cells.filter(inGroup(g.level, g.group))));
          expect(g.summary).toEqual(agreementSummary(data, { metric: g.metric }));
        }
      }),
      { numRuns: 150 },
    );
  });

  it("property: reordering the rows and renaming the assessors changes no statistic", () => {
    const anonymous = (r: AssessorAgreement) => ({
      counts: [r.cells, r.single, r.agreed, r.disagreed, r.assessors.length],
      groups: r.groups.map((g) => {
        const { kappa, disagreements, ...rest } = g.summary;
        const { coders: _coders, ...kappaRest } = kappa;
        return { ...g, summary: { ...rest, kappa: kappaRest, spreads: disagreements.map((d) => d.steps) } };
      }),
      disagreements: r.disagreements.map((d) => [
        d.entity,
        d.period,
        d.indicator,
        d.steps,
        d.answers.map((a) => a.code).sort(),
      ]),
    });
    fc.assert(
      fc.property(arbitraryDoubleScored, ({ rows, shuffled }) => {
        const original = assessorAgreement(recordsOf(rows), edi);
        const changed = assessorAgreement(recordsOf(shuffled), edi);
        expect(anonymous(changed)).toEqual(anonymous(original));
      }),
      { numRuns: 150 },
    );
  });
});
