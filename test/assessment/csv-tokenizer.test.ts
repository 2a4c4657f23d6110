// The streaming CSV tokenizer: hand-written RFC 4180 cases, and two properties checked against independent
// references — csv-parse (the reference implementation we replaced) for the fields, and a regular
// expression count of line breaks for the line of every field.
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CsvProblem,
  CsvTokenizer,
  detectDelimiter,
  firstRecordEnd,
} from "../../src/assessment/csv-tokenizer.js";

interface Out {
  fields: string[];
  line: number;
  fieldLines: number[];
  problem: CsvProblem | undefined;
}

function tokenize(chunks: readonly string[], delimiter = ","): Out[] {
  const out: Out[] = [];
  const t = new CsvTokenizer(delimiter, (fields, line, fieldLines, problem) => {
    out.push({ fields, line, fieldLines: [...fieldLines], problem });
  });
  for (const c of chunks) t.push(c);
  t.end();
  return out;
}

const fieldsOf = (out: Out[]): string[][] => out.map((o) => o.fields);

describe("CsvTokenizer", () => {
  it("splits plain records, with or without a final line break", () => {
    expect(fieldsOf(tokenize(["a,b\nc,d\n"]))).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(fieldsOf(tokenize(["a,b\nc,d"]))).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("reads quoted fields holding delimiters, doubled quotes and line breaks", () => {
    const out = tokenize(['id,"a, ""b""\nc"\r\nx,y\r\n']);
    expect(fieldsOf(out)).toEqual([
      ["id", 'a, "b"\nc'],
      ["x", "y"],
    ]);
    // The quoted field opens on line 1 and holds one line break, so the next record starts on line 3.
    expect(out.map((o) => o.line)).toEqual([1, 3]);
  });

  it("accepts LF, CRLF and a lone CR as record ends, a CRLF split across chunks counting once", () => {
    expect(tokenize(["a\r", "\nb\rc\n"]).map((o) => [o.fields[0], o.line])).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
  });

  it("skips a leading byte-order mark and lines holding nothing, but keeps their line numbers", () => {
    const out = tokenize(["\uFEFFa\n\n\nb\n"]);
    expect(out.map((o) => [o.fields, o.line])).toEqual([
      [["a"], 1],
      [["b"], 4],
    ]);
  });

  it("keeps a trailing empty field and a quoted empty record", () => {
    expect(fieldsOf(tokenize(["a,\n", '""\n']))).toEqual([["a", ""], [""]]);
  });

  it("uses the semicolon when told", () => {
    expect(fieldsOf(tokenize(['a;"b;c",d\n'], ";"))).toEqual([["a", "b;c,d"]]);
  });

  it("reports a quote inside an unquoted field with its line and field, and reads on", () => {
    const out = tokenize(['ok,1\nx,a"b,c\nnext,2\n']);
    expect(out[1]).toMatchObject({
      fields: ["x", 'a"b', "c"],
      problem: { kind: "stray-quote", line: 2, field: 1 },
    });
    expect(out[2]).toMatchObject({ fields: ["next", "2"], problem: undefined });
  });

  it("reports text after a closing quote", () => {
    const out = tokenize(['"ab"c,d\n']);
    expect(out[0]).toMatchObject({
      fields: ["abc", "d"],
      problem: { kind: "text-after-quote", line: 1, field: 0 },
    });
  });

  it("reports an unclosed quote at the line where it opened", () => {
    const out = tokenize(['a,b\nc,"never\nclosed,x\n']);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({
      fields: ["c", "never\nclosed,x\n"],
      problem: { kind: "unclosed-quote", line: 2, field: 1 },
    });
  });

  it("rejects a delimiter that is not one plain character", () => {
    expect(() => new CsvTokenizer(",,", () => {})).toThrow(TypeError);
    expect(() => new CsvTokenizer('"', () => {})).toThrow(TypeError);
  });
});

describe("detectDelimiter and firstRecordEnd", () => {
  it("picks the delimiter that is more frequent outside quotes in the first line", () => {
    expect(detectDelimiter("entity;period;indicator;response\n")).toBe(";");
    expect(detectDelimiter("entity,period,indicator,response\n")).toBe(",");
    expect(detectDelimiter('"a;b;c",d\n')).toBe(",");
    expect(detectDelimiter("a,b\nc;d;e;f")).toBe(",");
    expect(detectDelimiter("")).toBe(",");
  });

  it("finds the end of the first record outside quotes", () => {
    expect(firstRecordEnd('"a\nb",c\nd')).toBe(7);
    expect(firstRecordEnd('"a\nb",c')).toBe(-1);
  });
});

// Generated CSV documents: records of fields over an alphabet rich in delimiters, quotes and line breaks.
const fieldText = fc.string({
  unit: fc.constantFrom("a", "Z", "1", " ", ",", ";", '"', "\n", "\r", "é", "😀"),
  maxLength: 8,
});
const documents = fc.record({
  delimiter: fc.constantFrom(",", ";"),
  eol: fc.constantFrom("\n", "\r\n"),
  records: fc.array(
    fc.array(fc.record({ text: fieldText, quoteAnyway: fc.boolean() }), { minLength: 1, maxLength: 5 }),
    {
      minLength: 1,
      maxLength: 12,
    },
  ),
  finalEol: fc.boolean(),
  bom: fc.boolean(),
});

interface Generated {
  text: string;
  /** The records a CSV reader must return (a lone empty unquoted field is an empty line, skipped). */
  records: string[][];
  /** Offset at which each returned record's fields start. */
  fieldOffsets: number[][];
}

function serialize(doc: {
  delimiter: string;
  eol: string;
  records: { text: string; quoteAnyway: boolean }[][];
  finalEol: boolean;
  bom: boolean;
}): Generated {
  let text = doc.bom ? "\uFEFF" : "";
  const records: string[][] = [];
  const fieldOffsets: number[][] = [];
  doc.records.forEach((record, r) => {
    const offsets: number[] = [];
    const cells = record.map((f) => {
      const needs = /[",;\r\n]/.test(f.text) || f.text === "";
      return needs || f.quoteAnyway ? `"${f.text.replaceAll('"', '""')}"` : f.text;
    });
    cells.forEach((cell, k) => {
      if (k > 0) text += doc.delimiter;
      offsets.push(text.length);
      text += cell;
    });
    records.push(record.map((f) => f.text));
    fieldOffsets.push(offsets);
    if (r < doc.records.length - 1 || doc.finalEol) text += doc.eol;
  });
  return { text, records, fieldOffsets };
}

/** The line of an offset: 1 + the line breaks before it (CRLF, CR and LF each count once). */
const lineAt = (text: string, offset: number): number =>
  1 + (text.slice(0, offset).match(/\r\n|\r|\n/g)?.length ?? 0);

/** Cuts a text into chunks at the given (sorted, deduplicated) fractions of its length. */
function cut(text: string, fractions: number[]): string[] {
  const points = [...new Set(fractions.map((f) => Math.floor(f * text.length)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let at = 0;
  for (const p of points) {
    chunks.push(text.slice(at, p));
    at = p;
  }
  chunks.push(text.slice(at));
  return chunks;
}

describe("CsvTokenizer properties", () => {
  it("agrees with csv-parse on generated CSV, however the text is cut into chunks", () => {
    fc.assert(
      fc.property(
        documents,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        (doc, fractions) => {
          const { text } = serialize(doc);
          const oracle = parse(text, {
            delimiter: doc.delimiter,
            relax_column_count: true,
            skip_empty_lines: true,
            bom: true,
          });
          expect(fieldsOf(tokenize(cut(text, fractions), doc.delimiter))).toEqual(oracle);
          expect(fieldsOf(tokenize([text], doc.delimiter))).toEqual(oracle);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("returns the generated fields and the line every field starts on, without problems", () => {
    fc.assert(
      fc.property(
        documents,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        (doc, fractions) => {
          const { text, records, fieldOffsets } = serialize(doc);
          const out = tokenize(cut(text, fractions), doc.delimiter);
          expect(fieldsOf(out)).toEqual(records);
          out.forEach((o, r) => {
            expect(o.problem).toBeUndefined();
            const expected = fieldOffsets[r]!.map((offset) => lineAt(text, offset));
            expect(o.fieldLines).toEqual(expected);
            expect(o.line).toBe(expected[0]);
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it("never throws on arbitrary text and always ends", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r", " ") }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
        (text, fractions) => {
          const whole = tokenize([text]);
          expect(tokenize(cut(text, fractions))).toEqual(whole);
        },
      ),
      { numRuns: 400 },
    );
  });
});
