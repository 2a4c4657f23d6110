// Reading and validating assessment files: every error class with its code, line and column (the lines
// and columns are counted by hand in the CSV written next to each test), the accepted forms (BOM, CRLF,
// semicolons, labels, case), the wide format, double scoring, and the reader's invariants as properties.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ABSENT, buildDataset, MISSING, NOT_APPLICABLE } from "../../src/advanced.js";
import {
  type AssessmentReadOptions,
  type Dataset,
  frameworks,
  isP10Error,
  type P10Error,
  parseAssessments,
  parseAssessmentsAsync,
  validateAssessments,
  validateAssessmentsAsync,
} from "../../src/index.js";
import { BROKEN_EXPECTED } from "./broken-expected.js";

const edi = frameworks.get("edi-2015");
const HEADER = "entity,period,indicator,response";
const v = (csv: string, options: AssessmentReadOptions = {}) =>
  validateAssessments(csv, edi, { file: "t.csv", ...options });
const where = (csv: string, options: AssessmentReadOptions = {}) =>
  v(csv, options).issues.map((i) => [i.code, i.severity, i.line, i.column]);
const cellOf = (ds: Dataset, entity: string, period: string, indicator: string): number => {
  const u = ds.units.findIndex((x) => x.entity === entity && x.period === period);
  return u * ds.indicators.length + edi.indicatorById.get(indicator)!.ordinal;
};
const answer = (ds: Dataset, entity: string, period: string, indicator: string): number =>
  ds.answers[cellOf(ds, entity, period, indicator)]!;
const thrown = (f: () => unknown): P10Error => {
  try {
    f();
  } catch (e) {
    if (isP10Error(e)) return e;
    throw e;
  }
  throw new Error("expected a P10Error");
};

describe("accepted forms", () => {
  it("reads a long file into one answer per cell", () => {
    const { dataset, accounting, format, delimiter } = parseAssessments(
      `${HEADER}\nARV,2024,1.1,3\nARV,2024,1.2,0\n`,
      edi,
    );
    expect([format, delimiter]).toEqual(["long", ","]);
    expect(accounting).toEqual({ read: 2, accepted: 2, rejected: 0, blank: 0 });
    expect(answer(dataset, "ARV", "2024", "1.1")).toBe(3);
    expect(answer(dataset, "ARV", "2024", "1.2")).toBe(0);
    expect(answer(dataset, "ARV", "2024", "1.3")).toBe(ABSENT);
    expect(dataset.lines[cellOf(dataset, "ARV", "2024", "1.2")]).toBe(3);
  });

  it("matches a level's code or label case-insensitively", () => {
    const csv = `${HEADER}\nA,1,P2.1,2\nA,1,P2.2,yes\nB,1,P2.1,Yes\nB,1,P2.2, LIMITED \nC,1,1.1,Good practice\n`;
    const { dataset } = parseAssessments(csv, edi);
    expect([
      answer(dataset, "A", "1", "P2.1"),
      answer(dataset, "A", "1", "P2.2"),
      answer(dataset, "B", "1", "P2.1"),
      answer(dataset, "B", "1", "P2.2"),
      answer(dataset, "C", "1", "1.1"),
    ]).toEqual([2, 2, 2, 1, 3]);
  });

  it("keeps not applicable and missing apart, and reads an empty response as missing, never 0", () => {
    const { dataset } = parseAssessments(
      `${HEADER}\nA,1,1.1,n/a\nA,1,1.2,-\nA,1,1.3,\nA,1,1.4,Not Applicable\n`,
      edi,
    );
    expect(answer(dataset, "A", "1", "1.1")).toBe(NOT_APPLICABLE);
    expect(answer(dataset, "A", "1", "1.2")).toBe(MISSING);
    expect(answer(dataset, "A", "1", "1.3")).toBe(MISSING);
    expect(answer(dataset, "A", "1", "1.4")).toBe(NOT_APPLICABLE);
  });

  it("accepts a BOM, CRLF, semicolons, trimmed mixed-case headers and a template's title column", () => {
    const csv =
      "\uFEFF Entity ;PERIOD;Indicator;Title;Response\r\nA;2024;1.1;Legal right; 3\r\nA;2024;1.2;x, y;2\r\n";
    const result = parseAssessments(csv, edi);
    expect(result.delimiter).toBe(";");
    expect(answer(result.dataset, "A", "2024", "1.1")).toBe(3);
    expect(answer(result.dataset, "A", "2024", "1.2")).toBe(2);
  });

  it("uses a forced delimiter instead of guessing", () => {
    // With ";" forced, the comma-separated header is one column: the required columns are missing.
    const forced = v(`${HEADER}\nA,1,1.1,3\n`, { delimiter: ";" });
    expect(forced.delimiter).toBe(";");
    expect(forced.issues.map((i) => i.code)).toContain("P10_CSV_MISSING_COLUMN");
    expect(v(`${HEADER}\nA,1,1.1,3\n`, { delimiter: "," }).issues).toEqual([]);
  });

  it("reads quoted fields holding delimiters and line breaks, and names the lines after them correctly", () => {
    const csv = `${HEADER},comment\nA,1,1.1,3,"two\nlines, and ""quotes"""\nA,1,1.2,9,\n`;
    expect(where(csv)).toEqual([["P10_RESPONSE_OFF_SCALE", "error", 4, 4]]);
    const ok = parseAssessments(`${HEADER},comment\nA,1,1.1,3,"two\nlines, and ""quotes"""\n`, edi).dataset;
    expect(ok.notes.get(cellOf(ok, "A", "1", "1.1"))).toEqual({ comment: 'two\nlines, and "quotes"' });
  });

  it("keeps entity names, assessors, sources and comments", () => {
    const csv =
      "entity,entity_name,period,indicator,response,assessor,source,comment\nARV,Arvenia,2024,1.1,3,Ann,Act s. 4,ok\n";
    const { dataset, records } = parseAssessments(csv, edi);
    expect(dataset.entityNames.get("ARV")).toBe("Arvenia");
    expect(dataset.notes.get(cellOf(dataset, "ARV", "2024", "1.1"))).toEqual({
      assessor: "Ann",
      source: "Act s. 4",
      comment: "ok",
    });
    expect(records.assessors).toEqual(["Ann"]);
    expect(records.texts).toEqual(["Act s. 4", "ok"]);
  });

  it("skips blank rows (every field empty) and counts them apart", () => {
    const { accounting } = v(`${HEADER}\nA,1,1.1,3\n,,,\n\n , ,\nA,1,1.2,3\n`);
    expect(accounting).toEqual({ read: 2, accepted: 2, rejected: 0, blank: 2 });
  });
});

