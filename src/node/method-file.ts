/**
 * Loading scoring methods from disk, or by bundled id, for Node programs and the CLI.
 */
import type { Framework } from "../framework/framework.js";
import { P10Error } from "../errors.js";
import { parseMethod } from "../method/parse.js";
import { methods } from "../method/registry.js";
import type { Method } from "../method/schema.js";
import { bundledOrFile } from "./bundled-or-file.js";
import { readJsonFile } from "./json-file.js";

/**
 * Reads and validates a method JSON file.
 *
 * @param path - the file's path.
 * @returns the method.
 * @throws P10Error `P10_FILE_READ`, `P10_JSON_SYNTAX`, or `P10_METHOD_INVALID` with every issue and its JSON path.
 * @example
 * ```ts
 * import { readMethod } from "principle10/node";
 * const m = await readMethod("data/methods/edi-2015.json");
 * m.id; // "edi-2015"
 * ```
 */
export async function readMethod(path: string, options: { file?: string } = {}): Promise<Method> {
  return parseMethod(await readJsonFile(path, options), { file: options.file ?? path });
}

/**
 * Resolves the method named on a command line, or the framework's default bundled method when none is named.
 *
 * @param idOrPath - a bundled method id, a path to a method JSON file, or `undefined`.
 * @param framework - the framework being scored (for the default).
 * @returns the method.
 * @throws P10Error `P10_UNKNOWN_METHOD` when the name is neither bundled nor a file, or when no method is
 *   named and none is bundled for the framework.
 * @example
 * ```ts
 * import { frameworks } from "principle10";
 * import { resolveMethod } from "principle10/node";
 * (await resolveMethod(undefined, frameworks.get("edi-2015"))).id; // "edi-2015"
 * ```
 */
export async function resolveMethod(
  idOrPath: string | undefined,
  framework: Framework,
  options: { cwd?: string } = {},
): Promise<Method> {
  if (idOrPath !== undefined) return bundledOrFile(idOrPath, methods, readMethod, "method", options.cwd);
  const method = methods.forFramework(framework.id);
  if (method === undefined) {
    throw new P10Error(
      "P10_UNKNOWN_METHOD",
      `no bundled method is made for framework ${framework.id}; name one with -m (bundled: ${methods
        .list()
        .map((m) => m.id)
        .join(", ")}) or a method JSON file`,
    );
  }
  return method;
}
