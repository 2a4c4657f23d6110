/**
 * The bundled frameworks, parsed on first use. The JSON files in `data/frameworks/` are inlined by the
 * build, so the registry works in browsers as well as in Node.
 */
import { invalidArgument } from "../arguments.js";
import ediDocument from "../../data/frameworks/edi-2015.json" with { type: "json" };
import p10Document from "../../data/frameworks/p10-2026.json" with { type: "json" };
import { bundledDocuments } from "../bundled.js";
import type { Framework } from "./framework.js";
import { parseFramework } from "./parse.js";

// Pure: an app that never names the registry does not bundle the inlined JSON documents.
const BUNDLED = /* @__PURE__ */ bundledDocuments(
  "framework",
  { "edi-2015": ediDocument, "p10-2026": p10Document },
  parseFramework,
);

/**
 * The id of the framework used when none is named.
 *
 * @example
 * ```ts
 * import { DEFAULT_FRAMEWORK_ID, frameworks } from "principle10";
 * DEFAULT_FRAMEWORK_ID; // "edi-2015"
 * frameworks.get(DEFAULT_FRAMEWORK_ID).indicators.length; // 99
 * ```
 */
export const DEFAULT_FRAMEWORK_ID = "edi-2015";

/** A bundled framework as listed by {@link frameworks.list}. */
export interface BundledFramework {
  readonly id: string;
  readonly version: string;
  readonly title: string;
}

/**
 * The registry of bundled frameworks.
 *
 * Two are bundled, side by side. `edi-2015` is the Environmental Democracy Index as published: 23 Bali
 * guideline groups, 75 legal indicators on 0–3 that make the score and 24 practice indicators that are only
 * reported. `p10-2026` is principle10's own framework: every one of the 26 Bali Guidelines plus a defenders
 * group (Escazú Art. 9), 95 legal and 43 practice indicators, all scored, so that its default method
 * (`p10-default`) reports a law index, a practice index and the gap between them. It keeps EDI's ids, kinds,
 * groups and answer codes, so EDI data scores under it through the crosswalk
 * `data/crosswalks/edi-2015_to_p10-2026.json` (see `applyCrosswalk`).
 *
 * @example
 * ```ts
 * import { frameworks } from "principle10";
 * frameworks.list().map((f) => f.id); // ["edi-2015", "p10-2026"]
 * const edi = frameworks.get("edi-2015");
 * edi.indicators.length; // 99
 * frameworks.get("p10-2026").indicators.length; // 138
 * ```
 */
export const frameworks = {
  /**
   * Lists the bundled frameworks, sorted by id.
   * @returns id, version and title of each.
   */
  list(): BundledFramework[] {
    return BUNDLED.ids().map((id) => {
      const fw = BUNDLED.get(id);
      return { id: fw.id, version: fw.version, title: fw.title };
    });
  },
  /**
   * Tells whether a bundled framework has this id.
   * @param id - a framework id.
   * @returns `true` when bundled.
   */
  has(id: string): boolean {
    return BUNDLED.has(id);
  },
  /**
   * Returns a bundled framework, compiled once and cached.
   * @param id - a framework id such as `edi-2015`.
   * @returns the compiled framework.
   * @throws P10Error `P10_UNKNOWN_FRAMEWORK` when no bundled framework has this id.
   */
  get(id: string): Framework {
    if (typeof id !== "string") throw invalidArgument("id", "a framework id (a string)", id);
    return BUNDLED.get(id);
  },
};
