import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessmentCells, cellStatus } from "../../src/agreement/cells.js";
import { RECONCILED_ASSESSOR, reconcileAssessments } from "../../src/agreement/reconcile.js";
import { answerAt, MISSING } from "../../src/assessment/dataset.js";
import { validateAssessments } from "../../src/assessment/parse.js";
import { writeAssessmentsCsv } from "../../src/assessment/write.js";
import { arbitraryDoubleScored, edi, recordsOf } from "./double-scored-fixtures.js";

const CSV = [
  "entity,entity_name,period,indicator,response,assessor,source,comment",
  "A,Aland,2024,1.1,3,ann,Act 1,",
  'A,Aland,2024,1.1,3,bob,Act 2,"see s. 4, para 2"',
  "A,Aland,2024,1.2,2,ann,,",
  "A,Aland,2024,1.2,3,bob,Decree,",
  "A,Aland,2024,1.3,n/a,ann,,",
  "A,Aland,2024,1.3,1,bob,,",
  "A,Aland,2024,2.1,1,ann,,",
  "",
].join("\n");

function reconciledText(csv: string): string {
  const r = reconcileAssessments(validateAssessments(csv, edi).records, edi);
  return writeAssessmentsCsv(r.dataset, edi, { blankMissing: true });
}

describe("reconcileAssessments", () => {
  it("carries agreed and single answers, blanks disagreements with the competing answers in the comment", () => {
    const r = reconcileAssessments(validateAssessments(CSV, edi).records, edi);
    expect([r.agreed, r.disagreed, r.single]).toEqual([1, 2, 1]);
    expect(writeAssessmentsCsv(r.dataset, edi, { blankMissing: true })).toBe(
      [
        "entity,entity_name,period,indicator,response,assessor,source,comment",
        'A,Aland,2024,1.1,3,reconciled,"Act 1; Act 2","agreed: 3 (ann, line 2; bob, line 3) | bob: see s. 4, para 2"',
        'A,Aland,2024,1.2,,,,"disagreement: 2 (ann, line 4) vs 3 (bob, line 5, source: Decree)"',
        'A,Aland,2024,1.3,,,,"disagreement: n/a (ann, line 6) vs 1 (bob, line 7)"',
        'A,Aland,2024,2.1,1,reconciled,,"single assessor: 1 (ann, line 8)"',
        "",
      ].join("\n"),
    );
  });

  it("round-trips through the reader: valid, one answer per cell, blank responses read as missing", () => {
    const v = validateAssessments(reconciledText(CSV), edi);
    expect(v.errorCount).toBe(0);
    expect(v.issues).toEqual([]);
    const ds = v.dataset!;
    const answer = (id: string) => answerAt(ds, 0, edi.indicatorById.get(id)!.ordinal);
    expect([answer("1.1"), answer("1.2"), answer("1.3"), answer("2.1")]).toEqual([3, MISSING, MISSING, 1]);
    expect(ds.notes.get(edi.indicatorById.get("1.1")!.ordinal)?.assessor).toBe(RECONCILED_ASSESSOR);
    expect(ds.entityNames.get("A")).toBe("Aland");
  });

  it("property: the output re-reads with one answer per cell, agreed answers kept, disputed ones missing", () => {
    fc.assert(
      fc.property(arbitraryDoubleScored, ({ rows }) => {
        const records = recordsOf(rows);
        const cells = assessmentCells(records, edi);
        const r = reconcileAssessments(records, edi);
        expect(r.agreed + r.disagreed + r.single).toBe(cells.length);
        const v = validateAssessments(writeAssessmentsCsv(r.dataset, edi, { blankMissing: true }), edi);
        expect(v.errorCount).toBe(0);
        expect(v.issues.filter((i) => i.code === "P10_MULTIPLE_ASSESSORS")).toEqual([]);
        expect(assessmentCells(v.records, edi).map((c) => c.answers.length)).toEqual(cells.map(() => 1));
        const ds = v.dataset!;
        const units = ds.units.map((u) => `${u.entity}|${u.period}`);
        for (const cell of cells) {
          const got = answerAt(ds, units.indexOf(`${cell.entity}|${cell.period}`), cell.indicator.ordinal);
          expect(got).toBe(cellStatus(cell) === "disagreed" ? MISSING : cell.answers[0]!.code);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("property: the reconciled answers do not depend on the order of the rows or the assessors' names", () => {
    fc.assert(
      fc.property(arbitraryDoubleScored, ({ rows, shuffled }) => {
        const a = reconcileAssessments(recordsOf(rows), edi).dataset;
        // Shuffling and renaming change the comments (lines, names), not the answers.
        const b = reconcileAssessments(recordsOf(shuffled), edi).dataset;
        expect(Array.from(b.answers)).toEqual(Array.from(a.answers));
        expect(b.units).toEqual(a.units);
      }),
      { numRuns: 150 },
    );
  });
});
