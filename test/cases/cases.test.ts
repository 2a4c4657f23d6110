// Practice through cases: the register, case-level answers, their exact combination into indicator values,
// the coverage rule, and every validation problem with its code, line and column.
import { describe, expect, it } from "vitest";
import { validateCaseRegister } from "../../src/assessment/case-register.js";
import { answerAt, MISSING } from "../../src/advanced.js";
import {
  explain,
  formatExplanation,
  parseAssessments,
  parseFramework as parseFrameworkOf,
  type P10Issue,
  score,
  validateAssessments,
} from "../../src/index.js";
import * as fixtures from "./fixtures.js";
import { ANSWERS, caseFramework, caseMethod, REGISTER } from "./fixtures.js";

const fw = caseFramework();
const register = validateCaseRegister(REGISTER, { file: "cases.csv" }).register;
const ord = (id: string) => fw.indicatorById.get(id)!.ordinal;
const where = (issues: readonly P10Issue[]) => issues.map((i) => [i.code, i.line, i.column, i.severity]);

describe("case register", () => {
  it("reads cases with their sources", () => {
    const v = validateCaseRegister(REGISTER, { file: "cases.csv" });
    expect(v.issues).toEqual([]);
    expect(v.register.cases).toHaveLength(7);
    expect(v.register.cases[0]).toMatchObject({
      entity: "ARV",
      id: "E1",
      type: "emergency",
      start: "2023-03-01",
      end: "2023-03-20",
      sources: ["https://example.org/spill", "Ministry bulletin 12/2023"],
      line: 2,
    });
  });

  it("reports every problem at once, located", () => {
    const csv = [
      "entity,period,case,type,title,start,end,sources",
      "A,2024,c1,emergency,x,2023-02-30,,",
      "A,2024,c2,,x,2023-01-01,2022-01-01,",
      "A,2024,c3,project,x,2023-01-01,2022-01-01,",
      "A,2024,c3,project,x,2023-01-01,,",
      "A,2024,c3,project,x,2023-01-01,,",
      "",
    ].join("\n");
    const v = validateCaseRegister(csv, { file: "r.csv" });
    expect(where(v.issues)).toEqual([
      ["P10_CASE_DATE", 2, 6, "error"],
      ["P10_EMPTY_CASE_FIELD", 3, 4, "error"],
      ["P10_CASE_DATE", 4, 7, "error"],
      ["P10_DUPLICATE_CASE", 6, 3, "error"],
    ]);
    expect(v.issues[3]!.message).toContain("first on line 5");
    expect(v.errorCount).toBe(4);
  });

  it("names a missing column", () => {
    const v = validateCaseRegister("entity,period,case,start\n");
    expect(where(v.issues)).toEqual([["P10_CSV_MISSING_COLUMN", 1, undefined, "error"]]);
  });
});

