/**
 * Reading an entities file (entity attributes such as name, region, income group) from disk. The file is
 * small (one row per entity), so it is read whole.
 */
import { type EntitiesReadOptions, type EntityTable, parseEntities } from "../assessment/entities.js";
import { readTextFile } from "./json-file.js";

/**
 * Reads and checks an entities CSV file.
 *
 * @param path - the file's path; also the file name in issues unless `options.file` is given.
 * @param options - file name for issues, delimiter.
 * @returns the entities.
 * @throws P10Error `P10_FILE_READ` when the file cannot be read; `P10_ENTITIES_INVALID` with every issue
 *   (FILE:LINE:COLUMN) when it has errors.
 * @example
 * ```ts
 * import { readEntities } from "principle10/node";
 * const table = await readEntities("seeds/edi-2015-entities.csv");
 * table.entities.length; // 14
 * ```
 */
export async function readEntities(path: string, options: EntitiesReadOptions = {}): Promise<EntityTable> {
  return parseEntities(await readTextFile(path), { file: path, ...options });
}
