// Numeric scales: the schema and compiler, reading measured values exactly, each bad numeric input with its
// code, line and column, and the round trip written out and read back (a fast-check property).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDataset, MISSING, NOT_APPLICABLE } from "../../src/advanced.js";
import { readDecimal } from "../../src/framework/numeric.js";
import { frameworks, parseAssessments, validateAssessments, writeAssessmentsCsv } from "../../src/index.js";
import { parseFramework } from "../../src/framework/parse.js";
import { isP10Error } from "../../src/errors.js";
import { P10Decimal } from "../../src/decimal.js";
import { mixed, mixedDocument } from "./fixture.js";

const header = "entity,period,indicator,response\n";
const issuesOf = (csv: string) =>
  validateAssessments(csv, mixed, { file: "m.csv" }).issues.map((i) => [i.code, i.line, i.column]);

describe("reading numeric answers", () => {
  it("reads plain and scientific decimals exactly, in canonical form, beside ordinal answers", () => {
    const csv =
      "entity,period,law,ontime,days\nA,2024,1,50.50,1.2e1\nB,2024,No,+75.5,25\nC,2024,1,1E2,n/a\nD,2024,0,0.000,-\n";
    const { dataset, issues } = parseAssessments(csv, mixed);
    expect(issues).toEqual([]);
    expect(dataset.combinedValues?.[1]?.map((v) => v.code)).toEqual(["0", "50.5", "75.5", "100"]);
    expect(dataset.combinedValues?.[1]?.[1]).toEqual({
      value: "101/2",
      code: "50.5",
      label: "50.5 %",
      measured: true,
    });
    expect(dataset.combinedValues?.[2]?.map((v) => v.label)).toEqual(["12 days", "25 days"]);
    // Units A–D, indicators law, ontime, days: the law's levels stay level indices.
    expect([...dataset.answers]).toEqual([1, 1, 0, 0, 2, 1, 1, 3, NOT_APPLICABLE, 0, 0, MISSING]);
  });

  it("gives the same dataset whatever the order of the rows", () => {
    const rows = ["A,2024,ontime,30", "B,2024,ontime,7.25", "C,2024,ontime,99", "A,2025,ontime,7.250"];
    const a = parseAssessments(header + rows.join("\n"), mixed).dataset;
    const b = parseAssessments(header + [...rows].reverse().join("\n"), mixed).dataset;
    expect([...b.answers]).toEqual([...a.answers]);
    expect(b.combinedValues).toEqual(a.combinedValues);
    expect(a.combinedValues?.[1]?.map((v) => v.code)).toEqual(["7.25", "30", "99"]);
  });

  // Long file: the response is column 4; each bad input on its own line.
  it.each([
    ["text", "many", "P10_NUMERIC_NOT_A_NUMBER"],
    ["NaN", "NaN", "P10_NUMERIC_NOT_FINITE"],
    ["Infinity", "Infinity", "P10_NUMERIC_NOT_FINITE"],
    ["minus infinity", "-inf", "P10_NUMERIC_NOT_FINITE"],
    ["a decimal comma", '"1,5"', "P10_NUMERIC_DECIMAL_COMMA"],
    ["a thousands separator", '"1,500"', "P10_NUMERIC_DECIMAL_COMMA"],
    ["above the bounds", "100.01", "P10_NUMERIC_OUT_OF_BOUNDS"],
    ["below the bounds", "-0.5", "P10_NUMERIC_OUT_OF_BOUNDS"],
    ["too many digits", `0.${"1".repeat(51)}`, "P10_NUMERIC_PRECISION"],
    ["too large an exponent", "1e101", "P10_NUMERIC_PRECISION"],
    ["a hexadecimal number", "0x10", "P10_NUMERIC_NOT_A_NUMBER"],
    ["a lone exponent", "e5", "P10_NUMERIC_NOT_A_NUMBER"],
  ])("refuses %s with its code, line and column", (_, cell, code) => {
    const csv = `${header}A,2024,ontime,50\nB,2024,ontime,${cell}\n`;
    expect(issuesOf(csv)).toEqual([[code, 3, 4]]);
  });

  it("says why, with the hint about decimal commas and the bounds", () => {
    const v = validateAssessments(`${header}B,2024,ontime,"1,5"\nC,2024,days,-3\n`, mixed);
    expect(v.issues.map((i) => i.message)).toEqual([
      'response "1,5" of numeric indicator ontime: it holds a comma: use a dot as the decimal separator (1.5, not 1,5) and no thousands separator',
      'response "-3" of numeric indicator days: it lies outside the bounds of scale days: a value of at least 0 days',
    ]);
  });

  it("locates bad numeric cells of a wide file by their column", () => {
    const v = validateAssessments("entity,period,law,ontime,days\nA,2024,1,abc,NaN\n", mixed);
    expect(v.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ["P10_NUMERIC_NOT_A_NUMBER", 2, 4],
      ["P10_NUMERIC_NOT_FINITE", 2, 5],
    ]);
    expect(v.accounting).toEqual({ read: 1, accepted: 0, rejected: 1, blank: 0 });
  });

  it("reads an empty cell as missing, never zero", () => {
    const { dataset } = parseAssessments(`${header}A,2024,ontime,\nA,2024,days,0\n`, mixed);
    expect(dataset.answers[1]).toBe(MISSING);
    expect(dataset.answers[2]).toBe(0);
    expect(dataset.combinedValues?.[2]?.[0]?.code).toBe("0");
  });

  it("treats equal values written differently as one answer, and different values as a conflict", () => {
    const same = validateAssessments(`${header}A,2024,ontime,5\nA,2024,ontime,5.0\n`, mixed);
    expect(same.issues.map((i) => [i.code, i.line, i.column])).toEqual([["P10_DUPLICATE_ANSWER", 3, 4]]);
    const other = validateAssessments(`${header}A,2024,ontime,5\nA,2024,ontime,6\n`, mixed);
    expect(other.issues.map((i) => i.message)).toEqual(["A 2024 ontime is answered 6 here but 5 on line 2"]);
  });

  it("builds datasets from values given in code", () => {
    const ds = createDataset(mixed, [
      { entity: "A", period: "1", indicator: "days", value: "3.50" },
      { entity: "B", period: "1", indicator: "days", code: MISSING },
    ]);
    expect(ds.combinedValues?.[2]?.map((v) => v.code)).toEqual(["3.5"]);
    const bad = (input: object): string => {
      try {
        createDataset(mixed, [{ entity: "A", period: "1", ...input } as never]);
      } catch (e) {
        return isP10Error(e) ? `${e.code}: ${e.message}` : String(e);
      }
      return "accepted";
    };
    expect(bad({ indicator: "days", code: 0 })).toMatch(
      /^P10_DATASET_INPUT: .*give a numeric answer as value/,
    );
    expect(bad({ indicator: "days", value: "1,5" })).toMatch(/^P10_DATASET_INPUT: .*holds a comma/);
    expect(bad({ indicator: "law", value: "1" })).toMatch(/^P10_DATASET_INPUT: .*the scale is ordinal/);
  });
});