describe("the wide format", () => {
  it("is detected from the header; an empty cell gives no answer", () => {
    const csv = "entity,entity_name,period,1.1,P2.1,1.2\nARV,Arvenia,2024,3,yes,\nBMR,,2024,n/a,-,0\n";
    const { dataset, format, accounting } = parseAssessments(csv, edi);
    expect(format).toBe("wide");
    expect(accounting).toEqual({ read: 2, accepted: 2, rejected: 0, blank: 0 });
    expect([
      answer(dataset, "ARV", "2024", "1.1"),
      answer(dataset, "ARV", "2024", "P2.1"),
      answer(dataset, "ARV", "2024", "1.2"),
    ]).toEqual([3, 2, ABSENT]);
    expect([
      answer(dataset, "BMR", "2024", "1.1"),
      answer(dataset, "BMR", "2024", "P2.1"),
      answer(dataset, "BMR", "2024", "1.2"),
    ]).toEqual([NOT_APPLICABLE, MISSING, 0]);
    expect(dataset.entityNames).toEqual(new Map([["ARV", "Arvenia"]]));
  });

  it("keeps a unit whose row is all empty", () => {
    expect(parseAssessments("entity,period,1.1\nA,2024,\n", edi).dataset.units).toEqual([
      { entity: "A", period: "2024" },
    ]);
  });

  it("names an unknown indicator column and an off-scale cell", () => {
    // Header: entity(1) period(2) 1.1(3) 1.7(4); row 2: 1.1 = 5 is off the 0–3 scale.
    const found = v("entity,period,1.1,1.7\nA,2024,5,1\n");
    expect(found.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ["P10_UNKNOWN_INDICATOR", 1, 4],
      ["P10_RESPONSE_OFF_SCALE", 2, 3],
    ]);
    expect(found.issues[0]!.message).toContain('did you mean "1.1"');
  });

  it("can be forced, and reports a duplicate indicator column", () => {
    expect(where("entity,period,1.1,1.1\nA,1,3,3\n", { format: "wide" })).toEqual([
      ["P10_CSV_DUPLICATE_COLUMN", "error", 1, 4],
    ]);
  });
});

