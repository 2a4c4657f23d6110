// Blank templates: their shape, and that a filled-in template (entities and period given) reads back cleanly.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ABSENT, MISSING } from "../../src/advanced.js";
import { assessmentTemplate, frameworks, parseAssessments } from "../../src/index.js";

const edi = frameworks.get("edi-2015");

describe("assessmentTemplate", () => {
  it("writes one long row per indicator, with its title, for each entity", () => {
    const lines = assessmentTemplate(edi, { entities: ["ARV", "BMR"], period: "2024" })
      .trimEnd()
      .split("\n");
    expect(lines[0]).toBe("entity,period,indicator,title,response,source,comment");
    expect(lines).toHaveLength(1 + 2 * 99);
    expect(lines[1]).toBe("ARV,2024,1.1,Legal right to obtain environmental information by request,,,");
    expect(lines[100]?.startsWith("BMR,2024,1.1,")).toBe(true);
  });

  it("writes one wide row per entity", () => {
    const lines = assessmentTemplate(edi, { format: "wide", entities: ["ARV"] })
      .trimEnd()
      .split("\n");
    expect(lines[0]).toBe(`entity,period,${edi.indicators.map((i) => i.id).join(",")}`);
    expect(lines[1]).toBe(`ARV,${",".repeat(99)}`);
  });

  it("leaves entity and period empty when none are given", () => {
    expect(assessmentTemplate(edi).split("\n")[1]).toBe(
      ",,1.1,Legal right to obtain environmental information by request,,,",
    );
  });

  it("reads back without issues: every long answer missing, every wide cell unanswered", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[A-Z][A-Za-z0-9 ]{0,5}[a-z]$/), { minLength: 1, maxLength: 3 }),
        (entities) => {
          const long = parseAssessments(assessmentTemplate(edi, { entities, period: "2024" }), edi);
          expect(long.issues).toEqual([]);
          expect(long.dataset.units).toHaveLength(entities.length);
          expect([...long.dataset.answers].every((a) => a === MISSING)).toBe(true);
          const wide = parseAssessments(
            assessmentTemplate(edi, { entities, period: "2024", format: "wide" }),
            edi,
          );
          expect(wide.issues).toEqual([]);
          expect([...wide.dataset.answers].every((a) => a === ABSENT)).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });
});
