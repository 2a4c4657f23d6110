import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createReliabilityData,
  type ReliabilityRecord,
  selectUnits,
  unitValues,
} from "../../src/agreement/reliability-data.js";
import { isP10Error, type P10Error } from "../../src/errors.js";
import { arbitraryRecords, permuteRecords } from "./fixtures.js";

function errorOf(f: () => unknown): P10Error {
  try {
    f();
  } catch (e) {
    if (isP10Error(e)) return e;
    throw e;
  }
  throw new Error("expected a P10Error");
}

describe("createReliabilityData", () => {
  it("sorts units and coders by code points and marks absent cells as missing", () => {
    const data = createReliabilityData([
      { unit: "b", coder: "Z", value: 1 },
      { unit: "B", coder: "é", value: 2 },
      { unit: "b", coder: "a", value: null },
      { unit: "b", coder: "Z", value: 1 }, // repeated with the same value: accepted once
    ]);
    expect(data.units).toEqual(["B", "b"]);
    expect(data.coders).toEqual(["Z", "a", "é"]);
    expect(data.values).toEqual([
      [null, null, 2],
      [1, null, null],
    ]);
    expect(unitValues(data, 0)).toEqual([2]);
  });

  it("rejects a coder giving one unit two different values, listing every conflict", () => {
    const error = errorOf(() =>
      createReliabilityData([
        { unit: "u2", coder: "A", value: 1 },
        { unit: "u2", coder: "A", value: 2 },
        { unit: "u1", coder: "B", value: 0 },
        { unit: "u1", coder: "B", value: null },
      ]),
    );
    expect(error.code).toBe("P10_AGREEMENT_CONFLICT");
    expect(error.issues.map((i) => i.message)).toEqual([
      'coder "B" gave unit "u1" two different values: 0 and null (expected one value per coder and unit)',
      'coder "A" gave unit "u2" two different values: 1 and 2 (expected one value per coder and unit)',
    ]);
  });

  it("rejects empty ids and non-finite values with their record path", () => {
    const bad = [
      { unit: "", coder: "A", value: 1 },
      { unit: "u", coder: "A", value: Number.NaN },
      { unit: "u", coder: "B", value: Number.POSITIVE_INFINITY },
    ];
    const error = errorOf(() => createReliabilityData(bad));
    expect(error.code).toBe("P10_AGREEMENT_INPUT");
    expect(error.issues.map((i) => i.path)).toEqual([
      "records[0].unit",
      "records[1].value",
      "records[2].value",
    ]);
  });

  it("property: the data do not depend on the order of the records", () => {
    const input = arbitraryRecords.chain((records) =>
      fc.tuple(
        fc.constant(records),
        fc.array(fc.integer(), { minLength: records.length, maxLength: records.length }),
      ),
    );
    fc.assert(
      fc.property(input, ([records, keys]) => {
        expect(createReliabilityData(permuteRecords(records, keys))).toEqual(createReliabilityData(records));
      }),
    );
  });
});

describe("selectUnits", () => {
  const records: ReliabilityRecord[] = [
    { unit: "AA|1.1", coder: "A1", value: 3 },
    { unit: "AA|1.1", coder: "A2", value: 2 },
    { unit: "BB|1.1", coder: "B1", value: 0 },
    { unit: "BB|1.2", coder: "B2", value: null },
  ];

  it("keeps the selected units and only the coders with a value in them", () => {
    const data = createReliabilityData(records);
    expect(selectUnits(data, (u) => u.startsWith("BB|"))).toEqual({
      units: ["BB|1.1", "BB|1.2"],
      coders: ["B1"],
      values: [[0], [null]],
    });
  });

  it("property: selecting every unit changes nothing but coders without any value", () => {
    fc.assert(
      fc.property(arbitraryRecords, (recs) => {
        const data = createReliabilityData(recs);
        const all = selectUnits(data, () => true);
        expect(all.units).toEqual(data.units);
        expect(all.coders).toEqual(
          data.coders.filter((c) => recs.some((r) => r.coder === c && r.value !== null)),
        );
        expect(all.units.map((_, u) => unitValues(all, u))).toEqual(
          data.units.map((_, u) => unitValues(data, u)),
        );
      }),
    );
  });
});
