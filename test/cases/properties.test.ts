// Invariants of case-based practice: the order of cases, a case at the mean, and cases outside the window.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateCaseRegister } from "../../src/assessment/case-register.js";
import { type Dataset, parseAssessments, score } from "../../src/index.js";
import { caseFramework, caseMethod } from "./fixtures.js";

const fw = caseFramework();
const method = caseMethod();
const CODES = ["no", "limited", "yes"] as const;

interface Case {
  readonly id: string;
  readonly level: number;
  readonly inside: boolean;
}

function files(cases: readonly Case[]): { register: string; answers: string } {
  const register = ["entity,period,case,type,title,start,end,sources"];
  const answers = ["entity,period,indicator,case,response"];
  for (const c of cases) {
    // An open case inside the window; one that ended in 2018, years before the window (2022–2024) opens.
    const dates = c.inside ? "2023-05-01," : "2018-05-01,2018-06-01";
    register.push(`ARV,2024,${c.id},emergency,Case ${c.id},${dates},src`);
    answers.push(`ARV,2024,P1,${c.id},${CODES[c.level]}`);
  }
  answers.push("ARV,2024,P3,,yes");
  return { register: `${register.join("\n")}\n`, answers: `${answers.join("\n")}\n` };
}

function read(cases: readonly Case[], answerOrder?: readonly number[]): Dataset {
  const f = files(cases);
  const lines = f.answers.trimEnd().split("\n");
  const body = lines.slice(1);
  const ordered = answerOrder === undefined ? body : answerOrder.map((k) => body[k]!);
  const register = validateCaseRegister(f.register).register;
  return parseAssessments(`${[lines[0], ...ordered].join("\n")}\n`, fw, { cases: register }).dataset;
}

/** What a score says: every node's exact score of the one unit. */
const exactScores = (ds: Dataset) =>
  score(ds, fw, method).units.map((u) => u.indices[0]!.nodes.map((n) => n.exact));
/** The value of P1: a level's value or the combined value. */
function p1(ds: Dataset): string {
  const ordinal = fw.indicatorById.get("P1")!.ordinal;
  const code = ds.answers[ordinal]!;
  return code < 0 ? String(code) : code < 3 ? String(code) : ds.combinedValues![ordinal]![code - 3]!.value;
}

const casesArb = fc
  .array(fc.record({ level: fc.integer({ min: 0, max: 2 }), inside: fc.boolean() }), {
    minLength: 2,
    maxLength: 3, // with one more case, still within the design's maximum of 4
  })
  .map((xs) => xs.map((x, k) => ({ id: `C${k}`, ...x })));

describe("case properties", () => {
  it("permuting the cases (rows and register) changes nothing", () => {
    fc.assert(
      fc.property(
        casesArb.chain((cases) =>
          fc.tuple(
            fc.constant(cases),
            fc.shuffledSubarray([...cases.keys(), cases.length], {
              minLength: cases.length + 1,
              maxLength: cases.length + 1,
            }),
          ),
        ),
        ([cases, order]) => {
          const a = read(cases);
          const b = read(cases, order);
          expect(p1(b)).toBe(p1(a));
          expect(exactScores(b)).toEqual(exactScores(a));
          const reversed = read([...cases].reverse());
          expect(p1(reversed)).toBe(p1(a));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("adding a case answered at the mean leaves a mean-combined indicator unchanged", () => {
    fc.assert(
      fc.property(casesArb, (cases) => {
        const counted = cases.filter((c) => c.inside);
        fc.pre(counted.length >= 2);
        const sum = counted.reduce((s, c) => s + c.level, 0);
        fc.pre(sum % counted.length === 0); // the mean is a level, so a case can be answered at it
        const before = read(cases);
        const after = read([...cases, { id: "MEAN", level: sum / counted.length, inside: true }]);
        expect(p1(after)).toBe(p1(before));
        expect(exactScores(after)).toEqual(exactScores(before));
      }),
      { numRuns: 200 },
    );
  });

  it("a case outside the look-back window never changes a score", () => {
    fc.assert(
      fc.property(casesArb, fc.integer({ min: 0, max: 2 }), (cases, level) => {
        const before = read(cases);
        const after = read([...cases, { id: "OUT", level, inside: false }]);
        expect(p1(after)).toBe(p1(before));
        expect(exactScores(after)).toEqual(exactScores(before));
      }),
      { numRuns: 100 },
    );
  });
});
