// Each aggregation function on hand-computed values (the expected results are worked out in the comments),
// the zeros rule under geometric-type means, and refusal of negative values.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AggregationSpec } from "../../src/index.js";
import {
  AGGREGATION_FUNCTIONS,
  AGGREGATIONS,
  aggregate,
  aggregateFloat,
  describeAggregation,
  needsZerosRule,
} from "../../src/method/aggregation.js";
import { AggregationSpecSchema } from "../../src/method/schema.js";
import { type Dec, dec, P10Decimal, type ZerosPolicy } from "../../src/advanced.js";

const fail: ZerosPolicy = { rule: "fail", offset: dec("0") };
const d = (xs: string[]): Dec[] => xs.map(dec);
const third = new P10Decimal(1).div(3);
const equal = (n: number): Dec[] => Array.from({ length: n }, () => new P10Decimal(1).div(n));
const run = (spec: AggregationSpec, values: string[], weights: Dec[], zeros = fail) =>
  aggregate(spec, d(values), weights, zeros);
const text = (r: Dec | { code: string }) => ("code" in r ? r.code : r.toString());
/** Non-linear means are exact to 50 digits: compare to 45. */
const near = (r: Dec | { code: string }, expected: string) => {
  expect("code" in r).toBe(false);
  expect((r as Dec).toSignificantDigits(45).eq(new P10Decimal(expected).toSignificantDigits(45))).toBe(true);
};

describe("aggregate", () => {
  it("arithmetic: (1 + 2 + 3) / 3 = 2; weighted 1/4·1 + 3/4·3 = 2.5", () => {
    expect(text(run({ function: "arithmetic" }, ["1", "2", "3"], equal(3)))).toBe("2");
    expect(text(run({ function: "arithmetic" }, ["1", "3"], d(["0.25", "0.75"])))).toBe("2.5");
  });

  it("geometric: √(1·4) = 2; weighted 1^(1/3)·8^(2/3) = 4", () => {
    expect(text(run({ function: "geometric" }, ["1", "4"], equal(2)))).toBe("2");
    near(run({ function: "geometric" }, ["1", "8"], [third, new P10Decimal(2).div(3)]), "4");
  });

  it("harmonic: 1 / (½/1 + ½/4) = 1.6", () => {
    expect(text(run({ function: "harmonic" }, ["1", "4"], equal(2)))).toBe("1.6");
  });

  it("generalised: p = 2 gives √((1 + 49)/2) = 5; p = -1 gives the harmonic 1.6; p = 1 the arithmetic 2", () => {
    expect(text(run({ function: "generalised", p: "2" }, ["1", "7"], equal(2)))).toBe("5");
    near(run({ function: "generalised", p: "-1" }, ["1", "4"], equal(2), fail), "1.6");
    expect(text(run({ function: "generalised", p: "1" }, ["1", "3"], equal(2)))).toBe("2");
  });

  it("minimum: min(3, 1, 2) = 1, whatever the weights", () => {
    expect(text(run({ function: "minimum" }, ["3", "1", "2"], d(["5", "0.1", "1"])))).toBe("1");
  });

  it("sum: raw weights, 1·1 + 1·2 = 3 and 2·1 + 1·2 = 4", () => {
    expect(text(run({ function: "sum" }, ["1", "2"], d(["1", "1"])))).toBe("3");
    expect(text(run({ function: "sum" }, ["1", "2"], d(["2", "1"])))).toBe("4");
  });

  it("zeros under a geometric mean: zero → 0, offset 1 → √(1·5) − 1, fail → no value", () => {
    expect(
      text(run({ function: "geometric" }, ["0", "4"], equal(2), { rule: "zero", offset: dec("0") })),
    ).toBe("0");
    near(
      run({ function: "geometric" }, ["0", "4"], equal(2), { rule: "offset", offset: dec("1") }),
      new P10Decimal(5).sqrt().minus(1).toString(),
    );
    const failed = run({ function: "geometric" }, ["0", "4"], equal(2));
    expect(failed).toMatchObject({ code: "zero-value" });
    expect((failed as { message: string }).message).toMatch(/zeros: fail/);
  });

  it("offset shifts every value of a geometric mean, zero or not: √(2·5) − 1 for 1 and 4 (no jump as a value leaves 0)", () => {
    const offset = { rule: "offset" as const, offset: dec("1") };
    near(
      run({ function: "geometric" }, ["1", "4"], equal(2), offset),
      new P10Decimal(10).sqrt().minus(1).toString(),
    );
    expect(text(run({ function: "geometric" }, ["-2", "4"], equal(2), offset))).toBe("negative-value");
    // −1 + 1 = 0: the limit of the mean, 0, shifted back.
    expect(text(run({ function: "harmonic" }, ["-1", "4"], equal(2), offset))).toBe("-1");
  });

  it("zeros under harmonic and negative-exponent means follow the same rule; p > 0 takes zeros as they are", () => {
    expect(
      text(run({ function: "harmonic" }, ["0", "4"], equal(2), { rule: "zero", offset: dec("0") })),
    ).toBe("0");
    expect(text(run({ function: "generalised", p: "-2" }, ["0", "4"], equal(2)))).toBe("zero-value");
    // √((0 + 16)/2) = √8
    near(run({ function: "generalised", p: "2" }, ["0", "4"], equal(2)), new P10Decimal(8).sqrt().toString());
  });

  it("refuses negative values under power means", () => {
    expect(text(run({ function: "geometric" }, ["-1", "4"], equal(2)))).toBe("negative-value");
    expect(text(run({ function: "harmonic" }, ["-1", "4"], equal(2)))).toBe("negative-value");
    expect(text(run({ function: "arithmetic" }, ["-1", "4"], equal(2)))).toBe("1.5");
  });

  it("rejects empty or misaligned input (an engine bug, not user input)", () => {
    expect(() => aggregate({ function: "arithmetic" }, [], [], fail)).toThrow(RangeError);
    expect(() => aggregate({ function: "arithmetic" }, d(["1"]), [], fail)).toThrow(RangeError);
  });

  it("orders the means: minimum ≤ harmonic ≤ geometric ≤ arithmetic ≤ generalised p = 2 (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 6 }), (xs) => {
        const values = xs.map(String);
        const w = equal(xs.length);
        const slack = new P10Decimal(10).pow(-40);
        const chain = (["minimum", "harmonic", "geometric", "arithmetic"] as const).map(
          (f) => run({ function: f }, values, w) as Dec,
        );
        chain.push(run({ function: "generalised", p: "2" }, values, w) as Dec);
        for (let k = 1; k < chain.length; k++)
          expect((chain[k] as Dec).plus(slack).gte(chain[k - 1] as Dec)).toBe(true);
      }),
    );
  });
});

