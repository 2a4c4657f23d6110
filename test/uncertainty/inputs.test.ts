// From a design row to a run's settings: aggregation choices by ⌊u·m⌋, a node target winning over its level,
// weight factors within ±x % renormalised to the parent's total, per-level factor vectors fixed by u alone,
// missing data, normalisation and leave-one-out switches; and the scores those settings give.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compileFastModel,
  FAST_AGGREGATION,
  FastScorer,
  nominalRunState,
} from "../../src/uncertainty/fast-scorer.js";
import { parseUncertaintySpec, type UncertaintySpecInput } from "../../src/index.js";
import { planUncertainInputs, RunConfigurator } from "../../src/uncertainty/inputs.js";
import { method, tiny, tinyUnit } from "../score/fixtures.js";
import { plain, quietSpec, trio, trioData } from "./fixtures.js";

/** A configurator on trio data A = (1, 9, 3) and B = (4, 4, null). */
function setup(spec: UncertaintySpecInput) {
  const plan = planUncertainInputs(quietSpec(spec), trio, plain);
  const model = compileFastModel(trioData({ A: [1, 9, 3], B: [4, 4, null] }), trio, plain, {
    normalisations: plan.normalisations,
  });
  const configurator = new RunConfigurator(plan, model);
  const state = nominalRunState(model);
  const scores = new Float64Array(model.unitCount * (model.indices[0]?.nodeIds.length ?? 0));
  const scorer = new FastScorer(model);
  /** Applies one row and returns each unit's index score. */
  const run = (row: number[]): number[] => {
    configurator.apply(Float64Array.from(row), 0, state);
    scorer.scoreIndex(state, 0, scores);
    const nodes = model.indices[0]?.nodeIds.length ?? 0;
    return Array.from({ length: model.unitCount }, (_, u) => scores[u * nodes] as number);
  };
  return { plan, model, state, run };
}

