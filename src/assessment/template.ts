/**
 * Blank assessment files for assessors to fill in: every indicator of a framework, long (one row per
 * indicator, with its title to read by) or wide (one row per entity). The output reads back without errors
 * once entities and a period are given.
 */
import { checkArgKind } from "../arguments.js";
import type { Framework, FrameworkIndicator } from "../framework/framework.js";
import { csvRow } from "../base/csv-cell.js";
import type { AssessmentFormat } from "./header.js";

/** Options of {@link assessmentTemplate}. */
export interface TemplateOptions {
  /** `long` (default) or `wide`. */
  readonly format?: AssessmentFormat;
  /** Entity ids to pre-fill, one block (long) or row (wide) each; default one block with an empty entity. */
  readonly entities?: readonly string[];
  /** The period to pre-fill; default empty. */
  readonly period?: string;
}

/**
 * Writes a blank assessment CSV (LF line endings). Long columns: `entity, period, indicator, title,
 * response, source, comment`; wide columns: `entity, period` and one per indicator id. Cells are protected
 * against spreadsheet formula injection.
 *
 * @param framework - the framework whose indicators to list, in framework order.
 * @param options - format, entities and period.
 * @returns the CSV text.
 * @throws never.
 * @example
 * ```ts
 * import { assessmentTemplate, frameworks } from "principle10";
 * const csv = assessmentTemplate(frameworks.get("edi-2015"), { entities: ["ARV"], period: "2024" });
 * csv.split("\n")[1]; // "ARV,2024,1.1,Legal right to obtain environmental information by request,,,"
 * ```
 */
export function assessmentTemplate(framework: Framework, options: TemplateOptions = {}): string {
  checkArgKind("framework", framework, "framework");
  const entities = options.entities !== undefined && options.entities.length > 0 ? options.entities : [""];
  const period = options.period ?? "";
  const lines: string[] = [];
  if ((options.format ?? "long") === "long") {
    lines.push(csvRow(["entity", "period", "indicator", "title", "response", "source", "comment"]));
    for (const entity of entities) {
      for (const i of framework.indicators)
        lines.push(csvRow([entity, period, i.id, titleOf(i), "", "", ""]));
    }
  } else {
    lines.push(csvRow(["entity", "period", ...framework.indicators.map((i) => i.id)]));
    for (const entity of entities)
      lines.push(csvRow([entity, period, ...framework.indicators.map(() => "")]));
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The title column: the indicator's title, and for a numeric indicator what to write (its levels are
 * not there to tell), e.g. `Days to an answer: a number of at least 0 days, lower is better`.
 */
function titleOf(indicator: FrameworkIndicator): string {
  const scale = indicator.scale;
  if (scale.kind !== "numeric") return indicator.title;
  const better = scale.direction === "lower-is-better" ? ", lower is better" : "";
  return `${indicator.title}: ${scale.describeAllowed()}${better}`;
}
