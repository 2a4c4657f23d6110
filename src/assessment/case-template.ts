/**
 * Blank files for an assessment of practice through cases: the answer rows (legal indicators one row each,
 * each case-assessed indicator one row per case, as many as its design's minimum) and the case register
 * those rows refer to, with each case's id filled in and its type, title, dates and sources left to the
 * assessor. Both read back without errors once the blanks are filled.
 */
import { checkArgKind, checkObject, checkOptional } from "../arguments.js";
import { csvRow } from "../base/csv-cell.js";
import type { Framework } from "../framework/framework.js";
import { caseDesignOf } from "./case-design.js";
import { CASE_REGISTER_COLUMNS } from "./case-register.js";

/** The two files of {@link caseTemplate}. */
export interface CaseTemplate {
  /** The assessment file: `entity, period, indicator, title, case, response, source, comment`. */
  readonly answers: string;
  /** The case register: `entity, period, case, type, title, start, end, sources`; `type` lists the accepted ones. */
  readonly register: string;
}

/**
 * Writes blank case-based assessment files (LF line endings).
 *
 * @param framework - the framework; indicators without a case design get one row each.
 * @param options - entity ids and the period to pre-fill.
 * @returns the answers file and the case register.
 * @throws P10Error `P10_INVALID_ARGUMENT` for a value that is not a framework or an options object.
 * @example
 * ```ts
 * import { caseTemplate, frameworks } from "principle10";
 * const t = caseTemplate(frameworks.get("p10-2026"), { entities: ["ARV"], period: "2025" });
 * t.answers.split("\n").find((l) => l.startsWith("ARV,2025,P6.1,")); // "ARV,2025,P6.1,Public warned promptly in a recent environmental emergency,P6.1-1,,,"
 * t.register.split("\n").find((l) => l.includes(",P6.1-1,")); // "ARV,2025,P6.1-1,emergency,,,,"
 * ```
 */
export function caseTemplate(
  framework: Framework,
  options: { readonly entities?: readonly string[]; readonly period?: string } = {},
): CaseTemplate {
  checkArgKind("framework", framework, "framework");
  checkObject("options", options);
  checkOptional("options.period", options.period, "string");
  const entities = options.entities !== undefined && options.entities.length > 0 ? options.entities : [""];
  const period = options.period ?? "";
  const answers = [
    csvRow(["entity", "period", "indicator", "title", "case", "response", "source", "comment"]),
  ];
  const register = [csvRow([...CASE_REGISTER_COLUMNS])];
  for (const entity of entities) {
    for (const i of framework.indicators) {
      const design = caseDesignOf(i);
      if (design === undefined) {
        answers.push(csvRow([entity, period, i.id, i.title, "", "", "", ""]));
        continue;
      }
      for (let k = 1; k <= design.min; k++) {
        const id = `${i.id}-${k}`;
        answers.push(csvRow([entity, period, i.id, i.title, id, "", "", ""]));
        register.push(csvRow([entity, period, id, design.types.join("|"), "", "", "", ""]));
      }
    }
  }
  return { answers: `${answers.join("\n")}\n`, register: `${register.join("\n")}\n` };
}
