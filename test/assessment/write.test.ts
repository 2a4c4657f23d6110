// Writing datasets as CSV: the round trip (write, read back, compare) as a property for both formats,
// canonical bytes on a second write, and the cases a format cannot represent.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AnswerInput, createDataset, MISSING, NOT_APPLICABLE } from "../../src/advanced.js";
import {
  type Dataset,
  frameworks,
  isP10Error,
  parseAssessments,
  writeAssessmentsCsv,
} from "../../src/index.js";

const edi = frameworks.get("edi-2015");
const IDS = ["1.1", "1.2", "6.1", "13.4", "26.2", "P2.1", "P26.1"];

/** Text that survives a CSV round trip unchanged: no surrounding white space, no formula start. */
const safeText = fc
  .tuple(
    fc.constantFrom("A", "z", "Ä", "9"),
    fc.string({ unit: fc.constantFrom("a", "B", " ", ",", ";", '"', "\n", "-", "=", "é"), maxLength: 6 }),
    fc.constantFrom("", "x", "."),
  )
  .map(([head, body, tail]) => `${head}${body}${tail}`.trimEnd());

const datasetArb = (wide: boolean) =>
  fc
    .record({
      entities: fc.uniqueArray(safeText, { minLength: 1, maxLength: 4 }),
      periods: fc.uniqueArray(fc.constantFrom("2014", "2024", "2019-Q1"), { minLength: 1, maxLength: 2 }),
      named: fc.boolean(),
      seed: fc.array(fc.tuple(fc.integer({ min: -3, max: 3 }), fc.option(safeText), fc.option(safeText)), {
        minLength: 64,
        maxLength: 64,
      }),
      assessors: fc.array(fc.option(fc.constantFrom("Ann", "Bob Li")), { minLength: 8, maxLength: 8 }),
    })
    .map(({ entities, periods, named, seed, assessors }) => {
      const answers: AnswerInput[] = [];
      let k = 0;
      entities.forEach((entity, e) => {
        periods.forEach((period, p) => {
          const assessor = assessors[(e * 2 + p) % 8] ?? undefined;
          IDS.forEach((indicator, i) => {
            const [pick, source, comment] = seed[k++ % 64]!;
            const levels = edi.indicatorById.get(indicator)!.scale.levels.length;
            // -1 leaves the cell empty, except for the first indicator, so that every unit has an answer.
            if (pick === -1 && i > 0) return;
            const code = pick === -2 ? MISSING : pick === -3 ? NOT_APPLICABLE : Math.abs(pick) % levels;
            const note = {
              ...(assessor ? { assessor } : {}),
              ...(!wide && source ? { source } : {}),
              ...(!wide && comment ? { comment } : {}),
            };
            answers.push({
              entity,
              period,
              indicator,
              code,
              ...(Object.keys(note).length > 0 ? { note } : {}),
              ...(named ? { entityName: `${entity} Land` } : {}),
            });
          });
        });
      });
      return createDataset(edi, answers);
    });

const content = (ds: Dataset) => {
  const { lines: _lines, file: _file, ...rest } = ds;
  return rest;
};

describe("writeAssessmentsCsv", () => {
  it("writes the long format in canonical order", () => {
    const ds = createDataset(edi, [
      { entity: "B", period: "2024", indicator: "1.2", code: NOT_APPLICABLE },
      { entity: "A", period: "2024", indicator: "P2.1", code: 2, note: { comment: "=cmd" } },
      { entity: "A", period: "2024", indicator: "1.1", code: MISSING },
    ]);
    expect(writeAssessmentsCsv(ds, edi)).toBe(
      [
        "entity,period,indicator,response,comment",
        "A,2024,1.1,-,",
        "A,2024,P2.1,2,'=cmd",
        "B,2024,1.2,n/a,",
        "",
      ].join("\n"),
    );
  });

  it("writes the wide format with an empty cell where no answer was given", () => {
    const ds = createDataset(edi, [
      { entity: "A", period: "2024", indicator: "1.2", code: 3, entityName: "Alpha" },
    ]);
    const [header, row] = writeAssessmentsCsv(ds, edi, { format: "wide", delimiter: ";" }).split("\n");
    expect(header).toBe(["entity", "entity_name", "period", ...edi.indicators.map((i) => i.id)].join(";"));
    expect(row).toBe(["A", "Alpha", "2024", "", "3", ...Array(97).fill("")].join(";"));
  });

  it("refuses what a format cannot hold", () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return isP10Error(e) ? e.code : "other";
      }
      return undefined;
    };
    const noted = createDataset(edi, [
      { entity: "A", period: "1", indicator: "1.1", code: 1, note: { source: "s" } },
    ]);
    expect(code(() => writeAssessmentsCsv(noted, edi, { format: "wide" }))).toBe("P10_WRITE_UNREPRESENTABLE");
    const mixed = createDataset(edi, [
      { entity: "A", period: "1", indicator: "1.1", code: 1, note: { assessor: "Ann" } },
      { entity: "A", period: "1", indicator: "1.2", code: 1, note: { assessor: "Bob" } },
    ]);
    expect(code(() => writeAssessmentsCsv(mixed, edi, { format: "wide" }))).toBe("P10_WRITE_UNREPRESENTABLE");
    const empty = parseAssessments("entity,period,1.1\nA,1,\n", edi).dataset;
    expect(code(() => writeAssessmentsCsv(empty, edi))).toBe("P10_WRITE_UNREPRESENTABLE");
    const other = { ...noted, framework: { id: "other", version: "1" } };
    expect(code(() => writeAssessmentsCsv(other, edi))).toBe("P10_FRAMEWORK_MISMATCH");
  });
});

describe("round trip", () => {
  for (const format of ["long", "wide"] as const) {
    it(`a dataset written as ${format} CSV reads back identical, and writes the same bytes again`, () => {
      fc.assert(
        fc.property(
          datasetArb(format === "wide"),
          fc.constantFrom(",", ";") as fc.Arbitrary<"," | ";">,
          (ds, delimiter) => {
            const text = writeAssessmentsCsv(ds, edi, { format, delimiter });
            const back = parseAssessments(text, edi);
            expect(back.issues).toEqual([]);
            expect([back.format, back.delimiter]).toEqual([format, delimiter]);
            expect(content(back.dataset)).toEqual(content(ds));
            expect(writeAssessmentsCsv(back.dataset, edi, { format, delimiter })).toBe(text);
          },
        ),
        { numRuns: 150 },
      );
    });
  }

  it("the seed sample survives long → wide → long", async () => {
    const { readFileSync } = await import("node:fs");
    const sample = readFileSync("seeds/edi-2015-sample.csv", "utf8");
    const { dataset } = parseAssessments(sample, edi);
    const bare = createDataset(
      edi,
      dataset.units.flatMap((u, k) =>
        dataset.indicators.flatMap((indicator, o) => {
          const code = dataset.answers[k * 99 + o]!;
          return code === -1
            ? []
            : [
                {
                  entity: u.entity,
                  period: u.period,
                  indicator,
                  code,
                  entityName: dataset.entityNames.get(u.entity)!,
                },
              ];
        }),
      ),
    );
    const wide = parseAssessments(writeAssessmentsCsv(bare, edi, { format: "wide" }), edi).dataset;
    expect(content(wide)).toEqual(content(bare));
    expect(writeAssessmentsCsv(wide, edi)).toBe(writeAssessmentsCsv(bare, edi));
  });
});