describe("RunConfigurator", () => {
  it("chooses aggregation by ⌊u·m⌋: u < 1/2 arithmetic, u ≥ 1/2 geometric", () => {
    const { run } = setup({
      aggregation: [
        { level: "index", alternatives: [{ function: "arithmetic" }, { function: "geometric" }] },
      ],
      zeros: "zero", // no offset: the plain geometric mean
    });
    // A = (1 + 9 + 3)/3 = 13/3 or ∛27 = 3; B = (4 + 4)/2 = 4 either way (P3 unanswered).
    expect(run([0.49])[0]).toBeCloseTo(13 / 3, 12);
    expect(run([0.5])[0]).toBeCloseTo(3, 12);
    expect(run([0.5])[1]).toBeCloseTo(4, 12);
  });

  it("offsets geometric means by 1 % of the range's top unless told otherwise (trio: top 9, offset 0.09)", () => {
    const plan = planUncertainInputs(
      parseUncertaintySpec({
        weights: null,
        missing: [],
        exclude: null,
        aggregation: [{ level: "index", alternatives: [{ function: "geometric" }] }],
      }),
      trio,
      plain,
    );
    const model = compileFastModel(trioData({ A: [0, 9, 3] }), trio, plain);
    const state = nominalRunState(model);
    new RunConfigurator(plan, model).apply(Float64Array.of(0), 0, state);
    expect(model.tops).toEqual([9]);
    expect(state.offset).toBeCloseTo(0.09, 15);
    const out = new Float64Array(4);
    new FastScorer(model).scoreIndex(state, 0, out);
    // (0.09 · 9.09 · 3.09)^(1/3) − 0.09, every value shifted because one is zero
    expect(out[0]).toBeCloseTo(Math.cbrt(0.09 * 9.09 * 3.09) - 0.09, 12);
  });

  it("lets a node target win over its level, whatever their order in the spec", () => {
    const { state, run } = setup({
      aggregation: [
        { node: "T", alternatives: [{ function: "minimum" }] },
        { level: "index", alternatives: [{ function: "geometric" }] },
      ],
    });
    expect(run([0, 0])).toEqual([1, 4]);
    expect(state.aggregation[0]?.[0]).toBe(FAST_AGGREGATION.minimum);
  });

  it("switches missing data to zero and leaves one node out (as not applicable)", () => {
    const missing = setup({ missing: ["drop", "zero"] });
    expect(missing.run([0.1])[1]).toBeCloseTo(4, 12); // B = (4 + 4)/2
    expect(missing.run([0.9])[1]).toBeCloseTo(8 / 3, 12); // B = (4 + 4 + 0)/3
    const out = setup({ exclude: { nodes: ["P1", "P2"] } });
    expect(out.run([0.1])[0]).toBeCloseTo(13 / 3, 12); // none left out
    expect(out.run([0.5])[0]).toBeCloseTo(6, 12); // P1 out: (9 + 3)/2
    expect(out.run([0.9])[0]).toBeCloseTo(2, 12); // P2 out: (1 + 3)/2
    expect(out.run([0.9])[1]).toBeCloseTo(4, 12); // B: P2 out leaves P1 = 4
  });

  it("chooses among normalisations (tiny has two scales): goalposts put yes/no and 0–3 on 0–100", () => {
    const plan = planUncertainInputs(
      parseUncertaintySpec({ weights: null, aggregation: [], missing: [], exclude: null }),
      tiny,
      method(),
    );
    expect(plan.inputs.map((i) => i.id)).toEqual(["normalisation"]);
    const model = compileFastModel(tinyUnit({ a1: 1, d2: 1 }), tiny, method(), {
      normalisations: plan.normalisations,
    });
    const state = nominalRunState(model);
    const configurator = new RunConfigurator(plan, model);
    configurator.apply(Float64Array.of(0.7), 0, state);
    expect(model.normalisations[state.normalisation]).toMatchObject({ method: "goalposts", range: "0-100" });
    configurator.apply(Float64Array.of(0.2), 0, state);
    expect(model.normalisations[state.normalisation]).toEqual({ method: "native" });
  });

  it("multiplies one node's weight by 1 − h + 2h·u and renormalises to the parent's total", () => {
    const { state, model, run } = setup({ weights: { perturbation: 50, nodes: ["P1"], inputs: "per-node" } });
    run([0.75]); // factor 1.25 on P1: P1 1.25, P2 1, P3 1 → × 3/3.25
    const index = model.indices[0];
    const slot = index?.childIds.indexOf("P1") as number;
    const w = state.weights[0] as Float64Array;
    expect(w[slot]).toBeCloseTo((1.25 * 3) / 3.25, 12);
    expect(w[slot + 1]).toBeCloseTo(3 / 3.25, 12);
    // A = (1.25·1 + 9 + 3)/3.25
    expect(run([0.75])[0]).toBeCloseTo((1.25 + 9 + 3) / 3.25, 12);
  });

  it("property: per-level factors lie in [1 − h, 1 + h), depend on u alone, and keep each parent's total", () => {
    const { state, model, run } = setup({ weights: { perturbation: 40, levels: ["pillar"] } });
    const index = model.indices[0];
    const weights = (u: number): number[] => {
      run([u]);
      return Array.from(state.weights[0] as Float64Array);
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (bits) => {
        const u = bits / 2 ** 32;
        const w = weights(u);
        expect(weights(u)).toEqual(w);
        const pillars = [0, 1, 2].map(
          (k) => w[(index?.childIds.indexOf(`P${k + 1}`) as number) ?? 0] as number,
        );
        expect(pillars.reduce((a, b) => a + b)).toBeCloseTo(3, 12);
        // Ratios of renormalised weights are ratios of factors, each in [0.6, 1.4).
        const max = Math.max(...pillars);
        const min = Math.min(...pillars);
        expect(max / min).toBeLessThan(1.4 / 0.6);
      }),
      { numRuns: 200 },
    );
    expect(weights(0.1)).not.toEqual(weights(0.2));
  });
});
