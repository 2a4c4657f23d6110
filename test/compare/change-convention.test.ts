// Change conventions (issue #20): the exact change rounded, or the difference of the displayed scores as
// publishers print it; and a table never shows a change that contradicts its scores without saying so.
// Hand computation (G1 means, see ./fixtures.ts, shown with 0 places half-up):
//   A 2014 (1, 1, 2) = 4/3 ≈ 1.33 shown 1; A 2024 (3, 3, 2) = 8/3 ≈ 2.67 shown 3.
//   Exact change 4/3 shown "+1"; the shown scores differ by 3 − 1 = 2.
//   B 2014 (2, 2, 2) = 2 shown 2; B 2024 (3, 2, 2) = 7/3 shown 2: exact +1/3 shown "0", shown difference 0.
import { describe, expect, it } from "vitest";
import { changeReport, writeChangeCsv, writeChangeJson } from "../../src/index.js";
import { changeTable } from "../../src/advanced.js";
import { method } from "../score/fixtures.js";
import { scoreG1 } from "./fixtures.js";

const units = {
  "A/2014": { a1: 1, a2: 1, a3: 2 },
  "A/2024": { a1: 3, a2: 3, a3: 2 },
  "B/2014": { a1: 2, a2: 2, a3: 2 },
  "B/2024": { a1: 3, a2: 2, a3: 2 },
} as const;
const whole = (change?: "exact" | "displayed") =>
  method({
    minCoverage: "0",
    presentation: { places: 0, rounding: "half-up", ...(change ? { change } : {}) },
  });
const report = (m = whole(), change?: "exact" | "displayed") => {
  const set = scoreG1(units, m);
  return changeReport(
    { scoreSet: set, period: "2014" },
    { scoreSet: set, period: "2024" },
    { nodes: ["tiny"], ...(change ? { change } : {}) },
  );
};
const csvChanges = (r: ReturnType<typeof report>) =>
  writeChangeCsv(r)
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",").slice(5, 8).join(" "));

describe("change conventions", () => {
  it("exact (default): the exact change rounded, and the table says where it contradicts the scores", () => {
    const r = report();
    expect(r.change).toBe("exact");
    expect(r.rows.map((x) => [x.change?.toString().slice(0, 6), x.displayedChange?.toString()])).toEqual([
      ["1.3333", "2"],
      ["0.3333", "0"],
    ]);
    expect(csvChanges(r)).toEqual(["1 3 +1", "2 2 0"]);
    const table = changeTable(r);
    const a = table.rows.find((row) => row[0] === "A") as string[];
    expect(a.slice(1, 4)).toEqual(["1", "3", "+1"]);
    expect(a.at(-1)).toBe("change of the exact scores, rounded; the scores shown differ by +2");
    const b = table.rows.find((row) => row[0] === "B") as string[];
    expect(b.at(-1)).toBe(""); // 2 → 2, 0: no contradiction
    expect(writeChangeJson(r)).not.toContain("change_displayed");
  });

  it("displayed: the difference of the shown scores, from the method or the option", () => {
    for (const r of [report(whole("displayed")), report(whole(), "displayed")]) {
      expect(r.change).toBe("displayed");
      expect(csvChanges(r)).toEqual(["1 3 +2", "2 2 0"]);
      const a = changeTable(r).rows.find((row) => row[0] === "A") as string[];
      expect(a.slice(1, 4)).toEqual(["1", "3", "+2"]);
      expect(a.at(-1)).toBe("");
      const json = JSON.parse(writeChangeJson(r));
      expect(json.change_convention).toBe("displayed");
      expect(json.rows[0].change_displayed).toBe("2");
      expect(json.rows[0].change).toMatch(/^1\.3333333333/);
    }
    // The option overrides the method.
    expect(report(whole("displayed"), "exact").change).toBe("exact");
  });
});