describe("error classes, each with its code, line and column", () => {
  it("unknown indicator, suggesting the closest id", () => {
    const found = v(`${HEADER}\nA,1,1.10,3\nA,1,p2.1,yes\nA,1,zzzzzz,1\n`);
    expect(found.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ["P10_UNKNOWN_INDICATOR", 2, 3],
      ["P10_UNKNOWN_INDICATOR", 3, 3],
      ["P10_UNKNOWN_INDICATOR", 4, 3],
    ]);
    expect(found.issues[0]!.message).toContain('did you mean "1.1"?');
    expect(found.issues[1]!.message).toContain('did you mean "P2.1"?');
    expect(found.issues[2]!.message).not.toContain("did you mean");
  });

  it("response off the scale, listing the allowed codes and labels", () => {
    const found = v(`${HEADER}\nA,1,1.1,4\nA,1,P2.1,maybe\n`);
    expect(found.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ["P10_RESPONSE_OFF_SCALE", 2, 4],
      ["P10_RESPONSE_OFF_SCALE", 3, 4],
    ]);
    expect(found.issues[0]!.message).toContain("0 (No provision), 1 (Weak), 2 (Moderate), 3 (Good practice)");
    expect(found.issues[1]!.message).toContain("0 (No), 1 (Limited), 2 (Yes)");
    expect(found.issues[1]!.message).toContain('"n/a" for not applicable');
  });

  it("empty entity, period and indicator, all reported for one row", () => {
    expect(where(`${HEADER}\n ,,,3\n`)).toEqual([
      ["P10_EMPTY_ENTITY", "error", 2, 1],
      ["P10_EMPTY_PERIOD", "error", 2, 2],
      ["P10_EMPTY_INDICATOR", "error", 2, 3],
    ]);
  });

  it("wrong number of fields: the first extra field, or the last field present", () => {
    expect(where(`${HEADER}\nA,1,1.1,3,x\nA,1,1.2\n`)).toEqual([
      ["P10_CSV_FIELD_COUNT", "error", 2, 5],
      ["P10_CSV_FIELD_COUNT", "error", 3, 3],
    ]);
  });

  it("quoting problems: stray quote, text after a quote, unclosed quote at the line it opens", () => {
    expect(where(`${HEADER}\nA,1,1.1,3"\nA,1,"1.2"x,3\nA,1,1.3,3\nA,"1,1.4,3\nA,1,1.5,3\n`)).toEqual([
      ["P10_CSV_QUOTE", "error", 2, 4],
      ["P10_CSV_QUOTE", "error", 3, 3],
      ["P10_CSV_QUOTE", "error", 5, 2],
    ]);
  });

  it("the same cell twice: the same answer is a warning, a different one an error naming both lines", () => {
    const csv = `${HEADER}\nA,1,1.1,3\nA,1,1.2,2\nA,1,1.1,Good practice\nA,1,1.2,n/a\n`;
    const found = v(csv);
    expect(found.issues.map((i) => [i.code, i.severity, i.line, i.column])).toEqual([
      ["P10_DUPLICATE_ANSWER", "warning", 4, 4],
      ["P10_CONFLICTING_ANSWER", "error", 5, 4],
    ]);
    expect(found.issues[1]!.message).toBe(
      "A 1 1.2 is answered not applicable here but 2 (Moderate) on line 3",
    );
    expect(found.accounting).toEqual({ read: 4, accepted: 3, rejected: 1, blank: 0 });
    // Without the conflict, the warning alone does not stop the dataset.
    const ok = parseAssessments(`${HEADER}\nA,1,1.1,3\nA,1,1.1,3\n`, edi);
    expect(ok.issues).toHaveLength(1);
    expect(ok.dataset.lines[cellOf(ok.dataset, "A", "1", "1.1")]).toBe(2);
  });

  it("a conflicting wide row is rejected whole", () => {
    const found = v("entity,period,1.1,1.2\nA,1,3,2\nA,1,3,1\n");
    expect(found.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ["P10_DUPLICATE_ANSWER", 3, 3],
      ["P10_CONFLICTING_ANSWER", 3, 4],
    ]);
    expect(found.accounting).toEqual({ read: 2, accepted: 1, rejected: 1, blank: 0 });
    expect(found.records.length).toBe(2);
  });

  it("an entity named differently on two rows", () => {
    expect(
      where("entity,entity_name,period,indicator,response\nA,Alpha,1,1.1,3\nA,Alfa,1,1.2,3\nA,,1,1.3,3\n"),
    ).toEqual([["P10_ENTITY_NAME_CONFLICT", "error", 3, 2]]);
  });

  it("header problems: unexpected, unnamed and repeated columns; missing required columns", () => {
    expect(where("entity,period,indicator,response,notes,,comment,Comment\nA,1,1.1,3,x,y,z,w\n")).toEqual([
      ["P10_CSV_UNEXPECTED_COLUMN", "error", 1, 5],
      ["P10_CSV_UNEXPECTED_COLUMN", "error", 1, 6],
      ["P10_CSV_DUPLICATE_COLUMN", "error", 1, 8],
    ]);
    const missing = v("entity,indicator,response\nA,1.1,3\nB,1.1,3\n");
    expect(missing.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ["P10_CSV_MISSING_COLUMN", 1, undefined],
    ]);
    expect(missing.accounting).toEqual({ read: 2, accepted: 0, rejected: 2, blank: 0 });
    expect(missing.format).toBeUndefined();
  });

  it("extra columns are accepted with allowExtra", () => {
    const r = parseAssessments("entity,period,indicator,response,notes\nA,1,1.1,3,x\n", edi, {
      allowExtra: true,
    });
    expect(r.issues).toEqual([]);
    expect(answer(r.dataset, "A", "1", "1.1")).toBe(3);
  });

  it("an empty file, and a header without rows", () => {
    expect(where("")).toEqual([["P10_CSV_EMPTY", "error", 1, undefined]]);
    expect(where("\n\n")).toEqual([["P10_CSV_EMPTY", "error", 1, undefined]]);
    expect(where(`${HEADER}\n`)).toEqual([["P10_NO_ANSWERS", "warning", undefined, undefined]]);
  });

  it("parseAssessments throws P10_ASSESSMENT_INVALID carrying every issue", () => {
    const e = thrown(() =>
      parseAssessments(`${HEADER}\nA,1,1.1,4\nA,1,1.9,3\nA,1,1.1,3\nA,1,1.1,3\n`, edi, { file: "x.csv" }),
    );
    expect(e.code).toBe("P10_ASSESSMENT_INVALID");
    expect(e.message).toBe("x.csv has 2 errors: 4 rows read, 2 accepted, 2 rejected");
    expect(e.issues.map((i) => i.code)).toEqual([
      "P10_RESPONSE_OFF_SCALE",
      "P10_UNKNOWN_INDICATOR",
      "P10_DUPLICATE_ANSWER",
    ]);
    expect(e.issues.every((i) => i.file === "x.csv")).toBe(true);
  });

  it("keeps at most maxIssues issues and counts the rest", () => {
    const rows = Array.from({ length: 30 }, (_, k) => `A,${k},1.1,9`).join("\n");
    const found = v(`${HEADER}\n${rows}\n`, { maxIssues: 10 });
    expect([found.issues.length, found.omittedIssues, found.errorCount]).toEqual([10, 20, 30]);
    const e = thrown(() => parseAssessments(`${HEADER}\n${rows}\n`, edi, { maxIssues: 10 }));
    expect(e.issues).toHaveLength(11);
    expect(e.issues[10]!.message).toBe("… and 20 more problems not listed");
  });
});

