/**
 * The `--entities FILE` option shared by `p10 score` and `p10 compare`: reads the entities file, checks it
 * against the assessments (an unlisted entity is an error, an unassessed one a warning on stderr) and
 * offers the display names it holds.
 */
import { resolve } from "node:path";
import type { Dataset } from "../assessment/dataset.js";
import type { EntityTable } from "../assessment/entities.js";
import { requireListedEntities } from "../compare/entity-join.js";
import { formatIssue, type P10Issue } from "../errors.js";
import { readEntities } from "../node/read-entities.js";
import { type CommandIO, stringOption } from "./command.js";

/** Usage line of `--entities`. */
export const ENTITIES_USAGE =
  "  --entities FILE          entities CSV (entity, name, region, …): every assessed entity must be listed";

/**
 * Reads the file named by `--entities`, when given, and checks it against the dataset.
 * @param values - the parsed options.
 * @param dataset - the assessments.
 * @param io - where warnings go.
 * @returns the entities, or `undefined` without `--entities`.
 */
export async function loadEntities(
  values: Record<string, unknown>,
  dataset: Dataset,
  io: CommandIO,
): Promise<EntityTable | undefined> {
  const file = stringOption(values, "entities");
  if (file === undefined) return undefined;
  const table = await readEntities(resolve(io.cwd, file), { file });
  printWarnings(requireListedEntities(table, dataset), io);
  return table;
}

/**
 * Prints warnings on stderr, one `FILE:LINE:COLUMN: warning CODE: message` line each.
 * @param issues - issues (errors are skipped: they are thrown elsewhere).
 * @param io - where they go.
 */
export function printWarnings(issues: readonly P10Issue[], io: CommandIO): void {
  for (const issue of issues) if (issue.severity === "warning") io.err(`${formatIssue(issue)}\n`);
}

/**
 * The display names of entities: the dataset's (`entity_name` column), overridden by the entities file's
 * `name` column when it has one.
 * @param dataset - the assessments.
 * @param table - the entities, if any.
 * @returns names by entity id.
 */
export function entityNames(dataset: Dataset, table: EntityTable | undefined): Map<string, string> {
  const names = new Map(dataset.entityNames);
  const k = table?.columns.findIndex((c) => c.toLowerCase() === "name") ?? -1;
  if (table !== undefined && k >= 0) {
    for (const record of table.entities) {
      const name = record.values[k];
      if (name != null) names.set(record.entity, name);
    }
  }
  return names;
}
