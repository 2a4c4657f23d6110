// Law–practice pairs: every p10-2026 practice indicator names the legal indicators it tests, and the gap is
// read on those pairs (hand computation on one unit).
import { describe, expect, it } from "vitest";
import { createDataset } from "../../src/advanced.js";
import { frameworks, isP10Error, methods, parseFramework, score } from "../../src/index.js";
import { pairGaps } from "../../src/score/pair-gaps.js";
import { caseFrameworkInput } from "./fixtures.js";

const p10 = frameworks.get("p10-2026");
const method = methods.get("p10-default");

describe("law–practice pairs", () => {
  it("every p10-2026 practice indicator names legal indicators of its own group", () => {
    for (const i of p10.indicators.filter((x) => x.kind === "practice")) {
      const tests = i.definition.tests ?? [];
      expect(tests.length, i.id).toBeGreaterThan(0);
      for (const id of tests) {
        const legal = p10.indicatorById.get(id)!;
        expect([legal.kind, legal.parent], `${i.id} → ${id}`).toEqual(["legal", i.parent]);
      }
    }
    expect(p10.indicatorById.get("PDEF.2")!.definition.tests).toEqual(["DEF.4"]);
  });

  it("gap on a pair = mean of the tested legal values − the practice value (p10-default, 0–100)", () => {
    const answers = [
      { entity: "A", period: "2025", indicator: "1.4", code: 3 }, // 100
      { entity: "A", period: "2025", indicator: "1.7", code: 2 }, // 200/3
      { entity: "A", period: "2025", indicator: "P1.1", code: 1 }, // 50
      { entity: "A", period: "2025", indicator: "DEF.1", code: 1 }, // 100/3
      { entity: "A", period: "2025", indicator: "PDEF.3", code: 2 }, // 100 (DEF.2 unanswered)
    ];
    const set = score(createDataset(p10, answers), p10, method);
    const pairs = pairGaps(set)[0]!.pairs;
    const p11 = pairs.find((p) => p.indicator === "P1.1")!;
    // law = (100 + 200/3) / 2 = 250/3; gap = 250/3 − 50 = 100/3
    expect(p11.tests).toEqual(["1.4", "1.7"]);
    expect(p11.law?.toFixed(10)).toBe("83.3333333333");
    expect(p11.gap?.toFixed(10)).toBe("33.3333333333");
    // PDEF.3 tests DEF.1 and DEF.2; only DEF.1 answered: law = 100/3, gap = 100/3 − 100 = −200/3
    const pdef3 = pairs.find((p) => p.indicator === "PDEF.3")!;
    expect(pdef3.gap?.toFixed(10)).toBe("-66.6666666667");
    // An unanswered practice indicator has no gap.
    expect(pairs.find((p) => p.indicator === "P2.1")!.gap).toBeNull();
  });

  it("a practice indicator tests only legal indicators", () => {
    const doc = caseFrameworkInput();
    (doc.nodes.find((n) => n.id === "P3") as { tests?: string[] }).tests = ["P1"];
    try {
      parseFramework(doc);
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && e.issues.map((i) => [i.code, i.path])).toEqual([
        ["P10_FRAMEWORK_RULE", "nodes[6].tests"],
      ]);
    }
  });

  it("names the gap it cannot find", () => {
    const set = score(createDataset(p10, []), p10, method);
    expect(() => pairGaps(set, "nope")).toThrow('method p10-default has no gap "nope" (gaps: gap)');
  });
});
