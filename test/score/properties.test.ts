// Invariants of the engine as fast-check properties: row-order invariance, weight scaling, bounds,
// monotonicity, exact additivity of contributions (and agreement with the nested-mean form), and
// "not applicable" as renormalisation without the indicator.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AggregationSpec,
  type Framework,
  frameworks,
  type MethodInput,
  methods,
  parseFramework,
  score,
} from "../../src/index.js";
import {
  addFractions,
  divideFractions,
  type Fraction,
  FRACTION_ZERO,
  formatFraction,
  fraction,
  parseFraction,
} from "../../src/base/fraction.js";
import {
  type AnswerInput,
  createDataset,
  type Dec,
  NOT_APPLICABLE,
  normaliseAnswers,
  P10Decimal,
} from "../../src/advanced.js";
import { answersArb, method, snapshot, tiny, tinyDocument } from "./fixtures.js";

const NODE_IDS = ["tiny", "P1", "G1", "G2", "P2", "G3"];
const WEIGHTED_IDS = ["P1", "G1", "a1", "a2", "a3", "G2", "b1", "b2", "P2", "c1", "G3", "d1", "d2"];
const slack = new P10Decimal(10).pow(-40);

/** Aggregations whose means stay within the children's range; geometric-type means need a zeros rule. */
const meanArb: fc.Arbitrary<AggregationSpec> = fc.constantFrom<AggregationSpec>(
  { function: "arithmetic" },
  { function: "geometric" },
  { function: "harmonic" },
  { function: "generalised", p: "2" },
  { function: "minimum" },
);
const aggregationArb = fc.record({
  index: meanArb,
  pillar: meanArb,
  group: meanArb,
  zeros: fc.constantFrom("zero" as const, "offset" as const),
});
const methodArb: fc.Arbitrary<Partial<MethodInput>> = fc
  .tuple(
    aggregationArb,
    fc.constantFrom("drop" as const, "zero" as const),
    fc.constantFrom("0", "1/2", "2/3"),
  )
  .map(([aggregation, missing, minCoverage]) => ({
    aggregation: { ...aggregation, ...(aggregation.zeros === "offset" ? { offset: "1" } : {}) },
    missing,
    minCoverage,
  }));
/** Positive explicit weights for every weightable node of the tiny framework. */
const weightsArb = fc
  .tuple(...WEIGHTED_IDS.map(() => fc.integer({ min: 1, max: 20 })))
  .map((ws) => Object.fromEntries(WEIGHTED_IDS.map((id, i) => [id, String(ws[i])])));

const withLines = (answers: AnswerInput[]): AnswerInput[] => answers.map((a, i) => ({ ...a, line: i + 2 }));

