// The plain form of results: it survives structuredClone and JSON, and restoring it gives back every exact
// value (property over random answers and methods, non-linear means included, whose 50-digit decimals a
// JSON number would lose); the lookup finds the same node in a ScoreSet, its plain form and the restored one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dec } from "../../src/advanced.js";
import { createDataset } from "../../src/advanced.js";
import {
  type AggregationSpec,
  findScore,
  rank,
  restoreScores,
  type ScoreSet,
  score,
  toPlainScores,
} from "../../src/index.js";
import { answersArb, method, tiny } from "./fixtures.js";

const meanArb = fc.constantFrom<AggregationSpec>(
  { function: "arithmetic" },
  { function: "geometric" },
  { function: "harmonic" },
  { function: "generalised", p: "3" },
);
const methodArb = fc
  .tuple(meanArb, meanArb, fc.constantFrom("drop" as const, "zero" as const), fc.constantFrom("0", "2/3"))
  .map(([index, pillar, missing, minCoverage]) =>
    method({
      aggregation: { index, pillar, group: pillar, zeros: "offset", offset: "1" },
      missing,
      minCoverage,
    }),
  );

/** Exact equality of two optional decimals: same null-ness, same value, same digits. */
function same(a: Dec | null, b: Dec | null): boolean {
  if (a === null || b === null) return a === b;
  return a.eq(b) && a.toFixed() === b.toFixed();
}

function expectRestored(original: ScoreSet, restored: ReturnType<typeof restoreScores>): void {
  expect(restored.units.length).toBe(original.units.length);
  original.units.forEach((u, at) => {
    const r = restored.units[at]!;
    expect([r.entity, r.period]).toEqual([u.entity, u.period]);
    u.indices.forEach((x, k) => {
      x.nodes.forEach((n, p) => {
        const m = r.indices[k]!.nodes[p]!;
        expect(m.id).toBe(n.id);
        expect(m.exact).toBe(n.exact);
        expect(m.reason).toEqual(
          n.reason === null ? null : { code: n.reason.code, message: n.reason.message },
        );
        expect(m.answers).toEqual(n.answers);
        for (const key of ["score", "coverage", "weight", "effectiveWeight"] as const) {
          expect(same(m[key], n[key]), `${u.entity} ${n.id} ${key}`).toBe(true);
        }
      });
      x.indicators.forEach((i, p) => {
        const m = r.indices[k]!.indicators[p]!;
        expect([m.id, m.exactEffectiveWeight, m.exactContribution]).toEqual([
          i.id,
          i.exactEffectiveWeight,
          i.exactContribution,
        ]);
        for (const key of ["value", "weight", "effectiveWeight", "contribution"] as const) {
          expect(same(m[key], i[key]), `${u.entity} ${i.id} ${key}`).toBe(true);
        }
      });
    });
  });
}

describe("plain form of a ScoreSet", () => {
  it("round-trips through structuredClone and JSON with every exact value intact", () => {
    fc.assert(
      fc.property(answersArb(tiny, 6), methodArb, (answers, m) => {
        const scores = score(createDataset(tiny, answers), tiny, m);
        const plain = toPlainScores(scores, rank(scores));
        expectRestored(scores, restoreScores(structuredClone(plain)));
        expectRestored(scores, restoreScores(JSON.parse(JSON.stringify(plain))));
        // The plain form is plain: cloning and JSON give the same data back.
        expect(structuredClone(plain)).toEqual(plain);
        expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
      }),
      { numRuns: 60 },
    );
  });

  it("keeps every digit of a non-linear mean (hand-checked: √2 − 1 under a geometric mean with offset 1)", () => {
    const m = method({
      aggregation: {
        index: { function: "geometric" },
        pillar: { function: "arithmetic" },
        group: { function: "arithmetic" },
        zeros: "offset",
        offset: "1",
      },
      minCoverage: "0",
    });
    const ds = createDataset(tiny, [
      { entity: "X", period: "2024", indicator: "a1", code: 0 },
      { entity: "X", period: "2024", indicator: "c1", code: 1 },
    ]);
    const plain = JSON.parse(JSON.stringify(toPlainScores(score(ds, tiny, m))));
    const root = findScore(plain as ReturnType<typeof toPlainScores>, {
      entity: "X",
      period: "2024",
      node: "tiny",
    });
    // P1 = 0 and P2 = 1: √((0 + 1)(1 + 1)) − 1 = √2 − 1 = 0.41421356237309504880168872420969807856967187537694…
    expect(root?.score).toMatch(/^0\.414213562373095048801688724209698078569671875376\d*$/);
    expect(root?.score?.length).toBeGreaterThan(45);
  });

  it("carries ranks and finds the same node by name in every form", () => {
    const ds = createDataset(tiny, [
      { entity: "A", period: "2024", indicator: "a1", code: 1 },
      { entity: "B", period: "2024", indicator: "a1", code: 3 },
    ]);
    const scores = score(ds, tiny, method({ minCoverage: "0" }));
    const plain = toPlainScores(scores, rank(scores));
    const query = { entity: "A", period: "2024", node: "G1" };
    expect(findScore(scores, query)?.score?.toString()).toBe("1");
    expect(findScore(plain, query)).toMatchObject({ score: "1", rank: 2, outOf: 2 });
    expect(findScore(restoreScores(plain), query)?.score?.toString()).toBe("1");
    expect(findScore(plain, { ...query, index: "nope" })).toBeUndefined();
    expect(findScore(plain, { ...query, node: "a1" })).toBeUndefined();
    expect(findScore(scores, { ...query, period: "2025" })).toBeUndefined();
  });
});