describe("several assessors", () => {
  const csv =
    "entity,period,indicator,response,assessor\nA,1,1.1,3,Ann\nA,1,1.1,2,Bob\nA,1,1.2,1,Ann\nA,1,1.2,1,Bob\nB,1,1.1,0,Bob\n";

  it("double scoring is not a conflict: every record is kept", () => {
    const found = v(csv);
    expect(found.errorCount).toBe(0);
    expect(found.records.length).toBe(5);
    expect(found.records.assessors).toEqual(["Ann", "Bob"]);
    expect([...found.records.code]).toEqual([3, 2, 1, 1, 0]);
    expect([...found.records.line]).toEqual([2, 3, 4, 5, 6]);
    // validate reports that the dataset needs a choice, as a warning.
    expect(found.dataset).toBeUndefined();
    expect(found.issues.map((i) => [i.code, i.severity])).toEqual([["P10_MULTIPLE_ASSESSORS", "warning"]]);
  });

  it("building the dataset fails until one assessor is chosen", () => {
    const e = thrown(() => parseAssessments(csv, edi));
    expect(e.code).toBe("P10_MULTIPLE_ASSESSORS");
    expect(e.message).toContain(
      "several assessors for 2 cells (e.g. A 1 1.1 by Ann and Bob (lines 2 and 3))",
    );
    expect(e.message).toContain("`p10 reconcile`");
    expect(e.message).toContain("`--assessor NAME`");
    expect(e.message).toContain("`--combine median|mean`");
    const bob = parseAssessments(csv, edi, { assessor: "Bob" }).dataset;
    expect([
      answer(bob, "A", "1", "1.1"),
      answer(bob, "A", "1", "1.2"),
      answer(bob, "B", "1", "1.1"),
    ]).toEqual([2, 1, 0]);
    const ann = parseAssessments(csv, edi, { assessor: "Ann" }).dataset;
    // B was scored by Bob only: the unit is kept, without answers.
    expect(ann.units.map((u) => u.entity)).toEqual(["A", "B"]);
    expect([answer(ann, "A", "1", "1.1"), answer(ann, "B", "1", "1.1")]).toEqual([3, ABSENT]);
  });

  it("an unknown assessor is an error", () => {
    expect(thrown(() => parseAssessments(csv, edi, { assessor: "Cy" })).code).toBe("P10_UNKNOWN_ASSESSOR");
    expect(v(csv, { assessor: "Cy" }).issues.map((i) => [i.code, i.severity])).toEqual([
      ["P10_UNKNOWN_ASSESSOR", "error"],
    ]);
  });

  it("a named and an unnamed assessor on the same cell are two assessors", () => {
    expect(
      thrown(() =>
        parseAssessments("entity,period,indicator,response,assessor\nA,1,1.1,3,\nA,1,1.1,3,Ann\n", edi),
      ).code,
    ).toBe("P10_MULTIPLE_ASSESSORS");
  });

  it("the same assessor twice with different answers is a conflict", () => {
    expect(
      where("entity,period,indicator,response,assessor\nA,1,1.1,3,Ann\nA,1,1.1,2,Bob\nA,1,1.1,1,Ann\n"),
    ).toEqual([["P10_CONFLICTING_ANSWER", "error", 4, 4]]);
  });

  it("buildDataset works on the records of a validation", () => {
    const { records } = v(csv);
    expect(buildDataset(edi, records, { assessor: "Ann" })).toEqual(
      parseAssessments(csv, edi, { assessor: "Ann" }).dataset,
    );
  });
});