describe("numeric scales in a framework", () => {
  const withScale = (scale: object) =>
    parseFramework({ ...mixedDocument, scales: [...mixedDocument.scales.slice(0, 2), scale] });
  const problems = (scale: object): string[][] => {
    try {
      withScale(scale);
    } catch (e) {
      if (isP10Error(e)) return e.issues.map((i) => [i.code, i.path ?? ""]);
      throw e;
    }
    return [];
  };

  it("compiles kind, unit, direction and bounds", () => {
    const days = mixed.scales.get("days")!;
    expect([days.kind, days.unit, days.direction, days.bounds.min?.toString(), days.bounds.max]).toEqual([
      "numeric",
      "days",
      "lower-is-better",
      "0",
      undefined,
    ]);
    expect(days.read(" 2.50 ")).toEqual({ kind: "value", value: "2.5" });
    expect(days.read("N/A")).toEqual({ kind: "not-applicable" });
  });

  it("refuses fields that do not fit the scale's kind, each at its path", () => {
    const base = { id: "days", title: "Days" };
    expect(problems({ ...base, kind: "numeric", levels: [{ code: "1", label: "a", value: "1" }] })).toEqual([
      ["P10_SCALE_KIND", "scales[2].levels"],
    ]);
    expect(problems({ ...base, kind: "numeric", max: "3" })).toEqual([["P10_SCALE_KIND", "scales[2].max"]]);
    expect(problems({ ...base, kind: "numeric", bounds: { min: "5", max: "5" } })).toEqual([
      ["P10_SCALE_GOALPOSTS", "scales[2].bounds"],
    ]);
    expect(problems({ ...base, kind: "numeric", missing: ["999"] })).toEqual([
      ["P10_SCALE_KIND", "scales[2].missing[0]"],
    ]);
    expect(problems(base)).toEqual([["P10_SCALE_KIND", "scales[2].levels"]]);
    expect(problems({ ...base, unit: "days", levels: mixedDocument.scales[0]!.levels })).toEqual([
      ["P10_SCALE_KIND", "scales[2].unit"],
    ]);
    expect(problems({ ...base, kind: "numeric", bounds: { min: "1e3" } })).toEqual([
      ["P10_FRAMEWORK_SCHEMA", "scales[2].bounds.min"],
    ]);
  });

  it("leaves the bundled frameworks' documents as they were (no kind, no unit, no bounds)", () => {
    for (const id of ["edi-2015", "p10-2026"]) {
      for (const s of frameworks.get(id).document.scales) {
        expect(Object.keys(s)).not.toContain("kind");
        expect(frameworks.get(id).scales.get(s.id)?.kind).toBe("ordinal");
      }
    }
  });
});

