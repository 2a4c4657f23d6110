/**
 * The mechanics shared by the registries of bundled documents (frameworks, methods): JSON inlined by the
 * build, parsed and validated on first use, cached, listed in id order, and a clear error for an unknown id.
 */
import { P10Error } from "./errors.js";

/** What a registry of bundled documents offers. */
export interface BundledDocuments<T> {
  /** The bundled ids, in code-point order. */
  ids(): string[];
  /** Whether a bundled document has this id. */
  has(id: string): boolean;
  /** The parsed document; throws `P10_UNKNOWN_<KIND>` for an id that is not bundled. */
  get(id: string): T;
}

/**
 * Makes the lookup part of a registry from the bundled JSON documents and their parser.
 *
 * @param kind - `framework` or `method`: names the folder (`data/<kind>s/`) and the error code.
 * @param documents - the inlined JSON documents by id.
 * @param parse - validates one document (`file` names it in issues).
 * @returns `ids`, `has` and a caching `get`.
 * @throws P10Error `P10_UNKNOWN_FRAMEWORK` / `P10_UNKNOWN_METHOD` from `get` for an id that is not bundled.
 * @example
 * ```ts
 * import { parseMethod } from "principle10";
 * import { bundledDocuments } from "./bundled.js";
 * const docs = bundledDocuments("method", {}, parseMethod);
 * docs.has("x"); // false
 * ```
 */
export function bundledDocuments<T>(
  kind: "framework" | "method",
  documents: Readonly<Record<string, unknown>>,
  parse: (json: unknown, options: { file: string }) => T,
): BundledDocuments<T> {
  const cache = new Map<string, T>();
  const ids = (): string[] => Object.keys(documents).sort();
  const has = (id: string): boolean => Object.hasOwn(documents, id);
  return {
    ids,
    has,
    get(id) {
      const cached = cache.get(id);
      if (cached !== undefined) return cached;
      if (!has(id)) {
        throw new P10Error(
          kind === "framework" ? "P10_UNKNOWN_FRAMEWORK" : "P10_UNKNOWN_METHOD",
          `no bundled ${kind} "${id}" (bundled: ${ids().join(", ")}); pass a path to a ${kind} JSON file instead`,
        );
      }
      const parsed = parse(documents[id], { file: `data/${kind}s/${id}.json` });
      cache.set(id, parsed);
      return parsed;
    },
  };
}
