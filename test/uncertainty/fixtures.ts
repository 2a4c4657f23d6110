// Shared data for the uncertainty tests: a three-pillar framework small enough to enumerate by hand
// (each pillar holds one indicator on a 0–9 scale), methods and specs built from plain objects.
import { type AnswerInput, createDataset } from "../../src/advanced.js";
import {
  type Dataset,
  type Framework,
  type Method,
  parseFramework,
  parseMethod,
  parseUncertaintySpec,
  type UncertaintySpec,
  type UncertaintySpecInput,
} from "../../src/index.js";

/** trio: index T = {P1: x1, P2: x2, P3: x3}, every indicator on the scale 0–9 (value = code). */
export const trio: Framework = parseFramework({
  id: "trio",
  version: "1",
  title: "Trio",
  description: "Three pillars of one indicator each.",
  source: "hand-made for tests",
  scales: [
    {
      id: "d10",
      title: "0–9",
      levels: Array.from({ length: 10 }, (_, v) => ({ code: String(v), label: `L${v}`, value: String(v) })),
    },
  ],
  nodes: [
    { id: "T", level: "index", title: "Trio index" },
    ...[1, 2, 3].flatMap((p) => [
      { id: `P${p}`, level: "pillar" as const, parent: "T", title: `Pillar ${p}` },
      {
        id: `x${p}`,
        level: "indicator" as const,
        parent: `P${p}`,
        kind: "legal" as const,
        title: `Indicator ${p}`,
        question: `x${p}?`,
        scale: "d10",
      },
    ]),
  ],
});

/** Arithmetic means everywhere, missing answers dropped, no coverage minimum. */
export const plain: Method = parseMethod({
  id: "plain",
  version: "1",
  title: "Plain",
  description: "Arithmetic means, nested equal weights.",
  minCoverage: "0",
});

/** Trio answers: entity → [x1, x2, x3] codes (null: no answer), all in one period. */
export function trioAnswers(
  rows: Record<string, readonly (number | null)[]>,
  period = "2024",
): AnswerInput[] {
  return Object.entries(rows).flatMap(([entity, codes]) =>
    codes.flatMap((code, i) => (code === null ? [] : [{ entity, period, indicator: `x${i + 1}`, code }])),
  );
}

/** A trio dataset of one period (see {@link trioAnswers}). */
export function trioData(rows: Record<string, readonly (number | null)[]>, period = "2024"): Dataset {
  return createDataset(trio, trioAnswers(rows, period));
}

/** A spec with no uncertain input unless `extra` adds some. */
export function quietSpec(extra: UncertaintySpecInput = {}): UncertaintySpec {
  return parseUncertaintySpec({
    weights: null,
    aggregation: [],
    missing: [],
    normalisation: [],
    exclude: null,
    ...extra,
  });
}

/** Arithmetic or geometric aggregation of the index: the one binary input of the hand-enumerated case. */
export const indexMeans: UncertaintySpecInput["aggregation"] = [
  { level: "index", alternatives: [{ function: "arithmetic" }, { function: "geometric" }] },
];
