// Shared test data for the method and score tests: a tiny framework with every shape the engine meets
// (an indicator directly under a pillar, two scales, a practice indicator, a single-indicator group),
// method builders and a canonical snapshot of a ScoreSet for equality checks.
import fc from "fast-check";
import { type AnswerInput, createDataset, MISSING, NOT_APPLICABLE } from "../../src/advanced.js";
import {
  type Dataset,
  type Framework,
  type FrameworkInput,
  type Method,
  type MethodInput,
  parseFramework,
  parseMethod,
  type ScoreSet,
} from "../../src/index.js";

/** tiny: P1 = {G1: a1 a2 a3, G2: b1 b2(practice)}, P2 = {c1, G3: d1 d2(yes/no)}; q4 is 0–3. */
export function tinyDocument(): FrameworkInput {
  const q4 = [0, 1, 2, 3].map((v) => ({ code: String(v), label: `L${v}`, value: String(v) }));
  const ind = (id: string, parent: string, kind: "legal" | "practice" = "legal", scale = "q4") => ({
    id,
    level: "indicator" as const,
    parent,
    kind,
    title: `Indicator ${id}`,
    question: `${id}?`,
    scale,
  });
  return {
    id: "tiny",
    version: "1",
    title: "Tiny",
    description: "A test framework.",
    source: "hand-made for tests",
    scales: [
      { id: "q4", title: "0–3", levels: q4 },
      {
        id: "yn",
        title: "Yes/no",
        levels: [
          { code: "0", label: "No", value: "0" },
          { code: "1", label: "Yes", value: "1" },
        ],
      },
    ],
    nodes: [
      { id: "tiny", level: "index", title: "Tiny index" },
      { id: "P1", level: "pillar", parent: "tiny", title: "Pillar 1" },
      { id: "G1", level: "group", parent: "P1", title: "Group 1" },
      ind("a1", "G1"),
      ind("a2", "G1"),
      ind("a3", "G1"),
      { id: "G2", level: "group", parent: "P1", title: "Group 2" },
      ind("b1", "G2"),
      ind("b2", "G2", "practice"),
      { id: "P2", level: "pillar", parent: "tiny", title: "Pillar 2" },
      ind("c1", "P2"),
      { id: "G3", level: "group", parent: "P2", title: "Group 3" },
      ind("d1", "G3"),
      ind("d2", "G3", "legal", "yn"),
    ],
  };
}

export const tiny: Framework = parseFramework(tinyDocument());

/** A method with the given settings on top of plain defaults. */
export function method(extra: Partial<MethodInput> = {}): Method {
  return parseMethod({ id: "test", version: "1", title: "Test", description: "A test method.", ...extra });
}

/** Answers of one unit, by indicator id: a level index, "m" (missing token), "na"; absent ids get no row. */
export function unitAnswers(
  entity: string,
  period: string,
  answers: Record<string, number | "m" | "na">,
): AnswerInput[] {
  return Object.entries(answers).map(([indicator, a], k) => ({
    entity,
    period,
    indicator,
    code: a === "m" ? MISSING : a === "na" ? NOT_APPLICABLE : a,
    line: k + 2,
  }));
}

/** One-unit dataset on the tiny framework. */
export function tinyUnit(answers: Record<string, number | "m" | "na">, framework: Framework = tiny): Dataset {
  return createDataset(framework, unitAnswers("X", "2024", answers));
}

/** An answer code for an indicator: a level, missing, not applicable, or no row (undefined). */
export function codeArb(levels: number): fc.Arbitrary<number | undefined> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: levels - 1 }) },
    { weight: 1, arbitrary: fc.constant(MISSING) },
    { weight: 1, arbitrary: fc.constant(NOT_APPLICABLE) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

/** Answers for several units of a framework: per unit, one code (or no row) per indicator. */
export function answersArb(framework: Framework, units = 4): fc.Arbitrary<AnswerInput[]> {
  const unit = fc.tuple(...framework.indicators.map((i) => codeArb(i.scale.levels.length)));
  return fc.array(unit, { minLength: 1, maxLength: units }).map((rows) =>
    rows.flatMap((codes, u) =>
      codes.flatMap((code, o) =>
        code === undefined
          ? []
          : [
              {
                entity: `E${u % 3}`,
                period: `${2020 + Math.floor(u / 3)}`,
                indicator: framework.indicators[o]?.id as string,
                code,
              },
            ],
      ),
    ),
  );
}

/** Every value of a ScoreSet as plain strings, for exact equality between two runs. */
export function snapshot(set: ScoreSet): unknown {
  const s = (d: { toString(): string } | null) => (d === null ? null : d.toString());
  return {
    units: set.units.map((u) => ({
      unit: `${u.entity}/${u.period}`,
      answers: u.answers.map((a) => [a.status, a.code, s(a.value)]),
      indices: u.indices.map((x) => ({
        nodes: x.nodes.map((n) => [
          n.id,
          s(n.score),
          n.reason?.code ?? null,
          s(n.coverage),
          n.answers,
          s(n.weight),
          s(n.effectiveWeight),
        ]),
        indicators: x.indicators.map((i) => [
          i.id,
          s(i.value),
          s(i.weight),
          s(i.effectiveWeight),
          s(i.contribution),
        ]),
      })),
      gaps: u.gaps.map((g) => g.values.map(s)),
    })),
    warnings: set.warnings,
  };
}
