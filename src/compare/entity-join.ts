/**
 * Joins the entities file to assessed results: every assessed entity must be listed (otherwise group ranks
 * and group summaries would silently leave it out), entities listed but not assessed are reported, and an
 * attribute column (region, income group, …) becomes the group of each entity.
 */
import { issueLocation } from "../base/issue-location.js";
import { checkKind } from "../arguments.js";
import { compareCodePoints } from "../base/code-points.js";
import type { Dataset } from "../assessment/dataset.js";
import { type EntityTable, entityColumn } from "../assessment/entities.js";
import { P10Error, type P10Issue } from "../errors.js";

/**
 * Checks that an entities file and a dataset name the same entities.
 *
 * - An entity in the assessments but not in the entities file is an **error** (`P10_ENTITY_UNLISTED`, at
 *   its first line in the assessment file): a group rank or a group summary without it would be wrong
 *   without saying so. List it, with empty attribute cells if they are unknown.
 * - An entity in the entities file but not in the assessments is a **warning** (`P10_ENTITY_NOT_ASSESSED`,
 *   at its line in the entities file): a roster may list more entities than one file assesses.
 *
 * @param table - the entities.
 * @param dataset - the assessments.
 * @returns the issues, errors first, each group in code-point order of the entity.
 * @throws never.
 * @example
 * ```ts
 * import { frameworks, parseEntities } from "principle10";
 * import { entityIssues } from "./entity-join.js";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * entityIssues(parseEntities("entity,region\nBB,North\n"), ds).map((i) => i.code);
 * // ["P10_ENTITY_UNLISTED", "P10_ENTITY_NOT_ASSESSED"]
 * ```
 */
export function entityIssues(table: EntityTable, dataset: Dataset): P10Issue[] {
  const firstLine = new Map<string, number>();
  const width = dataset.indicators.length;
  dataset.units.forEach((unit, u) => {
    let line = firstLine.get(unit.entity) ?? 0;
    for (let i = u * width; i < (u + 1) * width; i++) {
      const l = dataset.lines[i] ?? 0;
      if (l > 0 && (line === 0 || l < line)) line = l;
    }
    firstLine.set(unit.entity, line);
  });
  const errors: P10Issue[] = [];
  const source = table.file ?? "the entities file";
  for (const [entity, line] of firstLine) {
    if (table.byId.has(entity)) continue;
    errors.push({
      code: "P10_ENTITY_UNLISTED",
      severity: "error",
      message: `entity ${entity} is assessed but not listed in ${source}; add a row for it (attribute cells may be empty)`,
      ...issueLocation(dataset.file, line),
    });
  }
  const warnings: P10Issue[] = [];
  for (const record of table.entities) {
    if (firstLine.has(record.entity)) continue;
    warnings.push({
      code: "P10_ENTITY_NOT_ASSESSED",
      severity: "warning",
      message: `entity ${record.entity} is listed but not assessed${dataset.file === undefined ? "" : ` in ${dataset.file}`}`,
      ...(table.file === undefined ? {} : { file: table.file }),
      line: record.line,
    });
  }
  return [...errors, ...warnings];
}

/**
 * {@link entityIssues}, failing on its errors.
 *
 * @param table - the entities.
 * @param dataset - the assessments.
 * @returns the warnings (entities listed but not assessed).
 * @throws P10Error `P10_ENTITY_UNLISTED` with one issue per assessed entity missing from the entities file.
 * @example
 * ```ts
 * import { frameworks, parseEntities } from "principle10";
 * import { requireListedEntities } from "./entity-join.js";
 * import { createDataset } from "principle10/advanced";
 * const edi = frameworks.get("edi-2015");
 * const ds = createDataset(edi, [{ entity: "AA", period: "2024", indicator: "1.1", code: 3 }]);
 * requireListedEntities(parseEntities("entity\nAA\nBB\n"), ds)[0]?.code; // "P10_ENTITY_NOT_ASSESSED"
 * ```
 */
export function requireListedEntities(table: EntityTable, dataset: Dataset): P10Issue[] {
  const issues = entityIssues(table, dataset);
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length > 0) {
    throw new P10Error(
      "P10_ENTITY_UNLISTED",
      `${errors.length} assessed entit${errors.length === 1 ? "y is" : "ies are"} not listed in ${table.file ?? "the entities file"}`,
      errors,
    );
  }
  return issues;
}

/** Entities grouped by one attribute column. */
export interface EntityGroups {
  /** The column as written in the entities file's header. */
  readonly column: string;
  /** The group of an entity; `null` when its cell is empty or it is not listed. */
  readonly groupOf: (entity: string) => string | null;
  /** The groups, in code-point order. */
  readonly groups: readonly string[];
  /** `P10_ENTITY_NO_GROUP` warnings for listed entities whose cell in the column is empty. */
  readonly issues: readonly P10Issue[];
}

/**
 * Groups entities by an attribute column of the entities file (e.g. `region`). Entities with an empty cell
 * belong to no group: they get no group rank and count in no group summary, and each is reported.
 *
 * @param table - the entities.
 * @param column - the column name (case-insensitive).
 * @returns the grouping.
 * @throws P10Error `P10_UNKNOWN_COLUMN` when the file has no such column.
 * @example
 * ```ts
 * import { entityGroups, parseEntities } from "principle10";
 * const g = entityGroups(parseEntities("entity,region\nAA,North\nBB,\n"), "Region");
 * g.groupOf("AA"); // "North"
 * g.groupOf("BB"); // null (and g.issues[0].code is "P10_ENTITY_NO_GROUP")
 * ```
 */
export function entityGroups(table: EntityTable, column: string): EntityGroups {
  checkKind("table", table, "an entity table (parseEntities)", ["columns", "byId"]);
  const k = entityColumn(table, column);
  const name = table.columns[k] as string;
  const issues: P10Issue[] = [];
  const groups = new Map<string, string>();
  for (const record of table.entities) {
    const value = record.values[k] ?? null;
    if (value !== null) {
      groups.set(record.entity, value);
      continue;
    }
    issues.push({
      code: "P10_ENTITY_NO_GROUP",
      severity: "warning",
      message: `entity ${record.entity} has no ${name}; it gets no rank within a ${name} and is left out of the ${name} summaries`,
      ...(table.file === undefined ? {} : { file: table.file }),
      line: record.line,
      column: table.columnFields[k] as number,
    });
  }
  return {
    column: name,
    groupOf: (entity) => groups.get(entity) ?? null,
    groups: [...new Set(groups.values())].sort(compareCodePoints),
    issues,
  };
}
