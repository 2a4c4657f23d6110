// The case-based template: answer rows with case ids and the register they refer to; filled in, they read
// back without errors and every case-assessed indicator takes its value from its cases.
import { describe, expect, it } from "vitest";
import { caseTemplate, frameworks, parseAssessments, validateCaseRegister } from "../../src/index.js";
import { p10 } from "../cli/run-cli.js";

const fw = frameworks.get("p10-2026");

describe("caseTemplate", () => {
  const t = caseTemplate(fw, { entities: ["ARV"], period: "2025" });

  it("lists each legal indicator once and each case-assessed one per case, up to its minimum", () => {
    const rows = t.answers.trimEnd().split("\n");
    expect(rows[0]).toBe("entity,period,indicator,title,case,response,source,comment");
    const minimums = fw.indicators.reduce((n, i) => n + (i.definition.cases?.min ?? 1), 0);
    expect(rows).toHaveLength(1 + minimums);
    expect(rows.filter((r) => r.startsWith("ARV,2025,P8.1,")).map((r) => r.split(",").at(-4))).toEqual([
      "P8.1-1",
      "P8.1-2",
      "P8.1-3",
    ]);
    expect(t.register.split("\n")[0]).toBe("entity,period,case,type,title,start,end,sources");
  });

  it("reads back without errors once filled in: every case-assessed indicator from its cases", () => {
    const register = t.register.replace(
      /^(ARV,2025,[^,]+,)([^,|]+)[^,]*,,,,$/gm,
      (_, head: string, type: string) => `${head}${type},A case,2025-01-01,2025-02-01,a source`,
    );
    const filled = t.answers.replace(/,,,$/gm, ",1,,");
    const v = validateCaseRegister(register);
    expect(v.issues).toEqual([]);
    const parsed = parseAssessments(filled, fw, { cases: v.register });
    expect(parsed.issues).toEqual([]);
    expect(parsed.caseAnswers.length).toBe(v.register.cases.length);
    for (const i of fw.indicators) expect(parsed.dataset.answers[i.ordinal], i.id).toBe(1);
  });

  it("p10 template --cases writes both files", async () => {
    const r = await p10(["template", "-f", "p10-2026", "--cases"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--cases writes two files: give the answers file with --out FILE");
  });
});

describe("argument checks", () => {
  it("name the argument that is wrong", () => {
    expect(() => validateCaseRegister(42 as unknown as string)).toThrow(
      "text must be the register's CSV text (a string); got number 42",
    );
    expect(() => caseTemplate({} as never)).toThrow(/^framework must be a framework/);
    expect(() => parseAssessments("entity,period,indicator,response\n", fw, { cases: [] as never })).toThrow(
      /^options\.cases must be a case register/,
    );
  });
});
