import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentAgreement } from "../../src/agreement/percent.js";
import { createReliabilityData, unitValues } from "../../src/agreement/reliability-data.js";
import { arbitraryRecords, KRIPPENDORFF_C, recordsFromColumns } from "./fixtures.js";

describe("percentAgreement", () => {
  it("counts agreeing pairs within units (hand count on Krippendorff 2011, section C)", () => {
    // Units 1–12 with their values (missing left out), pairs m(m−1)/2 and agreeing pairs:
    //   u1 1,1,1 → 3/3   u2 2,2,3,2 → 3/6   u3 3,3,3,3 → 6/6   u4 3,3,3,3 → 6/6
    //   u5 2,2,2,2 → 6/6 u6 1,2,3,4 → 0/6   u7 4,4,4,4 → 6/6   u8 1,1,2,1 → 3/6
    //   u9 2,2,2,2 → 6/6 u10 5,5,5 → 3/3    u11 1,1 → 1/1      u12 3 → dropped
    // Agreeing 43 of 55 pairs: 0.7818…
    const data = createReliabilityData(recordsFromColumns(KRIPPENDORFF_C));
    expect(percentAgreement(data)).toEqual({
      proportion: 43 / 55,
      agreeingPairs: 43,
      pairs: 55,
      units: 11,
      droppedUnits: 1,
    });
  });

  it("is the share of agreeing units for two coders, and null without pairs", () => {
    const two = createReliabilityData(recordsFromColumns({ A: [0, 1, 2, 3, null], B: [0, 1, 3, 3, 2] }));
    expect(percentAgreement(two)).toMatchObject({ proportion: 0.75, pairs: 4, droppedUnits: 1 });
    const none = createReliabilityData(recordsFromColumns({ A: [1, null] }));
    expect(percentAgreement(none)).toMatchObject({ proportion: null, pairs: 0, units: 0, droppedUnits: 2 });
  });

  it("property: equals a brute-force count over all pairs of values, and lies in [0, 1]", () => {
    fc.assert(
      fc.property(arbitraryRecords, (records) => {
        const data = createReliabilityData(records);
        let agree = 0;
        let pairs = 0;
        data.units.forEach((_, u) => {
          const v = unitValues(data, u);
          for (let i = 0; i < v.length; i++)
            for (let j = 0; j < i; j++) {
              pairs += 1;
              if (v[i] === v[j]) agree += 1;
            }
        });
        const result = percentAgreement(data);
        expect([result.agreeingPairs, result.pairs]).toEqual([agree, pairs]);
        if (result.proportion !== null) expect(result.proportion >= 0 && result.proportion <= 1).toBe(true);
      }),
    );
  });
});
