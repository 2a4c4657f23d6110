/** The package version, inlined at build time from package.json: recorded in manifests, printed by `p10 --version`. */
import pkg from "../package.json" with { type: "json" };

/**
 * The version of principle10 that produced an output.
 *
 * @example
 * ```ts
 * import { VERSION } from "principle10";
 * VERSION; // "0.2.0"
 * ```
 */
export const VERSION: string = pkg.version;