describe("the aggregation table: exact and float side by side", () => {
  const zeroRules = ["zero", "offset", "fail"] as const;
  /** The float path's result for values and weights (all slots taking part), as `aggregate` reports it. */
  const float = (
    spec: AggregationSpec,
    xs: number[],
    ws: number[],
    rule: ZerosPolicy["rule"],
    offset: number,
  ) => {
    const total = ws.reduce((a, b) => a + b, 0);
    const p = spec.function === "generalised" ? Number(spec.p) : 0;
    return aggregateFloat(
      AGGREGATIONS[spec.function],
      p,
      Float64Array.from(xs),
      Float64Array.from(ws),
      0,
      xs.length,
      total,
      rule,
      offset,
    );
  };

  it("has one entry per aggregation function of the method schema, in the fast path's order", () => {
    const schemaFunctions = AggregationSpecSchema.def.options.map((o) => o.def.shape.function.def.values[0]);
    expect(Object.keys(AGGREGATIONS)).toEqual(schemaFunctions);
    expect(AGGREGATION_FUNCTIONS).toEqual(schemaFunctions);
  });

  it("gives the hand-computed values on both paths: mean of 1 and 4 (equal weights)", () => {
    // arithmetic 2.5; geometric √4 = 2; harmonic 2/(1 + 1/4) = 1.6; generalised p = 2 √((1 + 16)/2) = √8.5;
    // minimum 1; sum (raw weights 1, 1) 5.
    const expected: Record<string, number> = {
      arithmetic: 2.5,
      geometric: 2,
      harmonic: 1.6,
      generalised: Math.sqrt(8.5),
      minimum: 1,
      sum: 5,
    };
    for (const f of AGGREGATION_FUNCTIONS) {
      const spec = (f === "generalised" ? { function: f, p: "2" } : { function: f }) as AggregationSpec;
      const weights = f === "sum" ? d(["1", "1"]) : equal(2);
      const exact = run(spec, ["1", "4"], weights) as Dec;
      expect(exact.toNumber()).toBeCloseTo(expected[f] as number, 12);
      expect(float(spec, [1, 4], [1, 1], "fail", 0)).toBeCloseTo(expected[f] as number, 12);
    }
  });

  it("agrees exact vs float on values, zeros and negatives under every function and zeros rule (property)", () => {
    const specArb: fc.Arbitrary<AggregationSpec> = fc.oneof(
      ...AGGREGATION_FUNCTIONS.filter((f) => f !== "generalised").map((f) => fc.constant({ function: f })),
      fc.constantFrom("2", "-1", "0.5", "3", "-2").map((p) => ({ function: "generalised" as const, p })),
    ) as fc.Arbitrary<AggregationSpec>;
    fc.assert(
      fc.property(
        specArb,
        fc.array(fc.record({ x: fc.integer({ min: -3, max: 9 }), w: fc.integer({ min: 1, max: 5 }) }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.constantFrom(...zeroRules),
        (spec, children, rule) => {
          const linearSum = spec.function === "sum";
          const total = children.reduce((a, c) => a + c.w, 0);
          const weights = children.map((c) =>
            linearSum ? new P10Decimal(c.w) : new P10Decimal(c.w).div(total),
          );
          const exact = aggregate(
            spec,
            children.map((c) => new P10Decimal(c.x)),
            weights,
            { rule, offset: dec("1") },
          );
          const fast = float(
            spec,
            children.map((c) => c.x),
            children.map((c) => c.w),
            rule,
            1,
          );
          if ("code" in exact) expect(fast).toBe(exact.code);
          else
            expect(Math.abs((fast as number) - exact.toNumber())).toBeLessThan(
              1e-9 * Math.max(1, Math.abs(exact.toNumber())),
            );
        },
      ),
      { numRuns: 500 },
    );
  });

  it("describes each function and knows which are linear and which need the zeros rule", () => {
    expect(AGGREGATION_FUNCTIONS.map((f) => AGGREGATIONS[f].linear)).toEqual([
      true,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(describeAggregation({ function: "generalised", p: "-1" })).toBe("generalised mean (p = -1)");
    expect(describeAggregation({ function: "harmonic" })).toBe("harmonic mean");
    expect(
      [
        { function: "geometric" },
        { function: "generalised", p: "-0.5" },
        { function: "generalised", p: "2" },
        { function: "minimum" },
      ].map((s) => needsZerosRule(s as AggregationSpec)),
    ).toEqual([true, true, false, false]);
  });
});
