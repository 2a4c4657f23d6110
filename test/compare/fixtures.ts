// Shared data for the comparison tests, on the tiny test framework (test/score/fixtures.ts). With
// minCoverage 0 and only G1 (a1, a2, a3) answered, every node up to the root scores G1's mean: the root
// score of a unit is (a1 + a2 + a3) / 3 over the answers present.
import { createDataset } from "../../src/advanced.js";
import { type Method, type ScoreSet, score } from "../../src/index.js";
import { method, tiny, unitAnswers } from "../score/fixtures.js";

/** The method of these tests: plain defaults, minimum coverage 0, two decimals half-up. */
export const cmpMethod: Method = method({
  minCoverage: "0",
  presentation: { places: 2, rounding: "half-up" },
});

/** Answers to G1 as level indices (a1, a2, a3): a number, "m" (missing), "na", or absent (no key). */
export type G1 = Partial<Record<"a1" | "a2" | "a3", number | "m" | "na">>;

/** Scores units given as `entity/period → G1 answers` under {@link cmpMethod}. */
export function scoreG1(units: Record<string, G1>, m: Method = cmpMethod): ScoreSet {
  const answers = Object.entries(units).flatMap(([key, g1]) => {
    const [entity, period] = key.split("/") as [string, string];
    return unitAnswers(entity, period, g1 as Record<string, number | "m" | "na">);
  });
  return score(createDataset(tiny, answers), tiny, m);
}

/** The root ranks of a ScoreSet by `entity/period`. */
export function rootRanks(
  set: ScoreSet,
  ranks: { indices: readonly { nodes: readonly { ranks: readonly (number | null)[] }[] }[] },
) {
  return Object.fromEntries(
    set.units.map((u, i) => [`${u.entity}/${u.period}`, ranks.indices[0]?.nodes[0]?.ranks[i] ?? null]),
  );
}