describe("engine properties", () => {
  it("does not depend on the order of the rows", () => {
    fc.assert(
      fc.property(
        answersArb(tiny).chain((answers) =>
          fc.tuple(
            fc.constant(withLines(answers)),
            fc.shuffledSubarray(withLines(answers), { minLength: answers.length }),
          ),
        ),
        methodArb,
        ([answers, shuffled], extra) => {
          const m = method(extra);
          expect(snapshot(score(createDataset(tiny, shuffled), tiny, m))).toEqual(
            snapshot(score(createDataset(tiny, answers), tiny, m)),
          );
        },
      ),
    );
  });

  it("scores each unit as it would be scored alone (results reused from earlier units change nothing)", () => {
    // The scorer reuses the previous unit's shapes and weight products and shares equal node results
    // between units; scoring every unit in a set of its own must give the same values and exact texts.
    const exactSnapshot = (set: ReturnType<typeof score>, u: number) => {
      const unit = set.units[u];
      return unit?.indices.map((x) => ({
        nodes: x.nodes.map((n) => [
          n.score?.toString(),
          n.exact,
          n.reason?.code,
          n.weight?.toString(),
          n.effectiveWeight?.toString(),
        ]),
        indicators: x.indicators.map((i) => [
          i.value?.toString(),
          i.exactEffectiveWeight,
          i.exactContribution,
        ]),
      }));
    };
    fc.assert(
      fc.property(answersArb(tiny, 8), methodArb, (answers, extra) => {
        const m = method(extra);
        const all = score(createDataset(tiny, answers), tiny, m);
        all.units.forEach((unit, u) => {
          const own = answers.filter((a) => a.entity === unit.entity && a.period === unit.period);
          expect(exactSnapshot(all, u)).toEqual(exactSnapshot(score(createDataset(tiny, own), tiny, m), 0));
        });
      }),
    );
  });

  it("is unchanged when every explicit weight is multiplied by the same positive constant", () => {
    fc.assert(
      fc.property(
        answersArb(tiny),
        weightsArb,
        fc.integer({ min: 2, max: 1000 }),
        methodArb,
        (answers, weights, k, extra) => {
          const scaled = Object.fromEntries(
            Object.entries(weights).map(([id, w]) => [id, String(Number(w) * k) + ".0"]),
          );
          const data = createDataset(tiny, answers);
          const a = score(data, tiny, method({ ...extra, weighting: { scheme: "explicit", weights } }));
          const b = score(
            data,
            tiny,
            method({ ...extra, weighting: { scheme: "explicit", weights: scaled } }),
          );
          expect(snapshot(b)).toEqual(snapshot(a));
        },
      ),
    );
  });

  it("keeps every score within the scales' bounds (native 0–3) and within 0–100 (goalposts)", () => {
    fc.assert(
      fc.property(answersArb(tiny), methodArb, fc.boolean(), (answers, extra, goalposts) => {
        const m = method({ ...extra, ...(goalposts ? { normalisation: { method: "goalposts" } } : {}) });
        const top = new P10Decimal(goalposts ? 100 : 3);
        for (const u of score(createDataset(tiny, answers), tiny, m).units) {
          for (const n of u.indices[0]?.nodes ?? []) {
            if (n.score === null) continue;
            // Linear scores are exact fractions rounded once: exactly within bounds. Non-linear means are
            // computed to 50 digits: within bounds up to 10^-40.
            const eps = n.exact === null ? slack : new P10Decimal(0);
            expect(n.score.gte(eps.neg()) && n.score.lte(top.plus(eps)), `${n.id} ${n.score}`).toBe(true);
          }
        }
      }),
    );
  });

  it("never lowers an ancestor when one answer is raised (arithmetic, geometric, harmonic; positive weights)", () => {
    const monotoneMean = fc.constantFrom<AggregationSpec>(
      { function: "arithmetic" },
      { function: "geometric" },
      { function: "harmonic" },
    );
    const extraArb = fc.record({ index: monotoneMean, pillar: monotoneMean, group: monotoneMean });
    fc.assert(
      fc.property(
        answersArb(tiny, 1),
        weightsArb,
        extraArb,
        fc.constantFrom("zero" as const, "offset" as const),
        fc.nat(),
        (answers, weights, levels, zeros, pick) => {
          const raisable = answers.filter(
            (a) =>
              a.code >= 0 && a.code < (tiny.indicatorById.get(a.indicator)?.scale.levels.length ?? 0) - 1,
          );
          fc.pre(raisable.length > 0);
          const target = raisable[pick % raisable.length] as AnswerInput;
          const raised = answers.map((a) => (a === target ? { ...a, code: a.code + 1 } : a));
          const m = method({
            weighting: { scheme: "explicit", weights },
            aggregation: { ...levels, zeros, ...(zeros === "offset" ? { offset: "1" } : {}) },
            minCoverage: "0",
          });
          const before = score(createDataset(tiny, answers), tiny, m).units[0]?.indices[0]?.nodes ?? [];
          const after = score(createDataset(tiny, raised), tiny, m).units[0]?.indices[0]?.nodes ?? [];
          before.forEach((n, i) => {
            const next = after[i]?.score ?? null;
            if (n.score !== null) expect(next?.gte(n.score), `${n.id}: ${n.score} → ${next}`).toBe(true);
          });
        },
      ),
    );
  });

  it("adds the exact contributions to the exact root score under linear aggregation", () => {
    // z-scores are 50-digit decimals: their common denominator exceeds 2^53, so the bigint path runs too.
    const linear = fc.constantFrom<AggregationSpec>({ function: "arithmetic" }, { function: "sum" });
    const normalisation = fc.constantFrom(
      { method: "native" as const },
      { method: "goalposts" as const },
      { method: "z-score" as const },
    );
    fc.assert(
      fc.property(
        answersArb(tiny),
        fc.record({ index: linear, pillar: linear, group: linear }),
        fc.oneof(
          fc.constant({ scheme: "nested-equal" as const }),
          fc.constant({ scheme: "flat-equal" as const }),
          weightsArb.map((weights) => ({ scheme: "explicit" as const, weights })),
        ),
        fc.constantFrom("drop" as const, "zero" as const),
        normalisation,
        (answers, aggregation, weighting, missing, normalisation) => {
          const set = score(
            createDataset(tiny, answers),
            tiny,
            method({ aggregation, weighting, missing, minCoverage: "0", normalisation }),
          );
          for (const u of set.units) {
            const index = u.indices[0];
            const root = index?.nodes[0];
            if (root?.score === null || root === undefined) continue;
            let exact = FRACTION_ZERO;
            let rounded = new P10Decimal(0);
            for (const i of index?.indicators ?? []) {
              if (i.exactContribution !== null)
                exact = addFractions(exact, parseFraction(i.exactContribution));
              if (i.contribution !== null) rounded = rounded.plus(i.contribution);
            }
            expect(formatFraction(exact)).toBe(root.exact);
            // Each rounded contribution is within half a unit of its 50th digit of the exact one.
            expect(
              rounded
                .minus(root.score)
                .abs()
                .lte(root.score.abs().plus(1).times(new P10Decimal(10).pow(-47))),
            ).toBe(true);
          }
        },
      ),
    );
  });

  it("agrees with the nested means (guideline, pillar, index) to 40 digits on edi-2015", () => {
    const edi = frameworks.get("edi-2015");
    const ediMethod = methods.get("edi-2015");
    const unitArb = fc.tuple(
      ...edi.indicators.map((i) =>
        fc.option(fc.integer({ min: 0, max: i.scale.levels.length - 1 }), { freq: 4 }),
      ),
    );
    fc.assert(
      fc.property(unitArb, (codes) => {
        const answers = codes.flatMap((code, o) =>
          code === null
            ? []
            : [{ entity: "X", period: "1", indicator: edi.indicators[o]?.id as string, code }],
        );
        fc.pre(answers.length > 0);
        const root = score(createDataset(edi, answers), edi, ediMethod).units[0]?.indices[0]?.nodes[0];
        const expected = nestedMean(edi, new Map(answers.map((a) => [a.indicator, a.code])), edi.root.id);
        if (expected === null) expect(root?.score ?? null).toBeNull();
        else expect(root?.score?.toSignificantDigits(40).eq(expected.toSignificantDigits(40))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("treats a not-applicable answer as the same framework without that indicator (nested-equal, flat-equal or explicit weights)", () => {
    // Sound formulation: marking X "not applicable" must give every node the score it has when X is not in
    // the framework at all (with groups left empty by X's removal removed too), because N/A leaves every
    // denominator. Under nested-equal and explicit weights a node's weight does not depend on how many
    // indicators it holds; under flat-equal a child weighs its contributing indicators in the means and its
    // applicable indicators in the coverage, and X is neither.
    const indicatorIds = tiny.indicators.map((i) => i.id);
    fc.assert(
      fc.property(
        answersArb(tiny, 1),
        fc.constantFrom(...indicatorIds),
        fc.oneof(fc.constant(undefined), fc.constant("flat" as const), weightsArb),
        methodArb,
        (answers, x, weights, extra) => {
          const m = method({
            ...extra,
            ...(weights === "flat"
              ? { weighting: { scheme: "flat-equal" as const } }
              : weights
                ? { weighting: { scheme: "explicit" as const, weights: pickWeights(weights, x) } }
                : {}),
          });
          const unit = { entity: "E0", period: "2020" };
          const marked = [
            ...answers.filter((a) => a.indicator !== x),
            { ...unit, indicator: x, code: NOT_APPLICABLE },
          ];
          const reduced = withoutIndicator(x);
          const a = score(createDataset(tiny, marked), tiny, m).units[0]?.indices[0];
          const b = score(
            createDataset(
              reduced,
              answers.filter((ans) => ans.indicator !== x),
            ),
            reduced,
            m,
          ).units[0]?.indices[0];
          for (const nb of b?.nodes ?? []) {
            const na = a?.nodes.find((n) => n.id === nb.id);
            expect(
              [na?.score?.toString() ?? null, na?.coverage?.toString() ?? null, na?.reason?.code ?? null],
              nb.id,
            ).toEqual([
              nb.score?.toString() ?? null,
              nb.coverage?.toString() ?? null,
              nb.reason?.code ?? null,
            ]);
          }
        },
      ),
    );
  });
});

describe("flat-equal weighting", () => {
  it("makes an arithmetic index the plain mean of its contributing indicators (exact)", () => {
    // Every contributing indicator weighs the same in every ancestor: with arithmetic means at every level
    // and no coverage threshold, the root's exact score is Σ values / count over the answered indicators
    // (plus, under missing "zero", the missing ones as 0), whatever the pattern of gaps.
    const normalisation = fc.constantFrom(
      { method: "native" as const },
      { method: "goalposts" as const },
      { method: "z-score" as const },
    );
    fc.assert(
      fc.property(
        answersArb(tiny, 6),
        fc.constantFrom("drop" as const, "zero" as const),
        normalisation,
        (answers, missing, normalisation) => {
          const arithmetic = { function: "arithmetic" as const };
          const m = method({
            weighting: { scheme: "flat-equal" },
            aggregation: { index: arithmetic, pillar: arithmetic, group: arithmetic },
            missing,
            minCoverage: "0",
            normalisation,
          });
          const dataset = createDataset(tiny, answers);
          const set = score(dataset, tiny, m);
          const table = normaliseAnswers(m.normalisation, tiny, dataset).fractions;
          for (const u of set.units) {
            const index = set.indices[0];
            let sum = FRACTION_ZERO;
            let count = 0;
            for (const d of index?.indicators ?? []) {
              const answer = u.answers[d.ordinal];
              if (answer?.status === "answered") {
                sum = addFractions(sum, table[d.ordinal]?.[answer.level as number] as Fraction);
                count++;
              } else if (answer?.status !== "not-applicable" && missing === "zero") count++;
            }
            const root = u.indices[0]?.nodes[0];
            if (count === 0) expect(root?.exact ?? null).toBeNull();
            else expect(root?.exact).toBe(formatFraction(divideFractions(sum, fraction(BigInt(count)))));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** The tiny framework without indicator x (and without a group x leaves empty). */
function withoutIndicator(x: string): Framework {
  const doc = tinyDocument();
  let nodes = doc.nodes.filter((n) => n.id !== x);
  nodes = nodes.filter(
    (n) =>
      n.level === "indicator" || n.level === "index" || nodes.some((c) => "parent" in c && c.parent === n.id),
  );
  return parseFramework({ ...doc, nodes });
}

/** Explicit weights without the removed indicator and any node removed with it. */
function pickWeights(weights: Record<string, string>, x: string): Record<string, string> {
  const kept = withoutIndicator(x);
  return Object.fromEntries(Object.entries(weights).filter(([id]) => kept.nodes.has(id)));
}

/** The EDI rules written directly: equal-weight nested means over answered children, nothing else. */
function nestedMean(framework: Framework, codes: ReadonlyMap<string, number>, id: string): Dec | null {
  const indicator = framework.indicatorById.get(id);
  if (indicator !== undefined) {
    const code = codes.get(id);
    return !indicator.scored || code === undefined ? null : (indicator.scale.values[code] as Dec);
  }
  const values = (framework.nodes.get(id)?.children ?? [])
    .map((c) => nestedMean(framework, codes, c))
    .filter((v) => v !== null);
  if (values.length === 0) return null;
  return values.reduce((a, b) => a.plus(b)).div(values.length);
}

// Keep the node list in sync with the fixture (a stale list would make the properties vacuous).
it("covers every internal node of the tiny framework", () => {
  expect(tiny.order.filter((id) => !tiny.indicatorById.has(id))).toEqual(NODE_IDS);
  expect(tiny.order.filter((id) => id !== "tiny")).toEqual(WEIGHTED_IDS);
});