describe("exact decimals", () => {
  it.each([
    ["0012.3400", "12.34"],
    ["-0", "0"],
    ["+0.0e5", "0"],
    [".5", "0.5"],
    ["5.", "5"],
    ["1.5e-3", "0.0015"],
    ["-25E+2", "-2500"],
    ["1e100", "1" + "0".repeat(100)],
  ])("reads %s as %s", (text, value) => {
    expect(readDecimal(text)).toEqual({ ok: true, value });
  });

  it("writes a numeric answer out and reads back the same exact decimal (long and wide)", () => {
    const digits = fc.stringMatching(/^[0-9]{1,12}$/);
    const value = fc
      .tuple(fc.boolean(), digits, fc.option(digits), fc.option(fc.integer({ min: -20, max: 20 })))
      .map(
        ([neg, whole, part, exp]) =>
          `${neg ? "-" : ""}${whole}${part === null ? "" : `.${part}`}${exp === null ? "" : `e${exp}`}`,
      );
    const free = parseFramework({
      ...mixedDocument,
      scales: [...mixedDocument.scales.slice(0, 2), { id: "days", title: "Days", kind: "numeric" }],
    });
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 8 }), fc.boolean(), (values, wide) => {
        const answers = values.map((v, k) => ({
          entity: `E${k}`,
          period: "2024",
          indicator: "days",
          value: v,
        }));
        const ds = createDataset(free, answers);
        const csv = writeAssessmentsCsv(ds, free, { format: wide ? "wide" : "long" });
        const back = parseAssessments(csv, free).dataset;
        expect([...back.answers]).toEqual([...ds.answers]);
        expect(back.combinedValues).toEqual(ds.combinedValues);
        // Each value read back equals the decimal written, exactly (compared as exact fractions).
        values.forEach((v, k) => {
          const code = back.answers[k * 3 + 2] as number;
          const read = back.combinedValues?.[2]?.[code]?.code as string;
          expect(readDecimal(read)).toEqual(readDecimal(v));
          expect(new P10Decimal(read).eq(new P10Decimal(v))).toBe(true);
        });
        expect(writeAssessmentsCsv(back, free, { format: wide ? "wide" : "long" })).toBe(csv);
      }),
      { seed: 22, numRuns: 200 },
    );
  });
});

describe("hostile numeric cells", () => {
  it("accepts a cell only as its exact value, and refuses anything else with a P10_NUMERIC_ code (fuzz)", () => {
    const free = parseFramework({
      ...mixedDocument,
      scales: [...mixedDocument.scales.slice(0, 2), { id: "days", title: "Days", kind: "numeric" }],
    });
    const cell = fc.string({
      unit: fc.constantFrom(
        "0",
        "1",
        "9",
        ".",
        ",",
        "-",
        "+",
        "e",
        "E",
        "x",
        " ",
        "n",
        "a",
        "I",
        "f",
        "\u00a0",
      ),
      maxLength: 12,
    });
    fc.assert(
      fc.property(cell, (text) => {
        const quoted = `"${text.replaceAll('"', '""')}"`;
        const v = validateAssessments(`${header}A,2024,days,${quoted}\n`, free);
        const value = v.records.numeric?.[2]?.[v.records.code[0] ?? -1];
        if (v.issues.length === 0) {
          const trimmed = text.trim();
          if (value === undefined) expect(["", "-", "n/a", "na"]).toContain(trimmed.toLowerCase());
          else expect(new P10Decimal(value).eq(new P10Decimal(trimmed.replace(/^\+/, "")))).toBe(true);
        } else {
          expect(v.issues.map((i) => [i.code.startsWith("P10_NUMERIC_"), i.line, i.column])).toEqual([
            [true, 2, 4],
          ]);
        }
      }),
      { seed: 22, numRuns: 2000 },
    );
  });
});

describe("the limit of distinct values", () => {
  it("refuses the 32,769th distinct value of a numeric indicator, at its line and column", () => {
    const rows = Array.from({ length: 32_770 }, (_, k) => `E${k},2024,days,${k}`);
    const v = validateAssessments(`${header}${rows.join("\n")}\n`, mixed);
    expect(v.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ["P10_NUMERIC_TOO_MANY_VALUES", 32_770, 4],
      ["P10_NUMERIC_TOO_MANY_VALUES", 32_771, 4],
    ]);
    expect(v.records.numeric?.[2]?.length).toBe(32_769);
  });
});
