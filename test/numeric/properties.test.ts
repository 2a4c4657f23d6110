// Properties of normalising measured values, end to end (read as exact decimals, scored by the engine):
// every monotone normalisation preserves the order of the values and reverses it under lower-is-better;
// rank and percentile do not change under a monotone transform; min–max of a lower-is-better quantity is
// the range top minus min–max of the same values read as higher-is-better.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDataset } from "../../src/advanced.js";
import type { Dec } from "../../src/decimal.js";
import { parseFramework } from "../../src/framework/parse.js";
import { parseMethod } from "../../src/method/parse.js";
import { score } from "../../src/score/engine.js";

const frameworkFor = (direction: "higher-is-better" | "lower-is-better") =>
  parseFramework({
    id: `q-${direction}`,
    version: "1",
    title: "One quantity",
    description: "One numeric indicator.",
    source: "test",
    scales: [{ id: "q", title: "Quantity", kind: "numeric", unit: "units", direction }],
    nodes: [
      { id: "x", level: "index", title: "X" },
      { id: "p", level: "pillar", parent: "x", title: "P" },
      {
        id: "v",
        level: "indicator",
        parent: "p",
        kind: "practice",
        title: "V",
        question: "How much?",
        scale: "q",
      },
    ],
  });
const HIGHER = frameworkFor("higher-is-better");
const LOWER = frameworkFor("lower-is-better");

/** A decimal with two places from hundredths, e.g. −1234 → "-12.34". */
const hundredths = (n: number): string => {
  const a = Math.abs(n);
  return `${n < 0 ? "-" : ""}${Math.floor(a / 100)}.${String(a % 100).padStart(2, "0")}`;
};
const valuesArb = (min: number) =>
  fc
    .uniqueArray(fc.integer({ min, max: 100_000 }), { minLength: 2, maxLength: 12 })
    .map((xs) => xs.map(hundredths));

/** The normalised value of each unit's answer, in the order the values were given. */
function normalised(values: readonly string[], lower: boolean, normalisation: object): Dec[] {
  const fw = lower ? LOWER : HIGHER;
  const ds = createDataset(
    fw,
    values.map((value, k) => ({
      entity: `E${String(k).padStart(2, "0")}`,
      period: "1",
      indicator: "v",
      value,
    })),
  );
  const method = parseMethod({
    id: "m",
    version: "1",
    title: "m",
    description: "d",
    normalisation,
    aggregation: {},
  });
  return score(ds, fw, method).units.map((u) => u.answers[0]!.value as Dec);
}

const MONOTONE: [string, object][] = [
  ["cohort min–max", { method: "cohort-minmax", range: "0-100" }],
  ["z-score", { method: "z-score" }],
  ["rank", { method: "rank" }],
  ["percentile", { method: "percentile" }],
  ["borda", { method: "borda" }],
  [
    "goalposts (unclamped)",
    { method: "goalposts", range: "0-1", posts: { q: { min: "-1000", max: "1000" } }, clamp: false },
  ],
];

describe("normalising measured values", () => {
  it.each(MONOTONE)("%s preserves order, and reverses it under lower-is-better", (_, normalisation) => {
    fc.assert(
      fc.property(valuesArb(-100_000), fc.boolean(), (values, lower) => {
        const out = normalised(values, lower, normalisation);
        const x = values.map(Number);
        for (let i = 0; i < x.length; i++) {
          for (let j = 0; j < x.length; j++) {
            if (x[i]! >= x[j]!) continue;
            // Distinct values: strictly ordered, higher normalised always better.
            const cmp = out[i]!.comparedTo(out[j]!);
            expect(cmp).toBe(lower ? 1 : -1);
          }
        }
      }),
      { seed: 22, numRuns: 60 },
    );
  });

  it.each([
    ["rank", { method: "rank" }],
    ["percentile", { method: "percentile" }],
  ])("%s does not change under a monotone transform (ln, sqrt, log10 with an offset)", (_, normalisation) => {
    fc.assert(
      fc.property(valuesArb(0), fc.constantFrom("ln", "sqrt", "log10"), fc.boolean(), (values, fn, lower) => {
        const plain = normalised(values, lower, normalisation);
        const transformed = normalised(values, lower, {
          ...normalisation,
          transform: { function: fn, offset: "1" },
        });
        expect(transformed.map(String)).toEqual(plain.map(String));
      }),
      { seed: 22, numRuns: 40 },
    );
  });

  it("min–max of a lower-is-better quantity is the range top minus min–max read as higher-is-better", () => {
    fc.assert(
      fc.property(valuesArb(-100_000), fc.constantFrom("0-1", "0-100"), (values, range) => {
        const spec = { method: "cohort-minmax", range };
        const top = range === "0-1" ? 1 : 100;
        const lower = normalised(values, true, spec);
        const higher = normalised(values, false, spec);
        lower.forEach((v, k) => expect(v.plus(higher[k]!).toString()).toBe(String(top)));
      }),
      { seed: 22, numRuns: 60 },
    );
  });
});
