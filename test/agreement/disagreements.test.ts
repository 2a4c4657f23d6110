import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listDisagreements } from "../../src/agreement/disagreements.js";
import { createReliabilityData } from "../../src/agreement/reliability-data.js";
import { arbitraryRecords, KRIPPENDORFF_C, recordsFromColumns } from "./fixtures.js";

describe("listDisagreements", () => {
  it("lists the units whose coders differ, largest difference first, then by unit id", () => {
    // Krippendorff (2011), section C: u6 holds 1, 2, 3, 4 (3 steps); u2 holds 2, 2, 3, 2 and u8 1, 1, 2, 1 (1 step).
    const data = createReliabilityData(recordsFromColumns(KRIPPENDORFF_C));
    const list = listDisagreements(data);
    expect(list.map((d) => [d.unit, d.steps])).toEqual([
      ["u06", 3],
      ["u02", 1],
      ["u08", 1],
    ]);
    expect(list[0]).toEqual({
      unit: "u06",
      steps: 3,
      min: 1,
      max: 4,
      values: [
        { coder: "A", value: 1 },
        { coder: "B", value: 2 },
        { coder: "C", value: 3 },
        { coder: "D", value: 4 },
      ],
    });
  });

  it("ignores missing values", () => {
    const data = createReliabilityData(recordsFromColumns({ A: [0, null], B: [null, 2], C: [0, 3] }));
    expect(listDisagreements(data).map((d) => d.unit)).toEqual(["u02"]);
  });

  it("property: sorted by steps descending then unit id, and exactly the units with two distinct values", () => {
    fc.assert(
      fc.property(arbitraryRecords, (records) => {
        const data = createReliabilityData(records);
        const list = listDisagreements(data);
        for (let i = 1; i < list.length; i++) {
          const [a, b] = [list[i - 1]!, list[i]!];
          expect(a.steps > b.steps || (a.steps === b.steps && a.unit < b.unit)).toBe(true);
        }
        const expected = data.units.filter(
          (_, u) => new Set(data.values[u]!.filter((v) => v !== null)).size > 1,
        );
        expect(list.map((d) => d.unit).sort()).toEqual([...expected].sort());
        for (const d of list) expect(d.steps).toBe(d.max - d.min);
      }),
    );
  });
});