describe("from cases to an indicator", () => {
  const parsed = parseAssessments(ANSWERS, fw, { file: "answers.csv", cases: register });
  const ds = parsed.dataset;
  const arv = ds.units.findIndex((u) => u.entity === "ARV");
  const bel = ds.units.findIndex((u) => u.entity === "BEL");

  it("combines the counted cases exactly: mean 5/3, minimum 'limited'", () => {
    const p1 = answerAt(ds, arv, ord("P1"));
    expect(p1).toBe(3); // the first value after the three levels
    expect(ds.combinedValues?.[ord("P1")]?.[0]).toEqual({
      value: "5/3",
      code: "5/3",
      label: "cases (mean of yes, limited, yes)",
    });
    expect(answerAt(ds, arv, ord("P2"))).toBe(1); // min(yes, limited) = limited
    expect(answerAt(ds, arv, ord("P3"))).toBe(2); // a direct answer
  });

  it("leaves a case outside the window out, with a located warning", () => {
    const cell = ds.cases!.get(arv * fw.indicators.length + ord("P1"))!;
    expect(cell.cases.map((c) => [c.case, c.status])).toEqual([
      ["E1", "counted"],
      ["E2", "counted"],
      ["M1", "counted"],
      ["OLD", "outside-window"],
    ]);
    expect(cell.window).toEqual({ after: "2021-12-31", end: "2024-12-31" });
    expect(where(parsed.issues.filter((i) => i.code === "P10_CASE_OUTSIDE_WINDOW"))).toEqual([
      ["P10_CASE_OUTSIDE_WINDOW", 6, 4, "warning"],
    ]);
  });

  it("too few cases: missing under the coverage rule, named in a warning", () => {
    expect(answerAt(ds, bel, ord("P1"))).toBe(MISSING);
    const w = parsed.issues.filter((i) => i.code === "P10_TOO_FEW_CASES");
    expect(where(w)).toEqual([["P10_TOO_FEW_CASES", 10, 4, "warning"]]);
    expect(w[0]!.message).toContain("BEL 2024 P1: 1 answered case in the window, at least 2 needed");
    expect(ds.cases!.get(bel * fw.indicators.length + ord("P1"))!.tooFew).toBe(true);
  });

  it("scores ARV's practice pillar fraction by fraction", () => {
    // P1 = (2 + 1 + 2) / 3 = 5/3 (OLD, 2019, is outside 2022–2024); P2 = min(2, 1) = 1; P3 = 2.
    // G1 = (5/3 + 1 + 2) / 3 = (14/3) / 3 = 14/9; the pillar and the index have G1 alone: 14/9.
    const s = score(ds, fw, caseMethod());
    const unit = s.units[arv]!;
    expect(unit.indices[0]!.nodes.map((n) => n.exact)).toEqual(["14/9", "14/9", "14/9"]);
    expect(unit.indices[0]!.indicators.map((i) => i.exactContribution)).toEqual(["5/9", "1/3", "2/3"]);
    // BEL has no counted P1: its practice rests on nothing.
    expect(s.units[bel]!.indices[0]!.nodes[0]!.score).toBeNull();
  });

  it("explain shows each case behind a practice value with its answer, dates, sources and lines", () => {
    const text = formatExplanation(explain(score(ds, fw, caseMethod()), "ARV", "2024"));
    expect(text).toContain(
      [
        '      P1 5/3 "cases (mean of yes, limited, yes)" → 1.67 · weight 0.3333 · effective 0.3333 (1/3) · contribution 0.5556 (5/9) · line 3',
        "        cases: mean of 3 counted in the 3 years to 2024-12-31",
        '          E1 (emergency) yes · "Chemical spill at the river port" · 2023-03-01 to 2023-03-20 · sources https://example.org/spill | Ministry bulletin 12/2023 · line 3, register line 2',
      ].join("\n"),
    );
    expect(text).toContain(
      '          OLD (emergency) no · "Flood of 2019" · 2019-05-01 to 2019-05-31 · sources https://example.org/flood · line 6, register line 5 · not counted: outside the window',
    );
    const bel = formatExplanation(explain(score(ds, fw, caseMethod()), "BEL", "2024"));
    expect(bel).toContain(
      "cases: mean of 1 counted in the 3 years to 2024-12-31 — too few (at least 2 needed): missing",
    );
  });

  it("the median and the share of cases reaching a level", () => {
    for (const [combine, level, expected] of [
      ["median", undefined, "2"],
      ["share", "yes", "4/3"], // 2 of 3 cases reach yes: 0 + 2/3 × (2 − 0)
      ["share", "limited", "2"],
      ["minimum", undefined, "1"],
    ] as const) {
      const input = caseFrameworkWith({ combine, ...(level === undefined ? {} : { level }) });
      const d = parseAssessments(ANSWERS, input, { cases: register }).dataset;
      const code = answerAt(d, arv, ord("P1"));
      const value = code < 3 ? ["0", "1", "2"][code] : d.combinedValues![ord("P1")]![code - 3]!.value;
      expect([combine, level, value]).toEqual([combine, level, expected]);
    }
  });
});

function caseFrameworkWith(cases: Record<string, unknown>) {
  const doc = fixtures.caseFrameworkInput();
  const p1 = doc.nodes.find((n) => n.id === "P1") as { cases: Record<string, unknown> };
  p1.cases = { ...p1.cases, ...cases };
  return parseFrameworkOf(doc);
}

