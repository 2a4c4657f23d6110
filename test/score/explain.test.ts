// Explanations read from the ScoreSet: the tree from each answer (line, code, label, value, weights,
// contribution) up to the index, unscored answers, gaps, and the plain-text rendering. Values are those of
// the hand-computed EDI example (edi-hand.test.ts): G1 = 7/3, information = 19/9, EDI = 229/108.
import { describe, expect, it } from "vitest";
import { createDataset } from "../../src/advanced.js";
import {
  explain,
  type ExplanationNode,
  formatExplanation,
  frameworks,
  isP10Error,
  methods,
  score,
} from "../../src/index.js";
import { method, tiny, unitAnswers } from "./fixtures.js";

const edi = frameworks.get("edi-2015");
const answers = unitAnswers("XX", "2014", {
  "1.1": 3,
  "1.2": 2,
  "1.3": 2,
  "2.1": 1,
  "P2.1": 2,
  "6.1": 3,
  "8.1": 0,
  "8.2": 1,
  "12.1": 2,
  "15.1": 3,
  "15.2": 3,
  "15.3": "na",
  "16.1": "m",
}).map((a) =>
  a.indicator === "1.1" ? { ...a, note: { assessor: "Ana", comment: "art. 4" }, entityName: "Exland" } : a,
);
const set = score(createDataset(edi, answers, { file: "xx.csv" }), edi, methods.get("edi-2015"));
const explanation = explain(set, "XX", "2014");
const find = (node: ExplanationNode, id: string): ExplanationNode | undefined =>
  node.id === id ? node : node.children.map((c) => find(c, id)).find((x) => x !== undefined);
const root = explanation.indices[0]?.root as ExplanationNode;

describe("explain", () => {
  it("names the unit, inputs and presentation", () => {
    expect(explanation).toMatchObject({
      entity: "XX",
      entityName: "Exland",
      period: "2014",
      file: "xx.csv",
      framework: { id: "edi-2015" },
      method: { id: "edi-2015" },
    });
    expect(explanation.indices.map((x) => x.id)).toEqual(["edi"]);
  });

  it("gives every node its score, band, aggregation, coverage and answers", () => {
    expect(root.score?.eq(set.units[0]?.indices[0]?.nodes[0]?.score ?? 0)).toBe(true);
    expect(root).toMatchObject({
      id: "edi",
      level: "index",
      band: "good",
      exact: "229/108",
      aggregation: { function: "arithmetic" },
    });
    expect(root.children.map((c) => c.id)).toEqual(["information", "participation", "justice"]);
    expect(find(root, "G3")?.reason?.code).toBe("no-answers");
    expect(find(root, "G15")?.answers).toEqual({ expected: 3, present: 2, missing: 0, notApplicable: 1 });
  });

  it("follows each answer from its line to its contribution", () => {
    const leaf = find(root, "1.1");
    expect(leaf?.answer).toEqual({
      status: "answered",
      code: "3",
      label: "Good practice",
      line: 2,
      note: { assessor: "Ana", comment: "art. 4" },
      combined: null,
    });
    expect(leaf?.score?.toString()).toBe("3");
    expect(leaf?.exactEffectiveWeight).toBe("1/27");
    expect(leaf?.exactContribution).toBe("1/9");
    expect(leaf?.weight?.toSignificantDigits(4).toString()).toBe("0.3333");
    expect(find(root, "15.3")?.answer?.status).toBe("not-applicable");
    expect(find(root, "16.1")?.answer).toMatchObject({ status: "missing", line: 14 });
    expect(find(root, "1.4")?.answer).toEqual({
      status: "absent",
      code: null,
      label: null,
      line: null,
      note: null,
      combined: null,
    });
  });

  it("lists answers that enter no index as reported, not scored", () => {
    expect(explanation.unscored.map((u) => u.id)).toEqual(
      edi.indicators.filter((i) => !i.scored).map((i) => i.id),
    );
    expect(explanation.unscored[0]).toMatchObject({
      id: "P2.1",
      answer: { code: "2", label: "Yes", line: 6 },
    });
  });

  it("renders an indented tree with the method's rounding", () => {
    const text = formatExplanation(explanation);
    const lines = text.split("\n");
    expect(lines[0]).toBe(
      "XX (Exland), 2014 — framework edi-2015 1.1.0, method edi-2015 1.0.0, answers from xx.csv",
    );
    expect(text).toContain(
      "edi 2.12 (good) = mean of 3 pillars (information 2.11, participation 1.25, justice 3.00) · exact 229/108 · coverage 1.00 · answers 10 of 75, 1 n/a",
    );
    expect(text).toContain(
      "    G1 2.33 (very good) = mean of 3 of 6 indicators (1.1 3.00, 1.2 2.00, 1.3 2.00, 1.4 –, 1.5 –, 1.6 –) · exact 7/3 · weight 0.3333 · effective 0.1111 · coverage 0.50 · answers 3 of 6",
    );
    expect(text).toContain(
      '      1.1 3 "Good practice" → 3.00 · weight 0.3333 · effective 0.0370 (1/27) · contribution 0.1111 (1/9) · line 2 · assessor Ana · comment "art. 4"',
    );
    expect(text).toContain("    G3 – (no answers under G3) · coverage 0.00 · answers 0 of 3");
    expect(text).not.toContain("3.1 absent");
    expect(text).toContain("      1.4 absent (no row)");
    expect(text).toContain("      16.1 missing · line 14");
    expect(text).toContain('Reported, not scored:\n  P2.1 2 "Yes" → 2.00 · line 6');
    expect(text.endsWith("\n")).toBe(true);
  });

  it("shows gaps between indices", () => {
    const m = method({
      indices: [
        { id: "law", title: "Law", kinds: ["legal"] },
        { id: "practice", title: "Practice", kinds: ["practice"] },
      ],
      gaps: [{ id: "gap", title: "Law minus practice", minuend: "law", subtrahend: "practice" }],
    });
    const data = createDataset(
      tiny,
      unitAnswers("T", "1", { a1: 3, a2: 2, a3: 1, b1: 1, b2: 2, c1: 2, d1: 1, d2: 1 }),
    );
    const e = explain(score(data, tiny, m), "T", "1");
    expect(e.gaps[0]?.nodes.map((n) => [n.id, n.value?.toString()])).toEqual([
      ["tiny", "-0.5"],
      ["P1", "-0.5"],
      ["G2", "-1"],
    ]);
    expect(formatExplanation(e)).toContain(
      "Gap gap: Law minus practice (law − practice)\n  tiny -0.50\n  P1 -0.50\n  G2 -1.00",
    );
  });

  it("refuses an unknown unit, listing the entity's periods", () => {
    for (const [entity, period, message] of [
      ["XX", "2015", 'entity "XX" has no period "2015" (periods: 2014)'],
      ["YY", "2014", 'no entity "YY" in the scores'],
    ] as const) {
      try {
        explain(set, entity, period);
        expect.unreachable();
      } catch (e) {
        expect(isP10Error(e) && [e.code, e.message]).toEqual(["P10_UNKNOWN_UNIT", message]);
      }
    }
  });
});
