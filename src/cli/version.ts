/** The package version, inlined at build time from package.json. */
import pkg from "../../package.json" with { type: "json" };

/** The version of principle10 that produced an output. */
export const VERSION: string = pkg.version;
