// The streamed change writers (p10 compare, issue #13) equal, byte for byte, the writers as they were before
// streaming (kept verbatim in test/report/reference/change-writers.ts): CSV, JSON and the text and Markdown
// tables, on the bundled sample (every node, both change conventions) and on a fast-check corpus of two
// periods of the tiny framework with entity ids that need quoting or the formula guard.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDataset } from "../../src/advanced.js";
import {
  type ChangeReport,
  changeReport,
  frameworks,
  methods,
  parseAssessments,
  score,
} from "../../src/index.js";
import { changeCsvChunks, changeJsonChunks, changeTablesChunks } from "../../src/report/change-writers.js";
import type { ScoreSet } from "../../src/score/types.js";
import { answersArb, method, tiny } from "../score/fixtures.js";
import * as ref from "./reference/change-writers.js";

const join = (chunks: Iterable<string>): string => [...chunks].join("");

function expectSame(report: ChangeReport): void {
  const nodes = report.nodes.map((n) => n.id);
  expect(join(changeCsvChunks(report))).toBe(ref.writeChangeCsv(report));
  expect(join(changeJsonChunks(report))).toBe(ref.writeChangeJson(report));
  for (const format of ["table", "md"] as const) {
    expect(join(changeTablesChunks(report, format, nodes))).toBe(
      ref.writeChangeTables(report, format, nodes),
    );
    expect(join(changeTablesChunks(report, format))).toBe(ref.writeChangeTables(report, format));
  }
}

const between = (set: ScoreSet, from: string, to: string, change?: "exact" | "displayed") =>
  changeReport({ scoreSet: set, period: from }, { scoreSet: set, period: to }, change ? { change } : {});

describe("streamed change writers", () => {
  it("equal the reference on the bundled sample, 2014 → 2024, every node, exact and displayed changes", () => {
    const edi = frameworks.get("edi-2015");
    const csv = readFileSync("seeds/edi-2015-sample.csv", "utf8");
    const set = score(parseAssessments(csv, edi).dataset, edi, methods.get("edi-2015"));
    const all = set.indices[0]!.nodes.map((n) => n.id);
    const report = changeReport(
      { scoreSet: set, period: "2014" },
      { scoreSet: set, period: "2024" },
      { nodes: all },
    );
    expect(report.rows.length).toBeGreaterThan(300);
    expectSame(report);
    expectSame(between(set, "2014", "2024", "displayed"));
    // Pieces are small: none holds the whole CSV.
    const pieces = [...changeCsvChunks(report)];
    expect(pieces.length).toBeGreaterThan(1);
  });

  it("equal the reference on generated sets with hostile entity ids (property)", () => {
    const ids = ["=cmd", "-2+3", 'a "quoted", id', "plain", "Zürich", "@x"];
    fc.assert(
      fc.property(
        answersArb(tiny, 6),
        fc.constantFrom("0", "1/2"),
        fc.constantFrom<"exact" | "displayed">("exact", "displayed"),
        (answers, minCoverage, change) => {
          // answersArb's units: E0..E2 in 2020, then 2021; entity ids replaced by hostile ones.
          const renamed = answers.map((a) => ({ ...a, entity: ids[Number(a.entity.slice(1))] as string }));
          const set = score(createDataset(tiny, renamed), tiny, method({ minCoverage }));
          const periods = [...new Set(set.units.map((u) => u.period))].sort();
          if (periods.length < 2) return;
          expectSame(between(set, periods[0]!, periods[1]!, change));
        },
      ),
      { numRuns: 60 },
    );
  });
});
