/**
 * Writes a dataset back to an assessment CSV, long or wide, in canonical order (units sorted, indicators in
 * framework order), so that reading the output gives the same dataset and writing it again the same bytes.
 */
import { checkArgKind } from "../arguments.js";
import { P10Error } from "../errors.js";
import type { Framework, FrameworkIndicator } from "../framework/framework.js";
import { csvRow } from "../base/csv-cell.js";
import { ABSENT, type AnswerNote, type Dataset, MISSING, NOT_APPLICABLE } from "./dataset.js";
import type { CombinedValue } from "./combine.js";
import type { AssessmentFormat } from "./header.js";

/** Options of {@link writeAssessmentsCsv}. */
export interface WriteAssessmentsOptions {
  /** `long` (default): one row per answer; `wide`: one row per unit, one column per indicator. */
  readonly format?: AssessmentFormat;
  /** `,` (default) or `;`. */
  readonly delimiter?: "," | ";";
  /**
   * Long format: write *missing* as an empty response cell (which reads back as missing) instead of the
   * scale's first missing token; default `false`. For files a reviewer fills in.
   */
  readonly blankMissing?: boolean;
}

/**
 * Writes a dataset as CSV text (LF line endings, a final line break). Levels are written as their codes,
 * numeric answers as their canonical exact decimals (`1.5`, never `1.50` or `15e-1`), *missing* and *not applicable* as the scale's first token for them; in the wide format an unanswered
 * cell is left empty. Cells are protected against spreadsheet formula injection.
 *
 * @param dataset - the dataset.
 * @param framework - the framework the dataset was built for.
 * @param options - format, delimiter and `blankMissing`.
 * @returns the CSV text.
 * @throws P10Error `P10_FRAMEWORK_MISMATCH` when the dataset belongs to another framework;
 *   `P10_WRITE_UNREPRESENTABLE` when the format cannot hold something in the dataset (sources or comments,
 *   or mixed assessors in one row, in the wide format; a unit without any answer in the long format; an
 *   answer whose scale has no token for it; a combined value of several assessors, such as a median of
 *   2.5, which is not a level of the scale and would not read back — write the assessors' own answers).
 * @example
 * ```ts
 * import { frameworks, writeAssessmentsCsv } from "principle10";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "ARV", period: "2024", indicator: "1.1", code: 3 }]);
 * writeAssessmentsCsv(ds, edi); // "entity,period,indicator,response\nARV,2024,1.1,3\n"
 * ```
 */
export function writeAssessmentsCsv(
  dataset: Dataset,
  framework: Framework,
  options: WriteAssessmentsOptions = {},
): string {
  checkArgKind("dataset", dataset, "dataset");
  checkArgKind("framework", framework, "framework");
  if (dataset.framework.id !== framework.id || dataset.indicators.length !== framework.indicators.length) {
    throw new P10Error(
      "P10_FRAMEWORK_MISMATCH",
      `the dataset was built for framework ${dataset.framework.id}, not ${framework.id} (${framework.indicators.length} indicators)`,
    );
  }
  refuseCombined(dataset, framework);
  const delimiter = options.delimiter ?? ",";
  return (options.format ?? "long") === "long"
    ? writeLong(dataset, framework, delimiter, options.blankMissing === true)
    : writeWide(dataset, framework, delimiter);
}

function writeLong(
  dataset: Dataset,
  framework: Framework,
  delimiter: "," | ";",
  blankMissing: boolean,
): string {
  const width = framework.indicators.length;
  const named = dataset.entityNames.size > 0;
  const notes = [...dataset.notes.values()];
  const has = (key: keyof AnswerNote): boolean => notes.some((n) => n[key] !== undefined);
  const extras = (["assessor", "source", "comment"] as const).filter(has);
  const header = ["entity", ...(named ? ["entity_name"] : []), "period", "indicator", "response", ...extras];
  const lines = [csvRow(header, delimiter)];
  dataset.units.forEach((unit, u) => {
    let answered = false;
    for (let o = 0; o < width; o++) {
      const cell = u * width + o;
      const code = dataset.answers[cell]!;
      if (code === ABSENT) continue;
      answered = true;
      const indicator = framework.indicators[o]!;
      const note = dataset.notes.get(cell);
      lines.push(
        csvRow(
          [
            unit.entity,
            ...(named ? [dataset.entityNames.get(unit.entity) ?? ""] : []),
            unit.period,
            indicator.id,
            blankMissing && code === MISSING ? "" : token(indicator, code, true, dataset.combinedValues?.[o]),
            ...extras.map((key) => note?.[key] ?? ""),
          ],
          delimiter,
        ),
      );
    }
    if (!answered) {
      throw new P10Error(
        "P10_WRITE_UNREPRESENTABLE",
        `${unit.entity} ${unit.period} has no answer, which the long format cannot show; write the wide format instead`,
      );
    }
  });
  return `${lines.join("\n")}\n`;
}

