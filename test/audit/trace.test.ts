// traceAnswers: where each answer came from, for the traceable JSON output.
import { describe, expect, it } from "vitest";
import { traceAnswers } from "../../src/audit/trace.js";
import { createDataset, MISSING } from "../../src/assessment/dataset.js";
import { score } from "../../src/score/engine.js";
import { method, tiny } from "../score/fixtures.js";

describe("traceAnswers", () => {
  it("gives every cell its status, code, line, assessor and source; unanswered cells have no line", () => {
    const ds = createDataset(
      tiny,
      [
        {
          entity: "X",
          period: "2024",
          indicator: "a1",
          code: 3,
          line: 7,
          note: { assessor: "Ann", source: "Act 1" },
        },
        {
          entity: "X",
          period: "2024",
          indicator: "a2",
          code: MISSING,
          line: 9,
          note: { comment: "not found" },
        },
      ],
      { file: "answers.csv" },
    );
    const trace = traceAnswers(score(ds, tiny, method({ minCoverage: "0" })));
    expect(trace.file).toBe("answers.csv");
    expect(trace.answers).toHaveLength(tiny.indicators.length);
    expect(trace.answers.slice(0, 3)).toEqual([
      {
        entity: "X",
        period: "2024",
        indicator: "a1",
        status: "answered",
        code: "3",
        line: 7,
        assessor: "Ann",
        source: "Act 1",
      },
      { entity: "X", period: "2024", indicator: "a2", status: "missing", code: null, line: 9 },
      { entity: "X", period: "2024", indicator: "a3", status: "absent", code: null, line: null },
    ]);
  });
});
