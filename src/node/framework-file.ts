/**
 * Loading frameworks from disk, or by bundled id, for Node programs and the CLI.
 */
import type { Framework } from "../framework/framework.js";
import { parseFramework } from "../framework/parse.js";
import { frameworks } from "../framework/registry.js";
import { bundledOrFile } from "./bundled-or-file.js";
import { readJsonFile } from "./json-file.js";

/**
 * Reads and validates a framework JSON file.
 *
 * @param path - the file's path.
 * @returns the compiled framework.
 * @throws P10Error `P10_FILE_READ` when the file cannot be read, `P10_JSON_SYNTAX` when it is not JSON,
 *   `P10_FRAMEWORK_INVALID` when it is not a valid framework (with every issue and its JSON path).
 * @example
 * ```ts
 * import { readFramework } from "principle10/node";
 * const fw = await readFramework("data/frameworks/edi-2015.json");
 * fw.id; // "edi-2015"
 * ```
 */
export async function readFramework(path: string, options: { file?: string } = {}): Promise<Framework> {
  return parseFramework(await readJsonFile(path, options), { file: options.file ?? path });
}

/**
 * Resolves a framework named on a command line: a bundled id, or else a path to a JSON file.
 *
 * @param idOrPath - a bundled id such as `edi-2015`, or a file path.
 * @returns the compiled framework.
 * @throws P10Error `P10_UNKNOWN_FRAMEWORK` when it is neither.
 * @example
 * ```ts
 * import { resolveFramework } from "principle10/node";
 * (await resolveFramework("edi-2015")).indicators.length; // 99
 * ```
 */
export async function resolveFramework(idOrPath: string, options: { cwd?: string } = {}): Promise<Framework> {
  return bundledOrFile(idOrPath, frameworks, readFramework, "framework", options.cwd);
}