function writeWide(dataset: Dataset, framework: Framework, delimiter: "," | ";"): string {
  const width = framework.indicators.length;
  const named = dataset.entityNames.size > 0;
  let withAssessor = false;
  for (const note of dataset.notes.values()) {
    if (note.source !== undefined || note.comment !== undefined) {
      throw new P10Error(
        "P10_WRITE_UNREPRESENTABLE",
        "the wide format cannot hold sources or comments; write the long format instead",
      );
    }
    if (note.assessor !== undefined) withAssessor = true;
  }
  const header = [
    "entity",
    ...(named ? ["entity_name"] : []),
    "period",
    ...(withAssessor ? ["assessor"] : []),
    ...framework.indicators.map((i) => i.id),
  ];
  const lines = [csvRow(header, delimiter)];
  dataset.units.forEach((unit, u) => {
    const cells: string[] = [];
    let assessor: string | undefined;
    for (let o = 0; o < width; o++) {
      const cell = u * width + o;
      const code = dataset.answers[cell]!;
      cells.push(
        code === ABSENT ? "" : token(framework.indicators[o]!, code, false, dataset.combinedValues?.[o]),
      );
      if (code === ABSENT || !withAssessor) continue;
      const who = dataset.notes.get(cell)?.assessor ?? "";
      if (assessor !== undefined && who !== assessor) {
        throw new P10Error(
          "P10_WRITE_UNREPRESENTABLE",
          `${unit.entity} ${unit.period} has answers by different assessors, which one wide row cannot show; write the long format instead`,
        );
      }
      assessor = who;
    }
    const id = [unit.entity, ...(named ? [dataset.entityNames.get(unit.entity) ?? ""] : []), unit.period];
    lines.push(csvRow([...id, ...(withAssessor ? [assessor ?? ""] : []), ...cells], delimiter));
  });
  return `${lines.join("\n")}\n`;
}

/** A combined value (`--combine`) is no level of its scale: written as a number it would be off-scale on reading. */
function refuseCombined(dataset: Dataset, framework: Framework): void {
  if (dataset.combinedValues === undefined) return;
  const width = framework.indicators.length;
  for (let cell = 0; cell < dataset.answers.length; cell++) {
    const indicator = framework.indicators[cell % width]!;
    const k = dataset.answers[cell]! - indicator.scale.levels.length;
    if (k < 0) continue;
    const value = dataset.combinedValues[indicator.ordinal]?.[k];
    if (value?.measured === true) continue;
    const unit = dataset.units[Math.floor(cell / width)]!;
    throw new P10Error(
      "P10_WRITE_UNREPRESENTABLE",
      `${unit.entity} ${unit.period} ${indicator.id} holds ${value?.code ?? "a value"}, ${value?.label ?? "combined"}: not a level of scale ${indicator.scale.id}, so a CSV could not hold it; write the assessors' own answers (the file read), or one reconciled answer per cell (p10 reconcile)`,
    );
  }
}

/** The text written for an answer code; in the long format an empty cell can stand for *missing*. */
function token(
  indicator: FrameworkIndicator,
  code: number,
  emptyMeansMissing: boolean,
  measured: readonly CombinedValue[] | undefined,
): string {
  const def = indicator.scale.definition;
  const found =
    code === MISSING
      ? (def.missing[0] ?? (emptyMeansMissing ? "" : undefined))
      : code === NOT_APPLICABLE
        ? def.notApplicable[0]
        : (indicator.scale.levels[code]?.code ?? measured?.[code - indicator.scale.levels.length]?.code);
  if (found === undefined) {
    throw new P10Error(
      "P10_WRITE_UNREPRESENTABLE",
      `indicator ${indicator.id}: scale ${indicator.scale.id} has no token for answer code ${code}`,
    );
  }
  return found;
}