describe("the seed files", () => {
  it("the sample validates with no errors and no warnings", () => {
    const text = readFileSync("seeds/edi-2015-sample.csv", "utf8");
    const { issues, accounting, dataset } = parseAssessments(text, edi);
    expect(issues).toEqual([]);
    expect(accounting).toEqual({ read: 2772, accepted: 2772, rejected: 0, blank: 0 });
    expect(dataset.units).toHaveLength(28);
  });

  it("the broken file gives exactly the planted problems (seeds/README.md)", () => {
    const found = v(readFileSync("seeds/edi-2015-broken.csv", "utf8"), { file: "b.csv" });
    expect(found.issues.map((i) => `${i.line}:${i.column ?? ""} ${i.severity} ${i.code}`)).toEqual(
      BROKEN_EXPECTED,
    );
    expect(found.accounting).toEqual({ read: 20, accepted: 7, rejected: 13, blank: 1 });
  });
});

describe("chunked input", () => {
  const csv = readFileSync("seeds/edi-2015-sample.csv", "utf8");
  const pieces = (size: number): string[] =>
    Array.from({ length: Math.ceil(csv.length / size) }, (_, k) => csv.slice(k * size, (k + 1) * size));

  it("gives the same result from a string, chunks, and async chunks", async () => {
    const whole = parseAssessments(csv, edi);
    expect(parseAssessments(pieces(7), edi)).toEqual(whole);
    async function* gen() {
      yield* pieces(4096);
    }
    expect(await parseAssessmentsAsync(gen(), edi)).toEqual(whole);
    expect(await validateAssessmentsAsync(pieces(1), edi)).toEqual(validateAssessments(csv, edi));
  });
});

