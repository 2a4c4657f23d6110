// Each weighting scheme, on its own (childWeights) and through the engine on the tiny framework with the
// answers a1=3 a2=0 a3=0 | b1=1 b2=1 | c1=2 | d1=1 d2=0 (hand computations in each test).
import { describe, expect, it } from "vitest";
import { childWeights, P10Decimal } from "../../src/advanced.js";
import { formatFraction } from "../../src/base/fraction.js";
import { isP10Error, type MethodInput, type P10Issue, score } from "../../src/index.js";
import { method, tiny, tinyUnit } from "../score/fixtures.js";

const data = tinyUnit({ a1: 3, a2: 0, a3: 0, b1: 1, b2: 1, c1: 2, d1: 1, d2: 0 });
const rootScore = (extra: Partial<MethodInput>) =>
  score(data, tiny, method(extra)).units[0]?.indices[0]?.nodes[0]?.score?.toString();
const strings = (r: ReturnType<typeof childWeights>) => ("weights" in r ? r.weights.map(formatFraction) : r);

describe("childWeights", () => {
  it("gives 1 to each child under nested-equal and points", () => {
    expect(strings(childWeights({ scheme: "nested-equal" }, ["a", "b"], () => 5))).toEqual(["1", "1"]);
    expect(strings(childWeights({ scheme: "points" }, ["a", "b"], () => 5))).toEqual(["1", "1"]);
  });

  it("gives the indicator count under flat-equal", () => {
    expect(strings(childWeights({ scheme: "flat-equal" }, ["a", "b"], (id) => (id === "a" ? 3 : 1)))).toEqual(
      ["3", "1"],
    );
  });

  it("gives the listed weight, 1 when unlisted, under explicit", () => {
    expect(strings(childWeights({ scheme: "explicit", weights: { b: "2.5" } }, ["a", "b"], () => 1))).toEqual(
      ["1", "5/2"],
    );
  });

  it("averages the experts' shares under budget; an expert allocating nothing here is left out", () => {
    const experts = [
      { id: "e1", allocations: { a: "60", b: "40" } },
      { id: "e2", allocations: { a: "1", b: "4" } },
      { id: "e3", allocations: { other: "7" } },
    ];
    // a: (0.6 + 0.2) / 2 = 0.4 = 2/5; b: (0.4 + 0.8) / 2 = 0.6 = 3/5
    expect(strings(childWeights({ scheme: "budget", experts }, ["a", "b"], () => 1))).toEqual(["2/5", "3/5"]);
    expect(
      strings(
        childWeights({ scheme: "budget", experts: [experts[2] as (typeof experts)[2]] }, ["a", "b"], () => 1),
      ),
    ).toEqual(["1", "1"]);
    expect(
      childWeights(
        { scheme: "budget", experts: [{ id: "z", allocations: { a: "0" } }] },
        ["a", "b"],
        () => 1,
      ),
    ).toEqual({ zeroExpert: "z" });
  });
});

