// The uncertainty writers: the fixed-decimal rule (ECMAScript toFixed, exact on the binary value), the
// tidy CSV (header, one row per node × unit, formula guard), canonical JSON (floats as strings) and the
// text report (seed, design, Sobol table, summary).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  createDataset,
  P10Decimal,
  roundForDisplay,
  UNCERTAINTY_CSV_HEADER,
  writeUncertaintyTables,
} from "../../src/advanced.js";
import { fixedDecimal } from "../../src/uncertainty/writers.js";
import { isP10Error, runUncertainty, writeUncertaintyCsv, writeUncertaintyJson } from "../../src/index.js";
import { indexMeans, plain, quietSpec, trio, trioAnswers, trioData } from "./fixtures.js";

describe("fixedDecimal", () => {
  it("rounds the exact binary value, ties away from zero as toFixed defines", () => {
    expect(fixedDecimal(2 / 3)).toBe("0.666667");
    expect(fixedDecimal(1.005, 2)).toBe("1.00"); // 1.005 is 1.00499999999999989… in binary
    expect(fixedDecimal(0.5, 0)).toBe("1");
    expect(fixedDecimal(2.5, 0)).toBe("3");
    expect(fixedDecimal(-2.5, 0)).toBe("-3");
    expect(fixedDecimal(1234.5, 1)).toBe("1234.5");
  });

  it("writes −0 and tiny negatives as 0", () => {
    expect(fixedDecimal(-0)).toBe("0.000000");
    expect(fixedDecimal(-1e-9, 3)).toBe("0.000");
    expect(fixedDecimal(-0.4, 0)).toBe("0");
  });

  it("cannot be the float policy's rule (shortest decimal, then roundForDisplay) without changing bytes", () => {
    // Why uncertainty outputs keep toFixed: the two differ (1) where the shortest decimal of x ends in a 5
    // just after the last place and the binary value lies below that tie: toFixed rounds down, the policy
    // (half-up on the decimal) up; (2) where more places are asked than the shortest decimal has digits
    // beyond 17 significant ones: toFixed prints the binary value's digits, the policy zeros. Switching would
    // change existing CSV/JSON bytes.
    const policy = (x: number, places: number) =>
      roundForDisplay(new P10Decimal(String(x)), places, "half-up");
    expect([fixedDecimal(5e-7), policy(5e-7, 6)]).toEqual(["0.000000", "0.000001"]); // 4.99999999999999977…e-7
    expect([fixedDecimal(1.0005, 3), policy(1.0005, 3)]).toEqual(["1.000", "1.001"]); // 1.00049999999999994…
    expect([fixedDecimal(1.0000005), policy(1.0000005, 6)]).toEqual(["1.000001", "1.000001"]); // above the tie
    const big = -991385481.9651954;
    expect([fixedDecimal(big, 8), policy(big, 8)]).toEqual(["-991385481.96519542", "-991385481.96519540"]);
    // Below a million with up to 8 places (15 significant digits), the ties are the only difference.
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 8 }),
        (x, places) => {
          const decimals = /\.(\d+)$/.exec(new P10Decimal(String(x)).toFixed())?.[1] ?? "";
          const tie = decimals.length === places + 1 && decimals.endsWith("5");
          if (!tie) expect(fixedDecimal(x, places)).toBe(policy(x, places));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("refuses non-finite numbers", () => {
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY, 1e21]) {
      try {
        fixedDecimal(x);
        throw new Error("expected an error");
      } catch (e) {
        expect(isP10Error(e) && e.code).toBe("P10_NUMBER_FORMAT");
      }
    }
  });

  it("property: the text reads back within half a unit of the last place", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 8 }),
        (x, places) => {
          const text = fixedDecimal(x, places);
          expect(text).toMatch(places === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${places}}$`));
          expect(Math.abs(Number(text) - x)).toBeLessThanOrEqual(
            0.5 * 10 ** -places * (1 + 1e-9) + Math.abs(x) * 1e-15,
          );
        },
      ),
    );
  });
});

describe("writers", () => {
  const data = trioData({ A: [1, 9, null], B: [4, 4, null], C: [2, 2, null] });
  const result = runUncertainty(data, trio, plain, {
    spec: quietSpec({ aggregation: indexMeans, zeros: "zero" }),
    runs: 300,
    seed: 9,
  });

  it("CSV: the fixed header, one row per analysed node × unit, fixed decimals", () => {
    const lines = writeUncertaintyCsv(result).trimEnd().split("\n");
    expect(lines[0]).toBe(UNCERTAINTY_CSV_HEADER.join(","));
    expect(lines.length).toBe(1 + result.nodes.length * 3); // T, P1, P2, P3 × A, B, C
    // C is third under both means: every rank statistic is 3 and it never moves.
    expect(lines).toContain("T,T,2024,C,3,3.000000,3.000000,3.000000,3.000000,3,3,0.000000,300");
    // P3 has no score: no nominal rank and no statistics, ranked in 0 runs.
    expect(lines).toContain("T,P3,2024,A,,,,,,,,,0");
  });

  it("CSV: guards entity ids against spreadsheet formulas", () => {
    const risky = runUncertainty(createDataset(trio, trioAnswers({ "=SUM(A1)": [1, 2, 3] })), trio, plain, {
      spec: quietSpec(),
    });
    expect(writeUncertaintyCsv(risky)).toContain("T,T,2024,'=SUM(A1),1,");
  });

  it("JSON: canonical, floats as fixed-decimal strings, ranks as integers", () => {
    const text = writeUncertaintyJson(result);
    const doc = JSON.parse(text);
    expect(canonicalJson(doc)).toBe(text.trimEnd());
    expect(doc).toMatchObject({ format: "principle10-uncertainty", seed: "9", runs: 300, baseRows: 100 });
    const c = doc.nodes[0].units[2];
    expect(c).toEqual({
      entity: "C",
      period: "2024",
      nominal: 3,
      runs: 300,
      median: "3.000000",
      p05: "3.000000",
      p95: "3.000000",
      mean: "3.000000",
      min: 3,
      max: 3,
      meanAbsoluteShift: "0.000000",
    });
    expect(doc.nodes[0].sensitivity.inputs[0].input).toBe("aggregation:index");
    expect(doc.nodes[0].sensitivity.inputs[0].first).toMatch(/^-?\d+\.\d{6}$/);
    expect(doc.spec.confidence).toBe("0.95"); // spec numbers as text
    expect(doc.inputs[0]).toEqual({
      id: "aggregation:index",
      kind: "aggregation",
      label: "aggregation of the index",
      alternatives: ["arithmetic mean", "geometric mean"],
    });
  });

  it("table: the design and seed, a table per period, the Sobol table and the summary", () => {
    const text = writeUncertaintyTables(result);
    expect(text).toContain("300 runs = 100 base rows × (1 input + 2), seed 9");
    expect(text).toContain("2024: ranks of T (Trio index)");
    expect(text).toMatch(/entity {2}nominal {2}median {2}p05–p95 {2}mean/);
    expect(text).toMatch(/\nA +1 +\S+ +1–2 +1\.\d\d\n/);
    expect(text).toContain("Sensitivity of the mean absolute rank shift of T");
    expect(text).toMatch(/aggregation of the index +\S+ \[\S+, \S+\] +\S+ \[\S+, \S+\]/);
    expect(text).toContain(
      "Summary (an entity has moved when it is more than 3 places from its nominal rank)",
    );
  });

  it("table: another node on request, and an error for a node not analysed", () => {
    expect(writeUncertaintyTables(result, { node: "P1" })).toContain("2024: ranks of P1 (Pillar 1, index T)");
    try {
      writeUncertaintyTables(result, { node: "x1" });
      throw new Error("expected an error");
    } catch (e) {
      expect(isP10Error(e) && e.code).toBe("P10_UNCERTAINTY_NODE");
    }
  });
});
