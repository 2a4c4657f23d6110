/**
 * Resolving a document named on a command line: a bundled id, or else a path to a JSON file. Shared by
 * frameworks and methods so both answer a wrong name the same way.
 */
import { resolve } from "node:path";
import { closestMatch } from "../assessment/closest.js";
import { P10Error } from "../errors.js";

/** A registry of bundled documents (frameworks or methods). */
export interface BundledRegistry<T> {
  has(id: string): boolean;
  get(id: string): T;
  list(): readonly { readonly id: string }[];
}

/**
 * Returns the bundled document with this id, or reads the file at this path.
 *
 * @param idOrPath - a bundled id, or a path (it contains a slash or ends in `.json`).
 * @param registry - the bundled documents.
 * @param read - reads and validates a document file.
 * @param kind - `framework` or `method`, for the error message and code.
 * @param cwd - the folder a relative path is read from (default: the process's); errors show the path as given.
 * @returns the document.
 * @throws P10Error `P10_UNKNOWN_FRAMEWORK` / `P10_UNKNOWN_METHOD` when it is neither.
 * @example
 * ```ts
 * import { frameworks } from "principle10";
 * import { bundledOrFile, readFramework } from "principle10/node";
 * const fw = await bundledOrFile("edi-2015", frameworks, readFramework, "framework");
 * ```
 */
export async function bundledOrFile<T>(
  idOrPath: string,
  registry: BundledRegistry<T>,
  read: (path: string, options: { file: string }) => Promise<T>,
  kind: "framework" | "method",
  cwd?: string,
): Promise<T> {
  if (registry.has(idOrPath)) return registry.get(idOrPath);
  if (/[/\\]|\.json$/i.test(idOrPath)) {
    return read(cwd === undefined ? idOrPath : resolve(cwd, idOrPath), { file: idOrPath });
  }
  const ids = registry.list().map((d) => d.id);
  const closest = closestMatch(idOrPath, ids);
  throw new P10Error(
    kind === "framework" ? "P10_UNKNOWN_FRAMEWORK" : "P10_UNKNOWN_METHOD",
    `"${idOrPath}" is neither a bundled ${kind} (${ids.join(", ")}) nor a path to a .json file` +
      (closest === undefined ? "" : `; did you mean ${closest}?`),
  );
}
