/**
 * principle10/node: file adapters for Node.js. Everything here reads or writes files; the computations
 * themselves live in the platform-free core (`principle10`).
 */
export { type BundledRegistry, bundledOrFile } from "./bundled-or-file.js";
export { readCrosswalk } from "./crosswalk-file.js";
export { hashFile, sha256OfChunks } from "./file-hash.js";
export { readFramework, resolveFramework } from "./framework-file.js";
export { readJsonFile, readTextFile } from "./json-file.js";
export {
  type ManifestSubject,
  readManifest,
  scoresFileName,
  type WrittenManifest,
  saveManifest,
} from "./manifest-file.js";
export { readMethod, resolveMethod } from "./method-file.js";
export { readAssessments, validateAssessmentFile } from "./read-assessments.js";
export { readEntities } from "./read-entities.js";
export { type VerifyManifestOptions, verifyManifest } from "./verify-manifest.js";
export { saveChunks } from "./write-chunks.js";
