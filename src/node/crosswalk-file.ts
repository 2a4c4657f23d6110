/**
 * Loading crosswalk files (e.g. data/crosswalks/edi-2015_to_p10-2026.json) from disk for Node programs and
 * the CLI; the map itself is applied by the core's `applyCrosswalk`.
 */
import { type Crosswalk, parseCrosswalk } from "../compare/crosswalk.js";
import { readJsonFile } from "./json-file.js";

/**
 * Reads and validates a crosswalk JSON file (on its own; `crosswalkIssues` checks it against frameworks).
 *
 * @param path - the file's path; named on every issue.
 * @returns the crosswalk.
 * @throws P10Error `P10_FILE_READ`, `P10_JSON_SYNTAX`, or `P10_CROSSWALK_INVALID` with every issue and its
 *   JSON path.
 * @example
 * ```ts
 * import { readCrosswalk } from "principle10/node";
 * const cw = await readCrosswalk("data/crosswalks/edi-2015_to_p10-2026.json");
 * cw.to.framework; // "p10-2026"
 * ```
 */
export async function readCrosswalk(path: string, options: { file?: string } = {}): Promise<Crosswalk> {
  return parseCrosswalk(await readJsonFile(path, options), { file: options.file ?? path });
}
