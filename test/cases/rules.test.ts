// Applicability and evidence rules as data: applied by the engine, shown by explain; unknown is not no.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  explain,
  type FrameworkInput,
  formatExplanation,
  isP10Error,
  type MethodInput,
  parseAssessments,
  parseFramework,
  parseMethod,
  score,
} from "../../src/index.js";
import { caseFrameworkInput, practiceMethod } from "./fixtures.js";

function rulesInput(): FrameworkInput {
  const doc = caseFrameworkInput();
  const practice = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
    id,
    level: "indicator" as const,
    parent: "G2",
    kind: "practice" as const,
    title,
    question: `${title}?`,
    scale: "practice",
    ...extra,
  });
  doc.nodes.push(
    { id: "G2", level: "group", parent: "info", title: "Guideline 2" },
    practice("LIT", "Public-interest litigation occurred"),
    practice("COSTS", "Costs were not awarded against litigants", {
      notApplicableWhen: [{ indicator: "LIT", answers: ["no"], why: "no litigation, no costs" }],
    }),
    practice("SAFE", "No documented case of reprisals", {
      evidence: {
        levels: ["yes"],
        minSources: 1,
        why: "no documented case means something only if documentation was looked for",
      },
    }),
  );
  return doc;
}
const fw = parseFramework(rulesInput());
const methodWith = (extra: Partial<MethodInput> = {}) =>
  parseMethod({ ...practiceMethod(), ...extra } as MethodInput);
const exact = (s: ReturnType<typeof score>, u = 0) => s.units[u]!.indices[0]!.nodes.map((n) => n.exact);
const HEAD = "entity,period,indicator,response,source";

describe("conditional applicability", () => {
  it("COSTS is not applicable when LIT is no, whatever it was answered", () => {
    const csv = `${HEAD}\nA,2024,P3,yes,\nA,2024,LIT,no,\nA,2024,COSTS,yes,\n`;
    const s = score(parseAssessments(csv, fw).dataset, fw, methodWith());
    // G1 = P3 = 2; G2 = mean(LIT 0) = 0 (COSTS left out); info = (2 + 0) / 2 = 1.
    expect(exact(s)).toEqual(["1", "1", "2", "0"]);
    expect(s.units[0]!.answers[fw.indicatorById.get("COSTS")!.ordinal]!.status).toBe("not-applicable");
    const text = formatExplanation(explain(s, "A", "2024"));
    expect(text).toContain(
      'COSTS not applicable · line 4 · rule: not applicable because LIT is "no" (line 3); answered yes — no litigation, no costs',
    );
  });

  it("unknown is not no: a missing LIT decides nothing", () => {
    const csv = `${HEAD}\nA,2024,P3,yes,\nA,2024,LIT,unknown,\nA,2024,COSTS,yes,\n`;
    const s = score(parseAssessments(csv, fw).dataset, fw, methodWith());
    expect(s.units[0]!.answers[fw.indicatorById.get("COSTS")!.ordinal]!.status).toBe("answered");
    expect(s.rulings).toBeUndefined();
    expect(exact(s)).toEqual(["2", "2", "2", "2"]);
  });

  it("property: conditional N/A equals answering n/a (removing the indicator for that unit)", () => {
    const codes = ["no", "limited", "yes", "n/a", "missing"] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.constantFrom(...codes),
        fc.constantFrom(...codes),
        (p3, costs, safe) => {
          const rows = (c: string) =>
            `${HEAD}\nA,2024,P3,${p3},\nA,2024,LIT,no,\nA,2024,COSTS,${c},\nA,2024,SAFE,${safe},src\n`;
          const ruled = score(parseAssessments(rows(costs), fw).dataset, fw, methodWith());
          const removed = score(parseAssessments(rows("n/a"), fw).dataset, fw, methodWith());
          expect(exact(ruled)).toEqual(exact(removed));
        },
      ),
    );
  });

  it("a rule must name another indicator and its levels", () => {
    const doc = rulesInput();
    const costs = doc.nodes.find((n) => n.id === "COSTS") as { notApplicableWhen: unknown };
    costs.notApplicableWhen = [
      { indicator: "NOPE", answers: ["no"] },
      { indicator: "LIT", answers: ["never"] },
    ];
    try {
      parseFramework(doc);
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && e.issues.map((i) => [i.code, i.path])).toEqual([
        ["P10_FRAMEWORK_RULE", "nodes[9].notApplicableWhen[0].indicator"],
        ["P10_FRAMEWORK_RULE", "nodes[9].notApplicableWhen[1].answers"],
      ]);
    }
  });
});

describe("evidence rules", () => {
  const csv = (source: string) => `${HEAD}\nA,2024,P3,yes,\nA,2024,SAFE,yes,${source}\n`;

  it("a best answer with no source is flagged, and kept by default", () => {
    const s = score(parseAssessments(csv(""), fw, { file: "a.csv" }).dataset, fw, methodWith());
    expect(exact(s)).toEqual(["2", "2", "2", "2"]);
    expect(s.warnings.map((w) => [w.code, w.file, w.line])).toEqual([["P10_EVIDENCE_MISSING", "a.csv", 3]]);
    expect(s.warnings[0]!.message).toBe(
      'A 2024 SAFE: "yes" needs at least 1 source, 0 given; kept (flagged)',
    );
    expect(formatExplanation(explain(s, "A", "2024"))).toContain(
      'rule: "yes" needs 1 source, 0 given, flagged',
    );
  });

  it("under the method's evidence rule 'missing' it counts as missing", () => {
    const s = score(parseAssessments(csv(""), fw).dataset, fw, methodWith({ evidence: "missing" }));
    // G2 has no answer left: info = G1 = 2; G2 has no score.
    expect(exact(s)).toEqual(["2", "2", "2", null]);
    expect(s.units[0]!.answers[fw.indicatorById.get("SAFE")!.ordinal]!.status).toBe("missing");
  });

  it("a source satisfies the rule; a lower answer needs none", () => {
    const sourced = score(
      parseAssessments(csv("NHRI annual report 2024"), fw).dataset,
      fw,
      methodWith({ evidence: "missing" }),
    );
    expect(sourced.rulings).toBeUndefined();
    const lower = score(
      parseAssessments(`${HEAD}\nA,2024,SAFE,limited,\n`, fw).dataset,
      fw,
      methodWith({ evidence: "missing" }),
    );
    expect(lower.rulings).toBeUndefined();
  });
});
