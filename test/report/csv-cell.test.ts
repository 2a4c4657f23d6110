// CSV cell writing: RFC 4180 quoting and the OWASP "CSV injection" guard (a leading apostrophe on cells
// starting with = + - @ tab or CR). The round-trip property reads the output back with csv-parse.
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "../../src/advanced.js";

describe("csvCell", () => {
  it("leaves plain text alone and quotes what needs it", () => {
    expect(csvCell("Arvenia")).toBe("Arvenia");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(" padded")).toBe('" padded"');
    expect(csvCell("")).toBe("");
  });

  it("guards cells that a spreadsheet would run as formulas", () => {
    expect(csvCell("=1+2")).toBe("'=1+2");
    expect(csvCell("+cmd")).toBe("'+cmd");
    expect(csvCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=x")).toBe("'\t=x");
    expect(csvCell("\r=x")).toBe('"\'\r=x"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it("leaves numbers and the lone missing marker unguarded", () => {
    expect(csvCell("-1")).toBe("-1");
    expect(csvCell("+2.5")).toBe("+2.5");
    expect(csvCell("-.5")).toBe("-.5");
    expect(csvCell("-")).toBe("-");
  });

  it("never lets a formula start reach the spreadsheet, and reads back as the guarded text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(",", ";") as fc.Arbitrary<"," | ";">,
        (cells, d) => {
          const row = csvRow(cells, d);
          const [back] = parse(`${row}\n`, { delimiter: d, relax_column_count: true }) as string[][];
          expect(back).toHaveLength(cells.length);
          back!.forEach((got, k) => {
            const original = cells[k]!;
            const guarded =
              /^[=+\-@\t\r]/.test(original) && !/^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)|-)$/.test(original);
            expect(got).toBe(guarded ? `'${original}` : original);
            // What reaches the spreadsheet never starts a formula, unless it is a plain signed number or a lone
            // "-" (which a spreadsheet reads as a value, not a formula).
            if (/^[=+\-@\t\r]/.test(got)) expect(got).toMatch(/^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)|-)$/);
          });
        },
      ),
    );
  });
});

describe("csvRow", () => {
  it("joins cells with the delimiter, without a line ending", () => {
    expect(csvRow(["ARV", "2024", "1.1", "3"])).toBe("ARV,2024,1.1,3");
    expect(csvRow(["a;b", "c"], ";")).toBe('"a;b";c');
    expect(csvRow([])).toBe("");
  });
});
