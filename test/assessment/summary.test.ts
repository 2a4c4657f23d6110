// The file summary printed by `p10 validate`. Reference by hand: edi-2015 has 21 / 15 / 39 scored (legal)
// indicators in information / participation / justice (docs/DOMAIN.md), so two units expect 42 / 30 / 78 cells.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frameworks, summarizeAssessments, validateAssessments } from "../../src/index.js";

const edi = frameworks.get("edi-2015");

describe("summarizeAssessments", () => {
  it("counts answers by kind and the coverage of scored indicators per pillar", () => {
    const csv = [
      "entity,period,indicator,response,assessor",
      "A,2024,1.1,3,Zoe",
      "A,2024,1.2,n/a,Zoe",
      "A,2024,1.3,-,Zoe",
      "A,2024,P2.1,yes,Zoe", // practice: not scored, so not in coverage
      "B,2024,15.1,0,Al",
    ].join("\n");
    const s = summarizeAssessments(validateAssessments(csv, edi).records, edi);
    expect(s).toEqual({
      entities: 2,
      periods: ["2024"],
      units: 2,
      answers: 5,
      cells: 5,
      levels: 3,
      notApplicable: 1,
      missing: 1,
      assessors: ["Al", "Zoe"],
      coverage: [
        { pillar: "information", title: "Access to information", answered: 1, expected: 42 },
        { pillar: "participation", title: "Public participation", answered: 0, expected: 30 },
        { pillar: "justice", title: "Access to justice", answered: 1, expected: 78 },
      ],
    });
  });

  it("counts a double-scored cell once in coverage", () => {
    const csv = "entity,period,indicator,response,assessor\nA,1,1.1,3,Ann\nA,1,1.1,2,Bob\n";
    const s = summarizeAssessments(validateAssessments(csv, edi).records, edi);
    expect([s.answers, s.cells, s.coverage[0]!.answered]).toEqual([2, 1, 1]);
  });

  it("never reports more answered cells than expected, nor more cells than answers", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom("A", "B"),
            fc.constantFrom("1.1", "9.2", "22.6", "P2.1"),
            fc.constantFrom("0", "2", "n/a", ""),
          ),
          { maxLength: 30 },
        ),
        (rows) => {
          const csv = `entity,period,indicator,response\n${rows.map(([e, i, r]) => `${e},1,${i},${r}`).join("\n")}\n`;
          const s = summarizeAssessments(validateAssessments(csv, edi).records, edi);
          expect(s.cells).toBeLessThanOrEqual(s.answers);
          expect(s.levels + s.notApplicable + s.missing).toBe(s.answers);
          for (const c of s.coverage) expect(c.answered).toBeLessThanOrEqual(c.expected);
        },
      ),
    );
  });
});
