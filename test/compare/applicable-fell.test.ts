// Not applicable is not missing (issue #20). Over 2006–2012 the Open Budget Survey has countries with one
// more "not applicable" answer and none missing (Afghanistan 2010 → 2012: 92 → 91 answers, coverage 1 → 1);
// that must not read "the change may reflect missing answers". Scores are G1 means (./fixtures.ts).
import { describe, expect, it } from "vitest";
import { changeReport } from "../../src/index.js";
import { scoreG1 } from "./fixtures.js";

const flagsOf = (units: Parameters<typeof scoreG1>[0]) => {
  const set = scoreG1(units);
  const r = changeReport(
    { scoreSet: set, period: "2014" },
    { scoreSet: set, period: "2024" },
    { nodes: ["G1"] },
  );
  return r.rows[0]?.flags.map((f) => [f.code, f.message]);
};

describe("applicable-fell", () => {
  it("reports more not-applicable answers as its own flag, not as missing", () => {
    // 2014: 3 answers (2, 2, 2) = 2; 2024: a3 not applicable, (3, 3) = 3. Present 3 → 2, missing 0 → 0.
    expect(flagsOf({ "A/2014": { a1: 2, a2: 2, a3: 2 }, "A/2024": { a1: 3, a2: 3, a3: "na" } })).toEqual([
      ["applicable-fell", "not-applicable answers rose 0 → 1 (answers present 3 → 2): fewer questions apply"],
    ]);
  });

  it("keeps coverage-fell when missing answers grew", () => {
    // a3 missing in 2024: coverage 1 → 2/3 and present 3 → 2.
    expect(flagsOf({ "A/2014": { a1: 2, a2: 2, a3: 2 }, "A/2024": { a1: 3, a2: 3, a3: "m" } })).toEqual([
      [
        "coverage-fell",
        "coverage fell 1.00 → 0.67 and answers present fell 3 → 2: the change may reflect missing answers",
      ],
    ]);
    // One more missing and one fewer not applicable: present stays 2, but the missing answers grew.
    expect(flagsOf({ "A/2014": { a1: 2, a2: 2, a3: "na" }, "A/2024": { a1: 3, a2: "m", a3: 2 } })).toEqual([
      ["coverage-fell", "coverage fell 1.00 → 0.67: the change may reflect missing answers"],
    ]);
  });

  it("says nothing when only not-applicable answers fell", () => {
    expect(flagsOf({ "A/2014": { a1: 2, a2: 2, a3: "na" }, "A/2024": { a1: 3, a2: 3, a3: 3 } })).toEqual([]);
  });
});
