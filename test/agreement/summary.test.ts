import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ReliabilityRecord, createReliabilityData } from "../../src/agreement/reliability-data.js";
import { type AgreementSummary, agreementByGroup, agreementSummary } from "../../src/agreement/summary.js";
import { arbitraryRecords, KRIPPENDORFF_C, permuteRecords, recordsFromColumns } from "./fixtures.js";

const METRICS = ["nominal", "ordinal", "interval", "ratio"] as const;

/** Every statistic of the records, for each metric and each kappa weighting. */
function allStatistics(records: readonly ReliabilityRecord[]): AgreementSummary[] {
  const data = createReliabilityData(records);
  return METRICS.flatMap((metric) =>
    (["quadratic", "linear", "unweighted"] as const).map((kappaWeights) =>
      agreementSummary(data, { metric, kappaWeights }),
    ),
  );
}

/** The statistics without the names of units and coders (which a relabelling changes by design). */
function anonymous(summary: AgreementSummary) {
  const { disagreements, kappa, ...rest } = summary;
  const { coders: _coders, ...kappaRest } = kappa;
  const spreads = disagreements.map(
    (d) => [d.steps, d.min, d.max, d.values.map((v) => v.value).sort()] as const,
  );
  return { ...rest, kappa: kappaRest, spreads: spreads.map((s) => JSON.stringify(s)).sort() };
}

/** Records with a permutation key each and injective new names for units and coders. */
const relabelled = arbitraryRecords.chain((records) =>
  fc.record({
    records: fc.constant(records),
    keys: fc.array(fc.integer(), { minLength: records.length, maxLength: records.length }),
    unitNames: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 10, maxLength: 10 }),
    coderNames: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 6, maxLength: 6 }),
  }),
);

function rename(records: readonly ReliabilityRecord[], field: "unit" | "coder", names: readonly string[]) {
  const old = [...new Set(records.map((r) => r[field]))];
  return records.map((r) => ({ ...r, [field]: names[old.indexOf(r[field])]! }));
}

describe("agreementSummary", () => {
  it("gathers every statistic of Krippendorff (2011), section C", () => {
    const summary = agreementSummary(createReliabilityData(recordsFromColumns(KRIPPENDORFF_C)), {
      metric: "ordinal",
    });
    expect(summary.units).toBe(12);
    expect(summary.coders).toBe(4);
    expect(summary.alpha.alpha).toBeCloseTo(108577 / 133160, 12);
    expect(summary.percent.proportion).toBe(43 / 55);
    expect(summary.kappa.reason).toBe("needs exactly two coders");
    expect(summary.disagreements.map((d) => d.unit)).toEqual(["u06", "u02", "u08"]);
  });

  it("property: reordering the rows leaves every statistic exactly unchanged", () => {
    fc.assert(
      fc.property(relabelled, ({ records, keys }) => {
        expect(allStatistics(permuteRecords(records, keys))).toEqual(allStatistics(records));
      }),
      { numRuns: 200 },
    );
  });

  it("property: renaming the assessors leaves every statistic exactly unchanged", () => {
    fc.assert(
      fc.property(relabelled, ({ records, keys, coderNames }) => {
        const renamed = permuteRecords(rename(records, "coder", coderNames), keys);
        expect(allStatistics(renamed).map(anonymous)).toEqual(allStatistics(records).map(anonymous));
      }),
      { numRuns: 200 },
    );
  });

  it("property: renaming (and so reordering) the units leaves every statistic exactly unchanged", () => {
    fc.assert(
      fc.property(relabelled, ({ records, keys, unitNames }) => {
        const renamed = permuteRecords(rename(records, "unit", unitNames), keys);
        expect(allStatistics(renamed).map(anonymous)).toEqual(allStatistics(records).map(anonymous));
      }),
      { numRuns: 200 },
    );
  });
});

describe("agreementByGroup", () => {
  it("summarises each group with its own coders, so double-scored entities get a kappa each", () => {
    // Two countries, each scored by its own two lawyers on three indicators.
    const records: ReliabilityRecord[] = [
      ...recordsFromColumns({ lawyerA1: [3, 2, 0], lawyerA2: [3, 1, 0] }).map((r) => ({
        ...r,
        unit: `AA|${r.unit}`,
      })),
      ...recordsFromColumns({ lawyerB1: [1, 2, 3], lawyerB2: [1, 2, 3] }).map((r) => ({
        ...r,
        unit: `BB|${r.unit}`,
      })),
    ];
    const data = createReliabilityData(records);
    expect(agreementSummary(data, { metric: "ordinal" }).kappa.reason).toBe("needs exactly two coders");
    const groups = agreementByGroup(data, (unit) => unit.slice(0, 2), { metric: "ordinal" });
    expect(groups.map((g) => [g.group, g.summary.coders, g.summary.percent.proportion])).toEqual([
      ["AA", 2, 2 / 3],
      ["BB", 2, 1],
    ]);
    expect(groups[0]!.summary.kappa.coders).toEqual(["lawyerA1", "lawyerA2"]);
    expect(groups[1]!.summary.kappa.kappa).toBe(1);
    expect(groups[1]!.summary.alpha.alpha).toBe(1);
  });
});
