// The compact dataset and its two builders: createDataset (answer objects) and buildDataset (the reader's
// columnar records). Both share one builder, so the properties check they agree and ignore input order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ABSENT,
  type AnswerInput,
  answerAt,
  buildDataset,
  createDataset,
  MISSING,
  NOT_APPLICABLE,
} from "../../src/advanced.js";
import { frameworks, isP10Error } from "../../src/index.js";
import { RecordCollector } from "../../src/assessment/records.js";

const edi = frameworks.get("edi-2015");
const ord = (id: string): number => edi.indicatorById.get(id)!.ordinal;

describe("createDataset", () => {
  it("sorts units by entity then period in code-point order and fills unanswered cells with ABSENT", () => {
    const ds = createDataset(edi, [
      { entity: "b", period: "2024", indicator: "1.1", code: 3 },
      { entity: "B", period: "2024", indicator: "1.1", code: 0, line: 7 },
      { entity: "B", period: "2014", indicator: "P2.1", code: NOT_APPLICABLE },
      {
        entity: "B",
        period: "2014",
        indicator: "1.2",
        code: MISSING,
        note: { comment: "c" },
        entityName: "Bee",
      },
    ]);
    // "B" (U+0042) sorts before "b" (U+0062).
    expect(ds.units).toEqual([
      { entity: "B", period: "2014" },
      { entity: "B", period: "2024" },
      { entity: "b", period: "2024" },
    ]);
    expect(ds.answers).toHaveLength(3 * 99);
    expect([answerAt(ds, 0, ord("P2.1")), answerAt(ds, 0, ord("1.2")), answerAt(ds, 0, ord("1.1"))]).toEqual([
      NOT_APPLICABLE,
      MISSING,
      ABSENT,
    ]);
    expect([answerAt(ds, 1, ord("1.1")), answerAt(ds, 2, ord("1.1"))]).toEqual([0, 3]);
    expect(ds.lines[99 + ord("1.1")]).toBe(7);
    expect(ds.notes).toEqual(new Map([[ord("1.2"), { comment: "c" }]]));
    expect(ds.entityNames).toEqual(new Map([["B", "Bee"]]));
  });

  it("rejects an unknown indicator, a code off the scale and a cell given twice", () => {
    const code = (answers: AnswerInput[]): string | undefined => {
      try {
        createDataset(edi, answers);
      } catch (e) {
        return isP10Error(e) ? e.code : "other";
      }
      return undefined;
    };
    expect(code([{ entity: "A", period: "1", indicator: "9.9", code: 0 }])).toBe("P10_DATASET_INPUT");
    expect(code([{ entity: "A", period: "1", indicator: "P2.1", code: 3 }])).toBe("P10_DATASET_INPUT"); // practice: 0–2
    expect(code([{ entity: "A", period: "1", indicator: "1.1", code: 1.5 }])).toBe("P10_DATASET_INPUT");
    const twice = { entity: "A", period: "1", indicator: "1.1", code: 1 };
    expect(code([twice, twice])).toBe("P10_DATASET_INPUT");
  });
});

const answerArb = fc.record({
  entity: fc.constantFrom("A", "B", "c"),
  period: fc.constantFrom("2014", "2024"),
  indicator: fc.constantFrom("1.1", "6.1", "P2.1", "26.2"),
  code: fc.constantFrom(0, 1, 2, MISSING, NOT_APPLICABLE),
  comment: fc.constantFrom(undefined, "x"),
});
const answersArb = fc
  .uniqueArray(answerArb, { selector: (a) => `${a.entity}|${a.period}|${a.indicator}`, maxLength: 24 })
  .map((list) =>
    list.map(
      (a): AnswerInput => ({
        entity: a.entity,
        period: a.period,
        indicator: a.indicator,
        code: a.code,
        ...(a.comment ? { note: { comment: a.comment } } : {}),
      }),
    ),
  );

describe("dataset properties", () => {
  it("createDataset does not depend on the order of the answers", () => {
    fc.assert(
      fc.property(answersArb, fc.func(fc.integer()), (answers, key) => {
        const shuffled = answers
          .map((a, k) => ({ a, k: key(k) }))
          .sort((x, y) => x.k - y.k)
          .map((x) => x.a);
        expect(createDataset(edi, shuffled)).toEqual(createDataset(edi, answers));
      }),
    );
  });

  it("buildDataset on collected records equals createDataset on the same answers", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const c = new RecordCollector();
        for (const a of answers) {
          c.add(
            c.unitId(a.entity, a.period),
            ord(a.indicator),
            a.code!,
            0,
            -1,
            -1,
            c.textId(a.note?.comment ?? ""),
          );
        }
        expect(buildDataset(edi, c.finish())).toEqual(createDataset(edi, answers));
      }),
    );
  });

  it("holds one answer per cell: every given answer is found in its cell, every other cell is ABSENT", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const ds = createDataset(edi, answers);
        let given = 0;
        for (const a of answers) {
          const u = ds.units.findIndex((x) => x.entity === a.entity && x.period === a.period);
          expect(answerAt(ds, u, ord(a.indicator))).toBe(a.code);
          given++;
        }
        expect([...ds.answers].filter((x) => x !== ABSENT)).toHaveLength(given);
      }),
    );
  });
});
