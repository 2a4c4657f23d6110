/** The package version (defined in the core, where manifests record it). */
export { VERSION } from "../version.js";
