/**
 * Puts the values combined from cases into a dataset: units that only have case answers are added (the
 * units stay sorted), each value becomes the level it equals or a combined value after the scale's levels,
 * and `Dataset.cases` records which cases every such cell rests on. A dataset without case values is
 * returned unchanged.
 */
import type { CombinedValue } from "./combine.js";
import { combinedCode } from "./combine.js";
import { ABSENT, type AnswerNote, type Dataset, type DatasetUnit, compareUnits } from "./dataset.js";
import type { CellCases } from "./case-answer.js";
import { P10Error } from "../errors.js";
import type { Framework } from "../framework/framework.js";
import { compareFractions, decimalFraction, formatFraction } from "../base/fraction.js";
import type { CaseValue } from "./case-apply.js";

/** The largest answer code a dataset holds (16-bit answers). */
const MAX_CODE = 32_767;

/**
 * Adds case-derived values to a dataset.
 *
 * @param framework - the dataset's framework.
 * @param dataset - the dataset of the direct answers.
 * @param values - from `applyCases` (without errors).
 * @returns the dataset with the case cells filled.
 * @throws P10Error `P10_DATASET_INPUT` when one indicator needs more distinct combined values than a dataset holds.
 */
export function withCaseValues(
  framework: Framework,
  dataset: Dataset,
  values: readonly CaseValue[],
): Dataset {
  if (values.length === 0) return dataset;
  const width = framework.indicators.length;
  const keyOf = (u: DatasetUnit): string => `${u.entity}\u0000${u.period}`;
  const all = new Map<string, DatasetUnit>();
  for (const u of dataset.units) all.set(keyOf(u), u);
  for (const v of values) if (!all.has(keyOf(v))) all.set(keyOf(v), { entity: v.entity, period: v.period });
  const units = [...all.values()].sort(compareUnits);
  const position = new Map(units.map((u, i) => [keyOf(u), i]));
  const moved = dataset.units.map((u) => position.get(keyOf(u))!);
  const remap = (cell: number): number => moved[Math.floor(cell / width)]! * width + (cell % width);

  const answers = new Int16Array(units.length * width).fill(ABSENT);
  const lines = new Int32Array(units.length * width);
  for (let u = 0; u < dataset.units.length; u++) {
    answers.set(dataset.answers.subarray(u * width, (u + 1) * width), moved[u]! * width);
    lines.set(dataset.lines.subarray(u * width, (u + 1) * width), moved[u]! * width);
  }
  const combinedValues: CombinedValue[][] = framework.indicators.map((i) => [
    ...(dataset.combinedValues?.[i.ordinal] ?? []),
  ]);
  const slotOf = framework.indicators.map(() => new Map<string, number>());
  const cases = new Map<number, CellCases>();
  for (const v of values) {
    const cell = position.get(keyOf(v))! * width + v.ordinal;
    const indicator = framework.indicators[v.ordinal]!;
    const scale = indicator.scale;
    let code = v.code ?? ABSENT;
    if (v.value !== undefined) {
      const value = v.value;
      const level = scale.values.findIndex((x) => compareFractions(decimalFraction(x), value) === 0);
      if (level >= 0) code = level;
      else {
        const text = formatFraction(value);
        let k = slotOf[v.ordinal]!.get(text);
        if (k === undefined) {
          const slots = combinedValues[v.ordinal]!;
          k = slots.length;
          if (scale.levels.length + k > MAX_CODE) {
            throw new P10Error(
              "P10_DATASET_INPUT",
              `indicator ${indicator.id}: too many distinct values combined from cases`,
            );
          }
          const given = v.detail.cases
            .filter((c) => c.status === "counted" && c.code >= 0)
            .map((c) => scale.levels[c.code]!.code);
          slots.push({
            value: text,
            code: combinedCode(value),
            label: `cases (${v.detail.rule} of ${given.join(", ")})`,
          });
          slotOf[v.ordinal]!.set(text, k);
        }
        code = scale.levels.length + k;
      }
    }
    answers[cell] = code;
    // The cell's line: the first counted case's (or, when none counted, the first case's).
    let line = 0;
    let counted = false;
    for (const c of v.detail.cases) {
      const isCounted = c.status === "counted";
      if (line === 0 || (isCounted && !counted) || (isCounted === counted && c.line < line)) {
        line = c.line;
        counted = isCounted;
      }
    }
    lines[cell] = line;
    cases.set(cell, v.detail);
  }
  const notes = new Map<number, AnswerNote>();
  for (const [cell, note] of dataset.notes) notes.set(remap(cell), note);
  const hasCombined = combinedValues.some((c) => c.length > 0);
  return {
    ...dataset,
    units,
    answers,
    lines,
    notes,
    ...(hasCombined ? { combinedValues } : {}),
    ...(dataset.combinations === undefined
      ? {}
      : { combinations: new Map([...dataset.combinations].map(([cell, c]) => [remap(cell), c])) }),
    cases,
  };
}