describe("case validation, located and all at once", () => {
  it("unknown case, wrong type, no cases expected, duplicate, too many, direct and case answers", () => {
    const csv = [
      "entity,period,indicator,case,response",
      "ARV,2024,P1,NOPE,yes", // 2: unknown case
      "ARV,2024,P1,PR1,yes", // 3: a project case for an emergency indicator
      "ARV,2024,P3,E1,yes", // 4: P3 is not assessed through cases
      "ARV,2024,P2,PR1,yes", // 5
      "ARV,2024,P2,PR1,no", // 6: the same case again
      "ARV,2024,P2,,yes", // 7: a direct answer beside case answers
      "ARV,2024,P1,E1,yes", // 8
      "ARV,2024,P1,E2,yes", // 9
      "ARV,2024,P1,M1,yes", // 10
      "ARV,2025,P1,E1,yes", // 11: not in the register for 2025
      "",
    ].join("\n");
    const v = validateAssessments(csv, fw, { file: "a.csv", cases: register });
    expect(where(v.issues)).toEqual([
      ["P10_UNKNOWN_CASE", 2, 4, "error"],
      ["P10_CASE_TYPE_NOT_ACCEPTED", 3, 4, "error"],
      ["P10_CASE_NOT_EXPECTED", 4, 4, "error"],
      ["P10_DUPLICATE_CASE", 6, 4, "error"],
      ["P10_CASE_AND_DIRECT_ANSWER", 7, 5, "error"],
      ["P10_UNKNOWN_CASE", 11, 4, "error"],
    ]);
    expect(v.dataset).toBeUndefined();
    expect(v.issues[0]!.file).toBe("a.csv");
  });

  it("too many cases in the window and a required case answered directly", () => {
    const doc = fixtures.caseFrameworkInput();
    const p1 = doc.nodes.find((n) => n.id === "P1") as { cases: Record<string, unknown> };
    p1.cases = { ...p1.cases, max: 2, required: true };
    const strict = parseFrameworkOf(doc);
    const csv = [
      "entity,period,indicator,case,response",
      "ARV,2024,P1,E1,yes",
      "ARV,2024,P1,E2,yes",
      "ARV,2024,P1,M1,yes", // 4: the third case, one too many
      "BEL,2024,P1,,yes", // 5: P1 requires cases
      "",
    ].join("\n");
    const v = validateAssessments(csv, strict, { cases: register });
    expect(where(v.issues)).toEqual([
      ["P10_TOO_MANY_CASES", 4, 4, "error"],
      ["P10_CASE_REQUIRED", 5, 5, "error"],
    ]);
  });

  it("a file without case answers reads exactly as before", () => {
    const plain = "entity,period,indicator,response\nARV,2024,P3,yes\n";
    const a = parseAssessments(plain, fw);
    expect(a.dataset.cases).toBeUndefined();
    expect(a.caseAnswers).toEqual([]);
  });
});

describe("hostile cells in cases", () => {
  it("a control character in a register cell or a case id is a located error", () => {
    const reg = validateCaseRegister("entity,period,case,type,start\nA,2024,c\u00071,emergency,2024-01-01\n");
    expect(where(reg.issues)).toEqual([["P10_CONTROL_CHARACTER", 2, 3, "error"]]);
    const v = validateAssessments("entity,period,indicator,case,response\nARV,2024,P1,E\u00071,yes\n", fw, {
      cases: register,
    });
    expect(where(v.issues)).toEqual([["P10_CONTROL_CHARACTER", 2, 4, "error"]]);
  });
});

describe("no register", () => {
  it("says that none was given", () => {
    const v = validateAssessments("entity,period,indicator,case,response\nARV,2024,P1,E1,yes\n", fw);
    expect(where(v.issues)).toEqual([["P10_UNKNOWN_CASE", 2, 4, "error"]]);
    expect(v.issues[0]!.message).toBe(
      'case "E1" of ARV 2024: no case register was given (p10: --cases FILE, or <csv name>.cases.csv beside the file)',
    );
  });
});