// Properties. Rows come from a small pool so that repeats and collisions happen.
const ENTITIES = ["ARV", "BMR", 'Caß, "q"'];
const PERIODS = ["2014", "2024"];
const LEGAL = ["0", "1", "2", "3", "Good practice", "n/a", "-", "", "N/A"];
const PRACTICE = ["0", "1", "2", "Yes", "limited", "n/a", "-", ""];
const PAIRS = ["1.1", "1.2", "6.1", "26.2", "P2.1", "P26.1"].flatMap((id) =>
  (id.startsWith("P") ? PRACTICE : LEGAL).map((response) => ({ id, response })),
);
const COMMENTS = ["", "see act", "b", "a; b"];
const csvField = (s: string): string => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

interface Row {
  entity: string;
  period: string;
  indicator: string;
  response: string;
  comment: string;
}
const rowsArb = fc
  .uniqueArray(
    fc.record({
      entity: fc.constantFrom(...ENTITIES),
      period: fc.constantFrom(...PERIODS),
      pair: fc.constantFrom(...PAIRS),
      comment: fc.constantFrom(...COMMENTS),
    }),
    { selector: (r) => `${r.entity}|${r.period}|${r.pair.id}`, maxLength: 40 },
  )
  .map((rows) =>
    rows.map(
      (r): Row => ({
        entity: r.entity,
        period: r.period,
        indicator: r.pair.id,
        response: r.pair.response,
        comment: r.comment,
      }),
    ),
  )
  .chain((rows) =>
    // Some rows again with the same answer (allowed, a warning), possibly with another comment.
    fc
      .subarray(rows)
      .chain((again) =>
        fc.tuple(...again.map((r) => fc.constantFrom(...COMMENTS).map((comment) => ({ ...r, comment })))),
      )
      .map((again) => [...rows, ...again]),
  );
const rowsText = (list: readonly Row[]): string =>
  `entity,period,indicator,response,comment\n${list.map((r) => [r.entity, r.period, r.indicator, r.response, r.comment].map(csvField).join(",")).join("\n")}\n`;

describe("reader properties", () => {
  it("any permutation of the rows gives the same dataset", () => {
    fc.assert(
      fc.property(rowsArb, fc.func(fc.integer()), (rows, key) => {
        const shuffled = rows
          .map((r, k) => ({ r, k: key(k) }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.r);
        const a = parseAssessments(rowsText(rows), edi).dataset;
        const b = parseAssessments(rowsText(shuffled), edi).dataset;
        const { lines: la, ...restA } = a;
        const { lines: lb, ...restB } = b;
        expect(restB).toEqual(restA);
        // Lines differ with the order, but each names a row that gave the kept answer.
        expect(la.map((l) => (l === 0 ? 0 : 1))).toEqual(lb.map((l) => (l === 0 ? 0 : 1)));
      }),
      { numRuns: 200 },
    );
  });

  it("arbitrary text never throws anything but a P10Error, and rows read = accepted + rejected", () => {
    const unit = fc.constantFrom(
      "entity",
      "period",
      "indicator",
      "response",
      "1.1",
      "P2.1",
      "3",
      "yes",
      ",",
      ";",
      '"',
      "\n",
      "\r\n",
      " ",
      "x",
      "\uFEFF",
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit }), fc.string({ unit, minLength: 20 })), (text) => {
        const found = validateAssessments(text, edi);
        const { read, accepted, rejected } = found.accounting;
        expect(read).toBe(accepted + rejected);
        expect(found.errorCount).toBe(found.issues.filter((i) => i.severity === "error").length);
        try {
          parseAssessments(text, edi);
        } catch (e) {
          expect(isP10Error(e)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("cutting the text into chunks anywhere changes nothing, whatever the text", () => {
    const unit = fc.constantFrom(
      "entity",
      "period",
      ",",
      ";",
      '"',
      "\n",
      "\r",
      "1.1",
      "3",
      "x",
      "indicator,response",
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), fc.array(fc.nat(), { maxLength: 5 }), (text, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((p, k) => text.slice(p, [...points, text.length][k]));
        expect(validateAssessments(chunks, edi)).toEqual(validateAssessments(text, edi));
      }),
      { numRuns: 500 },
    );
  });

  it("a file is valid exactly when validate finds no error, and then both give the same dataset", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const text = rowsText(rows);
        const found = validateAssessments(text, edi);
        expect(found.errorCount).toBe(0);
        expect(parseAssessments(text, edi).dataset).toEqual(found.dataset);
      }),
      { numRuns: 100 },
    );
  });
});