describe("weighting schemes through the engine", () => {
  it("nested-equal: G1 = 1, G2 = 1, P1 = 1; G3 = 1/2, P2 = (2 + 1/2)/2 = 1.25; index = 1.125", () => {
    expect(rootScore({})).toBe("1.125");
  });

  it("flat-equal: the mean of the 8 indicators, 8/8 = 1", () => {
    expect(rootScore({ weighting: { scheme: "flat-equal" } })).toBe("1");
  });

  it("flat-equal with gaps (drop): every answered indicator weighs 1/5, index = (3+0+1+2+1)/5 = 7/5", () => {
    // a2 not applicable, b1 missing, d2 absent: 5 contributing indicators a1=3 a3=0 b2=1 c1=2 d1=1.
    // G1 = (3+0)/2 = 3/2 (2 contributing), G2 = b2 = 1 (1); P1 = (2·3/2 + 1·1)/3 = 4/3 (3).
    // G3 = d1 = 1 (1); P2 = (1·2 + 1·1)/2 = 3/2 (2). Index = (3·4/3 + 2·3/2)/5 = 7/5 = 1.4 — the plain mean.
    // (The nominal counts 3, 2 | 1, 2 | 5, 3 would give P1 = 13/10, P2 = 4/3, index = 21/16 = 1.3125.)
    const gaps = tinyUnit({ a1: 3, a2: "na", a3: 0, b1: "m", b2: 1, c1: 2, d1: 1 });
    const set = score(gaps, tiny, method({ weighting: { scheme: "flat-equal" }, minCoverage: "0" }));
    const index = set.units[0]?.indices[0];
    expect(index?.nodes.map((n) => [n.id, n.exact, n.weight?.toString() ?? null])).toEqual([
      ["tiny", "7/5", null],
      ["P1", "4/3", "0.6"],
      ["G1", "3/2", new P10Decimal(2).div(3).toString()],
      ["G2", "1", new P10Decimal(1).div(3).toString()],
      ["P2", "3/2", "0.4"],
      ["G3", "1", "0.5"],
    ]);
    // 1/2 · 2/3 · 3/5 = 1/3 · 3/5 = 1 · 1/2 · 2/5 = 1 · 2/5 · 1/2 = 1/5 for each of the five.
    expect(index?.indicators.filter((i) => i.exactEffectiveWeight !== null).map((i) => i.id)).toEqual([
      "a1",
      "a3",
      "b2",
      "c1",
      "d1",
    ]);
    for (const i of index?.indicators ?? [])
      if (i.exactEffectiveWeight !== null) expect(i.exactEffectiveWeight).toBe("1/5");
  });

  it("flat-equal coverage counts applicable indicators: P1 = 2 of 4 when G2 has no answer", () => {
    // a2 not applicable, b1 and b2 missing: G1 (a1, a3: 2 applicable) has a score, G2 (b1, b2: 2
    // applicable) has none, so P1's coverage is 2/(2 + 2) = 1/2 (the nominal 3 and 2 would give 3/5).
    // P1 = G1 = 3/2 (2 contributing); G3 = (1+0)/2 = 1/2 (2); P2 = (1·2 + 2·1/2)/3 = 1 (3);
    // index = (2·3/2 + 3·1)/5 = 6/5 = (3+0+2+1+0)/5; root coverage (4 + 3)/(4 + 3) = 1.
    const data = tinyUnit({ a1: 3, a2: "na", a3: 0, b1: "m", b2: "m", c1: 2, d1: 1, d2: 0 });
    const nodes = score(data, tiny, method({ weighting: { scheme: "flat-equal" }, minCoverage: "0" }))
      .units[0]?.indices[0]?.nodes;
    expect(nodes?.map((n) => [n.id, n.exact, n.coverage?.toString() ?? null])).toEqual([
      ["tiny", "6/5", "1"],
      ["P1", "3/2", "0.5"],
      ["G1", "3/2", "1"],
      ["G2", null, "0"],
      ["P2", "1", "1"],
      ["G3", "1/2", "1"],
    ]);
    // Under the default minimum coverage 2/3, P1 (1/2) has no score; then the root has P2's 3 applicable
    // indicators of 4 + 3 scored, 3/7 < 2/3, and no score either.
    const strict = score(data, tiny, method({ weighting: { scheme: "flat-equal" } })).units[0]?.indices[0];
    expect(strict?.nodes.map((n) => [n.reason?.code ?? null, n.coverage?.toString()])).toEqual([
      ["coverage", new P10Decimal(3).div(7).toString()],
      ["coverage", "0.5"],
      [null, "1"],
      ["no-answers", "0"],
      [null, "1"],
      [null, "1"],
    ]);
  });

  it("flat-equal under missing zero: the missing count as 0, index = (3+0+0+1+2+1+0)/7 = 1", () => {
    const gaps = tinyUnit({ a1: 3, a2: "na", a3: 0, b1: "m", b2: 1, c1: 2, d1: 1 });
    const m = method({ weighting: { scheme: "flat-equal" }, missing: "zero", minCoverage: "0" });
    const index = score(gaps, tiny, m).units[0]?.indices[0];
    // G1 = 3/2 (2), G2 = (0+1)/2 = 1/2 (2), P1 = (2·3/2 + 2·1/2)/4 = 1; G3 = (1+0)/2 (2), P2 = (2 + 1)/3 = 1.
    expect(index?.nodes.map((n) => n.exact)).toEqual(["1", "1", "3/2", "1/2", "1", "1/2"]);
    expect(index?.indicators.map((i) => i.exactEffectiveWeight)).toEqual([
      "1/7",
      null,
      "1/7",
      "1/7",
      "1/7",
      "1/7",
      "1/7",
      "1/7",
    ]);
  });

  it("explicit {P1: 3, a1: 2, G3: 0}: G1 = 6/4, P1 = (1.5 + 1)/2, P2 = c1 = 2, index = (3·1.25 + 2)/4 = 1.4375", () => {
    expect(rootScore({ weighting: { scheme: "explicit", weights: { P1: "3", a1: "2", G3: "0" } } })).toBe(
      "1.4375",
    );
  });

  it("points: sums of raw values, 3 + 2 + 2 + 1 = 8", () => {
    expect(rootScore({ weighting: { scheme: "points" } })).toBe("8");
  });

  it("budget: G1 weighs a1 only (3); P1 0.4, P2 0.6 → 0.4·2 + 0.6·1.25 = 1.55", () => {
    const experts = [
      { id: "e1", allocations: { P1: "60", P2: "40" } },
      { id: "e2", allocations: { P1: "20", P2: "80", a1: "1" } },
    ];
    expect(rootScore({ weighting: { scheme: "budget", experts } })).toBe("1.55");
  });

  it("refuses weights that are all zero within a parent, naming the node", () => {
    try {
      score(
        data,
        tiny,
        method({ weighting: { scheme: "explicit", weights: { a1: "0", a2: "0", a3: "0" } } }),
      );
      expect.unreachable();
    } catch (e) {
      expect(isP10Error(e) && e.code).toBe("P10_METHOD_INVALID");
      const issue = (e as { issues: P10Issue[] }).issues[0];
      expect(issue?.code).toBe("P10_METHOD_WEIGHTS_ZERO");
      expect(issue?.message).toMatch(/"G1"/);
    }
  });
});
