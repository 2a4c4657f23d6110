/**
 * The bundled methods, parsed on first use. The JSON files in `data/methods/` are inlined by the build,
 * so the registry works in browsers as well as in Node (like the framework registry).
 */
import { invalidArgument } from "../arguments.js";
import ediMethod from "../../data/methods/edi-2015.json" with { type: "json" };
import p10DefaultMethod from "../../data/methods/p10-default.json" with { type: "json" };
import { bundledDocuments } from "../bundled.js";
import { parseMethod } from "./parse.js";
import type { Method } from "./schema.js";

// Pure: an app that never names the registry does not bundle the inlined JSON documents.
const BUNDLED = /* @__PURE__ */ bundledDocuments(
  "method",
  { "edi-2015": ediMethod, "p10-default": p10DefaultMethod },
  parseMethod,
);

/** A bundled method as listed by {@link methods.list}. */
export interface BundledMethod {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  /** The framework the method is made for, when it says. */
  readonly framework: string | null;
}

/**
 * The registry of bundled methods.
 *
 * @example
 * ```ts
 * import { methods } from "principle10";
 * methods.list().map((m) => m.id); // ["edi-2015", "p10-default"]
 * methods.get("edi-2015").presentation.places; // 2
 * methods.forFramework("edi-2015")?.id; // "edi-2015"
 * methods.forFramework("p10-2026")?.id; // "p10-default": law, practice and their gap on 0–100
 * ```
 */
export const methods = {
  /**
   * Lists the bundled methods, sorted by id.
   * @returns id, version, title and framework of each.
   */
  list(): BundledMethod[] {
    return BUNDLED.ids().map((id) => {
      const m = BUNDLED.get(id);
      return { id: m.id, version: m.version, title: m.title, framework: m.framework ?? null };
    });
  },
  /**
   * Tells whether a bundled method has this id.
   * @param id - a method id.
   * @returns `true` when bundled.
   */
  has(id: string): boolean {
    return BUNDLED.has(id);
  },
  /**
   * Returns a bundled method, parsed once and cached.
   * @param id - a method id such as `edi-2015`.
   * @returns the method.
   * @throws P10Error `P10_UNKNOWN_METHOD` when no bundled method has this id.
   */
  get(id: string): Method {
    if (typeof id !== "string") throw invalidArgument("id", "a method id (a string)", id);
    return BUNDLED.get(id);
  },
  /**
   * The default bundled method of a framework: the method with the framework's id, else the first (by id)
   * made for it.
   * @param frameworkId - a framework id.
   * @returns the method, or `undefined` when none is bundled for it.
   */
  forFramework(frameworkId: string): Method | undefined {
    if (methods.has(frameworkId) && methods.get(frameworkId).framework === frameworkId)
      return methods.get(frameworkId);
    const id = BUNDLED.ids().find((m) => methods.get(m).framework === frameworkId);
    return id === undefined ? undefined : methods.get(id);
  },
};
