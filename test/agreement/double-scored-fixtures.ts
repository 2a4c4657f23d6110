/**
 * Small double-scored assessment files for the agreement, evidence and reconciliation tests: a builder from
 * rows, and a fast-check arbitrary with a row permutation and an injective renaming of the assessors.
 */
import fc from "fast-check";
import { validateAssessments } from "../../src/assessment/parse.js";
import type { AssessmentRecords } from "../../src/assessment/records.js";
import { frameworks } from "../../src/framework/registry.js";

export const edi = frameworks.get("edi-2015");

/** `entity, period, indicator, response, assessor, source` */
export type Row = readonly [string, string, string, string, string, string];

export const HEADER = "entity,period,indicator,response,assessor,source";

/** The CSV text of rows (no cell in these tests needs quoting). */
export function csvOf(rows: readonly Row[]): string {
  return `${[HEADER, ...rows.map((r) => r.join(","))].join("\n")}\n`;
}

/** Reads rows with the real reader and returns its accepted records; fails the test on any error. */
export function recordsOf(rows: readonly Row[]): AssessmentRecords {
  const v = validateAssessments(csvOf(rows), edi);
  if (v.errorCount > 0) throw new Error(`fixture has errors: ${JSON.stringify(v.issues)}`);
  return v.records;
}

const INDICATORS = ["1.1", "1.2", "2.1", "8.1", "15.1", "P2.1"] as const;
const ASSESSORS = ["ann", "bob", "cy", "dé"] as const;
const RENAMED = ["x1", "x2", "y", "Ω", "zz", "a0"] as const;

/** A double-scored file, a permutation of its rows, and the same file with the assessors renamed. */
export interface ShuffledFile {
  readonly rows: readonly Row[];
  readonly shuffled: readonly Row[];
}

const answer = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 3 }).map(String) },
  { weight: 1, arbitrary: fc.constant("n/a") },
  { weight: 1, arbitrary: fc.constant("") },
);

/** One cell's answers: 1 to 3 distinct assessors, each with an answer and maybe a source. */
const cellAnswers = fc.uniqueArray(
  fc.record({
    assessor: fc.constantFrom(...ASSESSORS),
    response: answer,
    source: fc.constantFrom("", "Act 1"),
  }),
  { minLength: 1, maxLength: 3, selector: (a) => a.assessor },
);

/** Arbitrary double-scored files (up to 3 entities × 2 periods × 6 indicators), shuffled and renamed. */
export const arbitraryDoubleScored: fc.Arbitrary<ShuffledFile> = fc
  .uniqueArray(
    fc.record({
      entity: fc.constantFrom("A", "B", "Č"),
      period: fc.constantFrom("2014", "2024"),
      indicator: fc.constantFrom(...INDICATORS),
      answers: cellAnswers,
    }),
    { minLength: 1, maxLength: 25, selector: (c) => `${c.entity}|${c.period}|${c.indicator}` },
  )
  .chain((cells) => {
    const rows: Row[] = cells.flatMap((c) =>
      c.answers.map((a): Row => {
        // Practice indicators have three levels (0–2).
        const response = c.indicator.startsWith("P") && a.response === "3" ? "2" : a.response;
        return [c.entity, c.period, c.indicator, response, a.assessor, a.source];
      }),
    );
    return fc
      .record({
        keys: fc.array(fc.integer(), { minLength: rows.length, maxLength: rows.length }),
        names: fc.shuffledSubarray([...RENAMED], {
          minLength: ASSESSORS.length,
          maxLength: ASSESSORS.length,
        }),
      })
      .map(({ keys, names }) => {
        const rename = (r: Row): Row => [
          r[0],
          r[1],
          r[2],
          r[3],
          names[ASSESSORS.indexOf(r[4] as never)]!,
          r[5],
        ];
        const shuffled = rows
          .map((row, i) => ({ row, key: keys[i]!, i }))
          .sort((a, b) => a.key - b.key || a.i - b.i)
          .map(({ row }) => rename(row));
        return { rows, shuffled };
      });
  });
